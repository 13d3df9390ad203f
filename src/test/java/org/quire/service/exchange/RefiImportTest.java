package org.quire.service.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Annotation;
import org.quire.model.AttributeScope;
import org.quire.model.CaseRecord;
import org.quire.model.Coding;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.service.Project;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening hand-made QDPX files shaped like NVivo's, ATLAS.ti's and MAXQDA/QualCoder's exports. */
class RefiImportTest {
    private static final String NS = "urn:QDA-XML:project:1.0";
    private static final String TEXT_GUID = "6f1d3c52-6a0e-4b7e-9d1a-0c3f5b2e7a11";
    private static final String NOTE_GUID = "0b7e0a3e-8c8f-4d2d-b5a4-1f6c2d9e3b22";

    @TempDir
    Path dir;

    /** Passage text → node paths coded there, for one source. */
    private static Map<String, List<String>> coded(Project p, Source s) {
        NodeTree tree = p.nodes().tree();
        String text = p.sources().text(s.id()).text();
        Map<String, List<String>> out = new TreeMap<>();
        for (Coding c : p.codings().bySource(s.id())) {
            out.computeIfAbsent(text.substring(c.span().start(), c.span().end()), k -> new java.util.ArrayList<>())
                    .add(tree.path(c.nodeId()));
        }
        out.values().forEach(l -> l.sort(String::compareTo));
        return out;
    }

    @Test
    void anNvivoStyleFileWithBomCrlfEmojiAndUtf16PositionsIsCodedAtTheRightCharacters() throws Exception {
        // NVivo for Windows: UTF-16 units, CRLF counted 2, BOM not counted — Java's own String indices.
        String raw = "Interview with Sam\r\nI felt hopeful \uD83D\uDE00 about the grant.\r\nThen worried.\r\n";
        int hope = raw.indexOf("hopeful");
        int about = raw.indexOf(" the grant");
        int felt = raw.indexOf("felt");
        int then = raw.indexOf("Then");
        int end = raw.indexOf("\r\n", then);
        String body = """
                <Users><User guid="{A1B2C3D4-0000-4000-8000-000000000001}" name="Sam Coder"/></Users>
                <CodeBook><Codes>
                 <Code guid="{C0DE0000-0000-4000-8000-000000000001}" name="Feelings" isCodable="false" color="#abc">
                  <Description>How people feel</Description>
                  <Code guid="C0DE0000-0000-4000-8000-000000000002" name="Hope" isCodable="true" color="#00FF00"/>
                  <Code guid="C0DE0000-0000-4000-8000-000000000003" name="Worry" isCodable="true"/>
                 </Code>
                </Codes></CodeBook>
                <Sources>
                 <TextSource guid="%s" name="Interview Sam" plainTextPath="internal://%s.txt">
                  <PlainTextSelection guid="5e1ec700-0000-4000-8000-000000000001" startPosition="%d" endPosition="%d">
                   <Coding guid="c0d10000-0000-4000-8000-000000000001" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                    <CodeRef targetGUID="c0de0000-0000-4000-8000-000000000002"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5e1ec700-0000-4000-8000-000000000002" startPosition="%d" endPosition="%d">
                   <Coding guid="c0d10000-0000-4000-8000-000000000002"><CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000001}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5e1ec700-0000-4000-8000-000000000003" startPosition="%d" endPosition="%d">
                   <Coding guid="c0d10000-0000-4000-8000-000000000003"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000003"/></Coding>
                   <Coding guid="c0d10000-0000-4000-8000-000000000004"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                 </TextSource>
                </Sources>
                <Notes><Note guid="%s" name="On worry" plainTextPath="internal://%s.txt" creatingUser="a1b2c3d4-0000-4000-8000-000000000001"/></Notes>
                <Links><Link guid="11111111-0000-4000-8000-000000000001" originGUID="%s" targetGUID="5e1ec700-0000-4000-8000-000000000003"/></Links>
                """.formatted(TEXT_GUID, TEXT_GUID, hope, about, felt, felt + "felt hopeful".length(), then, end,
                NOTE_GUID, NOTE_GUID, NOTE_GUID);
        Path qdpx = new RefiFixtures().stored()
                .add("project.qde", RefiFixtures.project(NS, "NVivo 12.6 (Windows)", body))
                .add("Sources/" + TEXT_GUID.toUpperCase() + ".TXT", "\uFEFF" + raw)
                .add("Sources/" + NOTE_GUID + ".txt", "Sam worries about the next round.\r\n")
                .write(dir.resolve("nvivo.qdpx"));

        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("N.quire"), "Importer",
                RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            Source s = p.sources().list().get(0);
            assertThat(s.guid()).isEqualTo(TEXT_GUID);
            assertThat(p.sources().text(s.id()).text())
                    .isEqualTo("Interview with Sam\nI felt hopeful \uD83D\uDE00 about the grant.\nThen worried.\n");
            assertThat(coded(p, s)).isEqualTo(Map.of(
                    "hopeful \uD83D\uDE00 about", List.of("Feelings/Hope"),
                    "felt hopeful", List.of("Feelings"),
                    "Then worried.", List.of("Feelings", "Feelings/Worry")));
            Node feelings = p.nodes().find("Feelings");
            assertThat(feelings.guid()).isEqualTo("c0de0000-0000-4000-8000-000000000001");
            assertThat(feelings.color()).isEqualTo("#AABBCC");
            assertThat(feelings.description()).isEqualTo("How people feel");
            List<Annotation> notes = p.annotations().bySource(s.id());
            assertThat(notes).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("Sam worries about the next round.");
                assertThat(p.sources().extract(s.id(), a.span())).isEqualTo("Then worried.");
                assertThat(a.coder()).isEqualTo("Sam Coder");
            });
            assertThat(p.codings().bySource(s.id())).anySatisfy(c ->
                    assertThat(c.guid()).isEqualTo("c0d10000-0000-4000-8000-000000000001"));
            assertThat(imported.report().notCarried()).singleElement().asString().contains("not codable");
            assertThat(imported.report().warnings()).noneMatch(w -> w.contains("more than one way"));
        }
    }

    @Test
    void anAtlasStyleFileNamedAfterTheProjectCountsCrlfAsOneAndKeepsCommentsGroupsAndThePdfText() throws Exception {
        String raw = "Q: How was it?\r\nA: Busy but fun.\r\nQ: And the team?\r\nA: Tired.";
        String lf = raw.replace("\r\n", "\n");
        int busy = lf.indexOf("Busy");
        int tired = lf.indexOf("Tired");
        String pdfText = "Annual report 2018\n\nVolunteers gave 900 hours.";
        String body = """
                <CodeBook><Codes><Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="Mood" isCodable="true"/></Codes></CodeBook>
                <Sources>
                 <TextSource guid="BBBBBBBB-0000-4000-8000-000000000001" name="Interview" plainTextPath="internal://BBBBBBBB-0000-4000-8000-000000000001.txt">
                  <PlainTextSelection guid="CCCCCCCC-0000-4000-8000-000000000001" name="Busy but fun." startPosition="%d" endPosition="%d">
                   <Coding guid="DDDDDDDD-0000-4000-8000-000000000001"><CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="CCCCCCCC-0000-4000-8000-000000000002" name="Tired." startPosition="%d" endPosition="%d">
                   <Description>Said with a smile.</Description>
                  </PlainTextSelection>
                 </TextSource>
                 <PDFSource guid="EEEEEEEE-0000-4000-8000-000000000001" name="Report" path="internal://EEEEEEEE-0000-4000-8000-000000000001.pdf">
                  <PDFSelection guid="EEEEEEEE-0000-4000-8000-0000000000F1" page="0" firstX="10" firstY="10" secondX="50" secondY="50"/>
                  <Representation guid="EEEEEEEE-0000-4000-8000-000000000002" plainTextPath="internal://EEEEEEEE-0000-4000-8000-000000000002.txt">
                   <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000003" startPosition="%d" endPosition="%d">
                    <Coding guid="EEEEEEEE-0000-4000-8000-000000000004"><CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000001"/></Coding>
                   </PlainTextSelection>
                  </Representation>
                 </PDFSource>
                </Sources>
                <Sets>
                 <Set guid="FFFFFFFF-0000-4000-8000-000000000001" name="Interviews"><MemberSource targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/></Set>
                 <Set guid="FFFFFFFF-0000-4000-8000-000000000002" name="Affect"><Description>Feelings at work</Description><MemberCode targetGUID="AAAAAAAA-0000-4000-8000-000000000001"/></Set>
                </Sets>
                """.formatted(busy, busy + "Busy but fun.".length(), tired, tired + "Tired.".length(),
                pdfText.indexOf("Volunteers"), pdfText.length());
        Path qdpx = new RefiFixtures()
                .add("Trial.qde", RefiFixtures.project(NS, "ATLAS.ti 9.1.3", body))
                .add("sources/BBBBBBBB-0000-4000-8000-000000000001.txt", raw)
                .add("sources/EEEEEEEE-0000-4000-8000-000000000001.pdf", RefiFixtures.pdf("Annual report 2018",
                        "Volunteers gave 900 hours."))
                .add("sources/EEEEEEEE-0000-4000-8000-000000000002.txt", pdfText)
                .write(dir.resolve("atlas.qdpx"));

        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("A.quire"), "Importer",
                RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            Source interview = p.sources().find("Interviews/Interview");
            assertThat(coded(p, interview)).isEqualTo(Map.of("Busy but fun.", List.of("Mood")));
            assertThat(p.annotations().bySource(interview.id())).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("Said with a smile.");
                assertThat(p.sources().extract(interview.id(), a.span())).isEqualTo("Tired.");
            });
            Source report = p.sources().find("Report");
            assertThat(report.format()).isEqualTo("pdf");
            assertThat(p.sources().originalFile(report)).exists().hasExtension("pdf");
            assertThat(coded(p, report)).isEqualTo(Map.of("Volunteers gave 900 hours.", List.of("Mood")));
            assertThat(p.themes().find("Affect").definition()).isEqualTo("Feelings at work");
            assertThat(p.themes().nodes(p.themes().find("Affect").id())).extracting(Node::name).containsExactly("Mood");
            assertThat(imported.report().notCarried()).singleElement().asString().contains("PDF-area");
        }
    }

    @Test
    void aMaxqdaOrQualcoderStyleFileBringsNotesVariablesCasesAndReportsWhatItCannotCarry() throws Exception {
        String text = "Age and place matter.\nWe met at the library.";
        String body = """
                <CodeBook><Codes>
                 <Code guid="10000000-0000-4000-8000-000000000001" name="Place" isCodable="true" color="rgb(10,20,30)">
                  <NoteRef targetGUID="20000000-0000-4000-8000-000000000002"/></Code>
                 <Code guid="10000000-0000-4000-8000-000000000002" name="Time" isCodable="true"/>
                </Codes></CodeBook>
                <Variables>
                 <Variable guid="30000000-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/>
                 <Variable guid="30000000-0000-4000-8000-000000000002" name="Site" typeOfVariable="Text"/>
                </Variables>
                <Cases>
                 <Case guid="40000000-0000-4000-8000-000000000001" name="Participant A">
                  <VariableValue><VariableRef targetGUID="30000000-0000-4000-8000-000000000001"/><IntegerValue>34</IntegerValue></VariableValue>
                  <SelectionRef targetGUID="50000000-0000-4000-8000-000000000001"/>
                 </Case>
                 <Case guid="40000000-0000-4000-8000-000000000002">
                  <VariableValue><VariableRef targetGUID="30000000-0000-4000-8000-000000000002"/><TextValue>Library</TextValue></VariableValue>
                  <SourceRef targetGUID="60000000-0000-4000-8000-000000000001"/>
                 </Case>
                </Cases>
                <Sources>
                 <TextSource guid="60000000-0000-4000-8000-000000000001" name="Field note">
                  <PlainTextContent>%s</PlainTextContent>
                  <PlainTextSelection guid="50000000-0000-4000-8000-000000000001" startPosition="%d" endPosition="%d">
                   <Coding guid="70000000-0000-4000-8000-000000000001"><CodeRef targetGUID="10000000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="50000000-0000-4000-8000-000000000002" startPosition="0" endPosition="3">
                   <Description>Check the age.</Description>
                  </PlainTextSelection>
                  <NoteRef targetGUID="20000000-0000-4000-8000-000000000001"/>
                 </TextSource>
                </Sources>
                <Notes>
                 <Note guid="20000000-0000-4000-8000-000000000001" name="Source memo" creationDateTime="2019-05-01T10:00:00Z"><PlainTextContent>Written on the bus.</PlainTextContent></Note>
                 <Note guid="20000000-0000-4000-8000-000000000002" name="Place memo"><PlainTextContent>Places are social.</PlainTextContent></Note>
                 <Note guid="20000000-0000-4000-8000-000000000003" name="Loose"><PlainTextContent>A stray thought.</PlainTextContent></Note>
                </Notes>
                <Links><Link guid="80000000-0000-4000-8000-000000000001" originGUID="10000000-0000-4000-8000-000000000001" targetGUID="10000000-0000-4000-8000-000000000002"/></Links>
                <Graphs><Graph guid="90000000-0000-4000-8000-000000000001" name="Map"><Vertex guid="90000000-0000-4000-8000-000000000002" firstX="1" firstY="1"/></Graph></Graphs>
                """.formatted(text, text.indexOf("the library"), text.length() - 1);
        Path qdpx = new RefiFixtures()
                .add("project.qde", RefiFixtures.project("urn:QDA-XML:project:1:0", "MAXQDA 2022", body))
                .write(dir.resolve("maxqda.qdpx"));

        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("M.quire"), "Importer",
                RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            Source s = p.sources().find("Field note");
            assertThat(coded(p, s)).isEqualTo(Map.of("the library", List.of("Place")));
            assertThat(p.nodes().find("Place").color()).isEqualTo("#0A141E");
            assertThat(p.annotations().bySource(s.id())).extracting(Annotation::text).containsExactly("Check the age.");
            assertThat(p.memos().entries(new MemoTarget.OfSource(s.id()))).extracting(MemoEntry::text)
                    .containsExactly("Written on the bus.");
            assertThat(p.memos().entries(new MemoTarget.OfNode(p.nodes().find("Place").id())))
                    .extracting(MemoEntry::text).containsExactly("Places are social.");
            assertThat(p.memos().entries(new MemoTarget.Journal())).extracting(MemoEntry::text)
                    .containsExactly("Loose\n\nA stray thought.");
            CaseRecord a = p.cases().find("Participant A");
            assertThat(p.attributes().caseValues(a)).isEqualTo(Map.of("Age", "34"));
            assertThat(p.cases().links(a.id())).singleElement().satisfies(l ->
                    assertThat(p.sources().extract(s.id(), l.span())).isEqualTo("the library"));
            assertThat(p.cases().list()).hasSize(1);
            assertThat(p.attributes().sourceValues(s)).isEqualTo(Map.of("Site", "Library"));
            assertThat(p.attributes().definitions(AttributeScope.CASE)).extracting(d -> d.type().name())
                    .containsExactly("NUMBER");
            assertThat(imported.report().notCarried()).anyMatch(l -> l.contains("links between objects"))
                    .anyMatch(l -> l.contains("graphs") && l.contains("'Map'"));
            assertThat(imported.report().warnings()).anyMatch(w -> w.contains("urn:QDA-XML:project:1:0"))
                    .anyMatch(w -> w.contains("rgb(10,20,30)"));
        }
    }
}
