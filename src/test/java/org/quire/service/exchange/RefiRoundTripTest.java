package org.quire.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.imports.refi.RefiXml;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.ProjectSnapshot;
import org.quire.service.SampleProject;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;

/** Our project → QDPX → a new project holds the same content, with the same GUIDs. */
class RefiRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theSampleProjectComesBackIdenticalFromItsOwnQdpx() throws Exception {
        try (Project original = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"))) {
            assertRoundTrip(original, "standard");
        }
    }

    @Test
    void aHandMadeProjectWithEmojiOverlapsCasesAndThemesComesBackIdentical() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            fill(p);
            assertRoundTrip(p, "standard");
        }
    }

    @Test
    void theNvivoAndMaxqdaOptionsStillComeBackAtTheSameCharacters() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            fill(p);
            assertRoundTrip(p, "nvivo");
            assertRoundTrip(p, "maxqda");
        }
    }

    /** CRLF, a BOM, emoji and a composed accent; nested and overlapping codes; every kind of memo. */
    private void fill(Project p) throws IOException {
        Source diary = TestProjects.importText(p, dir, "diary.txt",
                "\uFEFFMonday \uD83D\uDE00 was bright.\r\nThe café\u0301 opened late.\r\n\r\nTuesday: rain \uD83C\uDF27 all day.");
        Source notes = TestProjects.importText(p, dir, "notes/visit.txt", "A visit to the hall.\n\nTea and talk.");
        String text = p.sources().text(diary.id()).text();
        Node feelings = p.nodes().createPath("Feelings", "How people feel", "#336699");
        Node hope = p.nodes().createPath("Feelings/Hope", "", "#88AA00");
        Node weather = p.nodes().createPath("Weather", "", "#AA3300");
        p.codings().code(diary.id(), hope.id(), new Span(0, text.indexOf("bright") + 6));
        p.codings().code(diary.id(), weather.id(), new Span(text.indexOf("\uD83D"), text.indexOf("The")));
        p.codings().code(diary.id(), feelings.id(), new Span(text.indexOf("rain"), text.length()));
        p.codings().code(notes.id(), weather.id(), new Span(0, 5));
        p.annotations().annotate(diary.id(), new Span(text.indexOf("café"), text.indexOf("café") + 5), "Which café?");
        p.attributes().define(AttributeScope.SOURCE, "Mood", AttributeType.CHOICE, List.of("good", "bad"));
        p.attributes().define(AttributeScope.SOURCE, "Pages", AttributeType.NUMBER, List.of());
        p.attributes().define(AttributeScope.CASE, "Joined", AttributeType.DATE, List.of());
        p.attributes().define(AttributeScope.CASE, "Volunteer", AttributeType.BOOLEAN, List.of());
        p.attributes().setSourceValue(diary, "Mood", "good");
        p.attributes().setSourceValue(diary, "Pages", "2.5");
        CaseRecord ana = p.cases().create("Ana", "A volunteer");
        p.cases().link(ana.id(), notes.id(), null);
        p.cases().link(ana.id(), diary.id(), new Span(0, 6));
        p.attributes().setCaseValue(ana, "Joined", "2018-03-01");
        p.attributes().setCaseValue(ana, "Volunteer", "yes");
        Theme mood = p.themes().create("Mood of the week", "How the week felt", null, List.of(hope.id(), feelings.id()));
        p.themes().create("Weather talk", "", mood.id(), List.of(weather.id()));
        p.themes().setNarrative(mood.id(), "Bright days, then rain.");
        p.memos().addEntry(new MemoTarget.OfNode(hope.id()), "Hope: looking forward.", Instant.parse("2018-01-02T10:00:00Z"));
        p.memos().addEntry(new MemoTarget.OfTheme(mood.id()), "Maybe merge with Weather talk.");
        p.memos().addEntry(new MemoTarget.OfSource(diary.id()), "Typed up the same evening.");
        p.memos().addEntry(new MemoTarget.Journal(), "Started coding.");
    }

    @Test
    void everyExportKeepsTheSameGuidsForTheSameObjects() throws Exception {
        try (Project p = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"))) {
            Path first = dir.resolve("first.qdpx");
            Path second = dir.resolve("second.qdpx");
            p.refi().exportProject(first, "standard", RefiService.Progress.NONE);
            p.refi().exportProject(second, "standard", RefiService.Progress.NONE);
            Set<String> a = guids(new String(entry(first, "project.qde"), java.nio.charset.StandardCharsets.UTF_8));
            Set<String> b = guids(new String(entry(second, "project.qde"), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(a).hasSizeGreaterThan(100).isEqualTo(b);
            assertThat(p.nodes().tree().depthFirst()).allSatisfy(n -> assertThat(a).contains(n.guid()));
        }
    }

    private void assertRoundTrip(Project original, String vendor) throws IOException {
        Path qdpx = dir.resolve("out/" + vendor + ".qdpx");
        RefiService.Exported exported = original.refi().exportProject(qdpx, vendor, RefiService.Progress.NONE);
        assertThat(exported.sources()).isEqualTo(original.sources().list().size());
        assertThat(RefiXml.validateProject(entry(qdpx, "project.qde"))).isEmpty();
        Path qdc = dir.resolve("out/codebook.qdc");
        original.refi().exportCodeBook(qdc);
        assertThat(RefiXml.validateCodeBook(Files.readAllBytes(qdc))).isEmpty();
        assertSourcesFolderIsLowercaseWithGuidNames(qdpx, !vendor.equals("maxqda"));

        ProjectSnapshot before = ProjectSnapshot.of(original);
        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("Back-" + vendor + ".quire"), "Someone Else",
                RefiService.Progress.NONE);
        try (Project back = imported.project()) {
            ProjectSnapshot after = ProjectSnapshot.of(back);
            assertThat(after.texts()).isEqualTo(before.texts());
            assertThat(after.codings()).isEqualTo(before.codings());
            assertThat(after.nodes()).isEqualTo(before.nodes());
            assertThat(after.memos()).isEqualTo(before.memos());
            assertThat(after.annotations()).isEqualTo(before.annotations());
            assertThat(after.cases()).isEqualTo(before.cases());
            assertThat(after.attributes()).isEqualTo(before.attributes());
            assertThat(after.themes()).isEqualTo(before.themes());
            assertThat(imported.report().notCarried()).isEmpty();
        }
    }

    private static void assertSourcesFolderIsLowercaseWithGuidNames(Path qdpx, boolean lf) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("project.qde");
            assertThat(names.stream().filter(n -> !n.equals("project.qde")))
                    .allMatch(n -> n.matches("sources/[0-9a-f-]{36}\\.(txt|docx|pdf)"));
            for (String n : names) {
                if (n.endsWith(".txt")) {
                    byte[] bytes = zip.getInputStream(zip.getEntry(n)).readAllBytes();
                    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).doesNotStartWith("\uFEFF");
                    if (lf) {
                        assertThat(text).doesNotContain("\r");
                    }
                }
            }
        }
    }

    static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static Set<String> guids(String xml) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("guid=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
