package org.quire.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.service.Project;

/**
 * Each line of the import report checked against the crafted file it describes
 * (src/test/resources/refi/report-truth): what it counts is what the file holds.
 */
class RefiReportTruthTest {
    @TempDir
    static Path dir;
    private static RefiReport report;
    private static List<String> sources;
    private static List<String> hopeCodings;

    @BeforeAll
    static void importTheFile() throws Exception {
        Path qdpx = RefiFixtures.qdpx("report-truth", dir.resolve("truth.qdpx"));
        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("Truth.quire"), "Tester",
                RefiService.Progress.NONE);
        report = imported.report();
        try (Project p = imported.project()) {
            sources = p.sources().list().stream().map(Source::name).sorted().toList();
            Source lines = p.sources().find("Lines");
            hopeCodings = p.codings().bySource(lines.id()).stream()
                    .filter(c -> c.nodeId().equals(p.nodes().find("Hope").id()))
                    .map(c -> p.sources().extract(lines.id(), c.span())).toList();
        }
    }

    @Test
    void repeatedGuidsAreCountedAndNamedAndReferencesGoToTheFirstHolder() {
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("2 GUIDs are carried by more than one element")
                && w.contains("1c000000-0000-4000-8000-000000000001 (code 'Hope', code 'Hope again')")
                && w.contains("1d000000-0000-4000-8000-000000000001 (selection, selection)"));
        assertThat(hopeCodings).containsExactly("fine");
    }

    @Test
    void setMembersThatPointAtNothingAreCounted() {
        assertThat(report.notCarried())
                .contains("2 × set members that point at nothing (no element in the file has their GUID)");
    }

    @Test
    void selectionsPastTheEndSayWhereTheyEndAndHowLongTheTextIs() {
        assertThat(report.warnings()).contains(
                "source 'Lines': 1 selection reaches past the end of its text and was cut there (it ends at 80; the"
                        + " text has 70 characters, counted as Unicode code points (an emoji counts one))",
                "source 'Lines': 1 selection lies past the end of its text and was left out (it starts at 110; the"
                        + " text has 70 characters, counted as Unicode code points (an emoji counts one))");
        assertThat(report.notCarried()).contains("1 × text selections that lie wholly past the end of their text",
                "1 × empty text selections (they start and end at the same place)");
    }

    @Test
    void pictureAndPdfAreaSelectionsAreAllCountedEvenInSourcesLeftOut() {
        assertThat(report.notCarried()).contains("5 × PDF-area and picture selections (Quire codes text)",
                "1 × pictures without a text description (Quire holds text)");
    }

    @Test
    void aFileMissingFromTheArchiveIsToldApartFromOneOutsideIt() {
        assertThat(report.warnings()).contains("source 'Missing': its text file"
                + " 'internal://1a000000-0000-4000-8000-000000000002.txt' is not in the archive");
        assertThat(report.notCarried()).contains("1 × sources whose text is not in the archive (see the warnings)",
                "1 × sources whose files lie outside the archive (not read without your permission; listed under"
                        + " 'Files outside the archive')");
        assertThat(report.outside()).containsExactly("'relative:///elsewhere.txt' (text file of source 'Elsewhere'):"
                + " not read");
    }

    @Test
    void aTextWithLfLineEndsIsNotSaidToCountCrlf() {
        assertThat(report.warnings()).contains("1 text's positions were read as Unicode code points (an emoji counts"
                + " one)").noneMatch(w -> w.contains("CRLF"));
    }

    @Test
    void anUnreadableDocumentIsReportedByItsSourceNeverByATemporaryFileName() {
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("source 'Broken': its pdf file cannot be read: "));
        assertThat(report.lines()).noneMatch(l -> l.contains("quire-refi") || l.contains(".importing-")
                || l.contains("1a000000-0000-4000-8000-000000000006.pdf") || l.contains("originals"));
        assertThat(report.notCarried()).contains("1 × sources whose document could not be read (see the warnings)");
        assertThat(sources).containsExactly("Flyer", "Lines");
    }
}
