package org.quire.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Annotation;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.w3c.dom.Element;

/** What particular programs write, read as they meant it (crafted files in src/test/resources/refi). */
class RefiVendorQuirksTest {
    @TempDir
    Path dir;

    private Project.Imported open(String fixture) throws Exception {
        return Project.importQdpx(RefiFixtures.qdpx(fixture, dir.resolve(fixture + ".qdpx")),
                dir.resolve(fixture + ".quire"), "Importer", RefiService.Progress.NONE);
    }

    @Test
    void qc13TextPathsWithoutInternalAreFoundInTheArchiveSubfolders() throws Exception {
        Project.Imported imported = open("qc-1.3");
        try (Project p = imported.project()) {
            assertThat(p.sources().list()).extracting(Source::name).containsExactlyInAnyOrder("alice", "bob");
            assertThat(p.sources().text(p.sources().find("alice").id()).text())
                    .startsWith("I started programming in school.");
            assertThat(imported.report().warnings()).noneMatch(w -> w.contains("not in the archive"));
            assertThat(imported.report().notCarried()).isEmpty();
        }
    }

    @Test
    void atlasTi8CodeNamesWithDoubleColonsBecomeATreeAndTheReportSaysSo() throws Exception {
        Project.Imported imported = open("atlas-8");
        try (Project p = imported.project()) {
            NodeTree tree = p.nodes().tree();
            assertThat(tree.depthFirst()).extracting(n -> tree.path(n.id())).containsExactlyInAnyOrder("Emotions",
                    "Emotions/Hope", "Emotions/Fear", "Place", "Place/Home", "Place/Work", "Place/Work/Office", "Plain");
            // The codes keep their own GUIDs; the two made parents get new ones.
            assertThat(p.nodes().find("Emotions/Hope").guid()).isEqualTo("e0000000-1111-4222-8333-444444444401");
            assertThat(p.nodes().find("Emotions").guid()).isEqualTo("e0000000-1111-4222-8333-444444444400");
            assertThat(imported.report().warnings()).contains("4 codes used '::' in their names (ATLAS.ti's way of"
                    + " writing a hierarchy) and were nested; 2 parent codes were made for them");
        }
    }

    @Test
    void atlasTiNoteNamesAndDescriptionsAreKept() throws Exception {
        Project.Imported imported = open("atlas-8");
        try (Project p = imported.project()) {
            assertThat(p.memos().entries(new MemoTarget.Journal())).extracting(MemoEntry::text)
                    .containsExactly("Method memo\n\nCoded the first wave only.\n\nComment: Revisit after wave 2.");
            Node hope = p.nodes().find("Emotions/Hope");
            // The first note titles the node's memo; the second keeps its own name as its first line.
            assertThat(p.memos().entries(new MemoTarget.OfNode(hope.id()))).extracting(MemoEntry::text)
                    .containsExactly("Hope appears early.", "Second thought\n\nMaybe it is optimism.");
            Source rita = p.sources().find("Interviews/Interview Rita");
            assertThat(p.annotations().bySource(rita.id())).extracting(Annotation::text)
                    .containsExactly("Said quietly.");
        }
    }

    @Test
    void theProjectKeepsItsCreationDateAndCreatorAndWritesThemOutAgain() throws Exception {
        Project.Imported imported = open("atlas-8");
        Path out = dir.resolve("again.qdpx");
        try (Project p = imported.project()) {
            p.refi().exportProject(out, "standard", RefiService.Progress.NONE);
        }
        try (ZipFile zip = new ZipFile(out.toFile()); InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
            assertThat(root.getAttribute("creationDateTime")).isEqualTo("2019-03-05T10:15:00Z");
            assertThat(root.getAttribute("creatingUserGUID")).isEqualTo("5c9a1e2b-3d4f-4a5b-8c6d-7e8f9a0b1c2d");
        }
    }

    @Test
    void aNoteThatRepeatsItsSelectionsDescriptionIsKeptOnce() throws Exception {
        Project.Imported imported = open("f4-2025");
        try (Project p = imported.project()) {
            Source s = p.sources().find("Langes Interview");
            List<String> notes = p.annotations().bySource(s.id()).stream()
                    .map(a -> p.sources().extract(s.id(), a.span()) + " = " + a.text()).sorted().toList();
            assertThat(notes).containsExactly("Heute läuft es gut. = Memo an einem Text-Snippet, codiert.",
                    "Und heute? = Memo an einem Text-Snippet, nicht codiert.");
            assertThat(p.memos().entries(new MemoTarget.OfNode(p.nodes().find("Lernen").id())))
                    .extracting(MemoEntry::text).containsExactly("Kommentar zum Test-Code: Lernen im Team.");
            assertThat(imported.report().warnings()).contains("2 notes repeated the description of the passage"
                    + " it was attached to word for word and were kept once");
        }
    }

    @Test
    void nvivoForWindowsKeepsItsWordOriginalAndReadsItsCapitalisedSourcesFolder() throws Exception {
        Project.Imported imported = open("nvivo-win-12");
        try (Project p = imported.project()) {
            Source s = p.sources().find("Comments");
            assertThat(s.format()).isEqualTo("docx");
            assertThat(p.sources().originalFile(s)).exists().hasExtension("docx");
            assertThat(p.nodes().find("Roots/Distrust/+Data")).isNotNull();
            assertThat(imported.report().warnings()).contains("the same passage was coded twice at the same code;"
                    + " kept once");
        }
    }

    @Test
    void aTaguetteCodeBookWithAnEmptySetsElementIsReadWithAWarning() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            RefiReport report = p.refi().importCodeBook(RefiFixtures.resource("taguette").resolve("codebook.qdc"));
            assertThat(p.nodes().tree().depthFirst()).extracting(Node::name)
                    .containsExactlyInAnyOrder("interesting", "people", "people.interviewer");
            assertThat(p.nodes().find("interesting").description()).isEqualTo("Further review required");
            assertThat(report.warnings()).anyMatch(w -> w.startsWith("schema:") && w.contains("Sets"));
        }
    }
}
