package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/** The next Word report and review page open with what changed since the last review export. */
class ReviewChangesExportTest {
    private static final String TODAY = LocalDate.now(ZoneId.systemDefault())
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    @TempDir
    Path dir;

    private Path export(Project p, ExportOptions.Format f, ExportOptions.What w, String name) {
        return p.exports().export(ExportOptions.of(f, w), dir.resolve(name));
    }

    @Test
    void theWordReportOpensWithTheChangesAndMarksTheEditedWords() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            Path first = export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report.docx");
            assertThat(paragraphs(first)).noneMatch(t -> t.startsWith("Changes since the last review"));

            p.themes().define(f.care.id(), "Small unasked acts that hold the partnership together");
            p.themes().setStatus(f.power.id(), ThemeStatus.DISCARDED, "Folded into Everyday care");
            Path next = export(p, ExportOptions.Format.DOCX, ExportOptions.What.REPORT, "report-2.docx");
            List<String> text = paragraphs(next);
            int heading = text.indexOf("Changes since the last review (" + TODAY + ")");
            assertThat(heading).isGreaterThanOrEqualTo(0);
            assertThat(heading).isLessThan(text.indexOf("Table of themes"));
            assertThat(text).contains("Since the Word report 'report.docx', read from the project's audit trail.",
                    "Theme 'Everyday care'", "• Definition edited", "Theme 'Power elsewhere' (discarded)",
                    "• Discarded (was candidate): Folded into Everyday care");
            try (InputStream in = Files.newInputStream(next); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFParagraph diff = doc.getParagraphs().stream()
                        .filter(q -> q.getText().equals("Small unasked acts that hold the partnership together"))
                        .findFirst().orElseThrow();
                XWPFRun inserted = diff.getRuns().stream().filter(r -> r.text().equals("unasked ")).findFirst()
                        .orElseThrow();
                assertThat(inserted.getUnderline()).isNotEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
                assertThat(inserted.isStrikeThrough()).isFalse();
            }
        }
    }

    @Test
    void theReviewPageOpensWithTheChangesAndKeepsItsScriptAndPolicy() throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        try (Project p = f.project) {
            Path first = export(p, ExportOptions.Format.HTML, ExportOptions.What.REPORT, "review.html");
            assertThat(Jsoup.parse(first.toFile()).select("section.changes")).isEmpty();

            p.themes().setNarrative(f.care.id(), "Care shows in **small** things.\n\nNobody asks.");
            p.codings().delete(f.budgetCoding.id());
            Path next = export(p, ExportOptions.Format.HTML, ExportOptions.What.REPORT, "review-2.html");
            Document page = Jsoup.parse(next.toFile());
            Element changes = page.selectFirst("main > section.changes");
            assertThat(changes).isNotNull();
            assertThat(changes.elementSiblingIndex()).isLessThan(page.selectFirst("main > section.theme")
                    .elementSiblingIndex());
            assertThat(changes.selectFirst("h2").text()).isEqualTo("Changes since the last review (" + TODAY + ")");
            assertThat(changes.select("h3").eachText()).containsExactly("Theme 'Everyday care'",
                    "Theme 'Power elsewhere'");
            assertThat(changes.select(".diff del").eachText()).containsExactly("for it");
            assertThat(changes.select("li").eachText()).anyMatch(t -> t.startsWith(
                    "Extract removed: \"Minutes record that the board decided the budget before the forum met.\""));
            // Still one script, allowed by its hash, and nothing fetched from outside.
            assertThat(page.select("script")).hasSize(1);
            assertThat(page.select("[src], link[href]")).isEmpty();
        }
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
