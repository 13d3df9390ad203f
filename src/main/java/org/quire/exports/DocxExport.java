package org.quire.exports;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.quire.model.ReviewAnchor;
import org.quire.model.ThemeMatrix;

/**
 * Word documents: the themes report (a table of contents, the table of themes, then each theme with
 * its status and why, definition, scope, narrative, the nodes that feed it with their descriptions,
 * its chosen quotations with their citations, and its sub-themes; discarded themes last, with the
 * reason; the fifteen-point checklist) and the code book. The report marks each theme, definition,
 * narrative, code, quotation and checklist answer with a bookmark a reviewer's Word comments are
 * traced back by, and shows the earlier comments with their replies ({@link DocxReview}); when an
 * earlier review export was made, it opens with what changed since ({@link DocxChanges}). Both print on A4 with the project and
 * the export date in the header and page numbers in the footer.
 */
public final class DocxExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    /** How far each level of sub-theme or code is indented in a table, in twips (0.4 cm). */
    private static final int INDENT = 227;

    private DocxExport() {
    }

    public static Path report(Report report, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                DocxStyles.install(doc);
                DocxPage.setUp(doc, report.project() + " · themes report · exported " + DAY.format(report.at()));
                DocxContents contents = writeReport(doc, report, new DocxReview(doc, report));
                contents.fill();
                doc.write(stream);
            }
        });
    }

    private static DocxContents writeReport(XWPFDocument doc, Report report, DocxReview review) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        title.createRun().setText(SafeText.xml("Themes: " + report.project()));
        DocxText.styled(doc, DocxStyles.SMALL, "Exported from Quire on " + DAY.format(report.at()) + ". Each"
                + " quotation is cited by its source, page (for paged documents) and paragraph.");
        DocxContents contents = DocxContents.placeHere(doc);
        DocxChanges.write(doc, contents, report.changes());
        List<Report.Theme> kept = report.themes().stream().filter(t -> !t.discarded()).toList();
        List<Report.Theme> discarded = report.themes().stream().filter(Report.Theme::discarded).toList();
        contents.heading(1, "Table of themes");
        overview(doc, kept, discarded);
        for (Report.Theme t : kept) {
            theme(doc, contents, review, t, 1, true);
        }
        if (!discarded.isEmpty()) {
            contents.heading(1, "Discarded themes");
            DocxText.styled(doc, DocxStyles.SMALL, "Themes set aside while reviewing the analysis, kept here with"
                    + " the reason so that the decision stays visible.");
            for (Report.Theme t : discarded) {
                theme(doc, contents, review, t, 2, true);
            }
        }
        checklist(doc, contents, review, report.checklist());
        return contents;
    }

    /** Braun and Clarke's fifteen points, each with the researcher's answer and what the project shows. */
    private static void checklist(XWPFDocument doc, DocxContents contents, DocxReview review,
                                  List<Report.ChecklistLine> points) {
        if (points.isEmpty()) {
            return;
        }
        contents.heading(1, "Checklist for a good thematic analysis");
        DocxText.styled(doc, DocxStyles.SMALL, "The fifteen criteria of Braun and Clarke (2006, table 2), grouped by"
                + " process, each with the researcher's answer and the evidence the project shows.");
        String process = null;
        for (Report.ChecklistLine p : points) {
            if (!p.process().equals(process)) {
                process = p.process();
                contents.heading(2, process);
            }
            XWPFParagraph point = doc.createParagraph();
            DocxReview.Open mark = review.start(point, ReviewAnchor.checklist(p.number()));
            DocxText.keepNext(point);
            point.setSpacingAfter(40);
            XWPFRun n = point.createRun();
            n.setBold(true);
            n.setText(p.number() + ". ");
            point.createRun().setText(p.text());
            if (p.status() == null) {
                DocxText.styled(doc, DocxStyles.SMALL, "Not answered yet.");
            } else {
                DocxText.labelled(doc, "Answer (" + p.status() + ", " + p.answeredBy() + ", "
                        + DAY.format(p.answeredAt()) + ")", p.answer() == null || p.answer().isBlank() ? "—"
                        : p.answer());
            }
            for (String line : p.evidence()) {
                XWPFParagraph e = DocxText.styled(doc, DocxStyles.SMALL, "• " + line);
                e.setSpacingAfter(0);
                e.setIndentationLeft(INDENT);
            }
            review.endWithThreads(mark);
        }
    }

    private static void overview(XWPFDocument doc, List<Report.Theme> kept, List<Report.Theme> discarded) {
        if (kept.isEmpty() && discarded.isEmpty()) {
            DocxText.styled(doc, DocxStyles.NORMAL, "The project has no themes yet.");
            return;
        }
        DocxTable table = new DocxTable("Theme", "Status", "Definition", "Extracts");
        for (Report.Theme t : kept) {
            overviewRows(table, t, 0);
        }
        for (Report.Theme t : discarded) {
            overviewRows(table, t, 0);
        }
        table.write(doc);
    }

    private static void overviewRows(DocxTable table, Report.Theme t, int depth) {
        table.row(new DocxTable.Cell(t.name(), depth == 0, INDENT * depth), DocxTable.Cell.of(t.status()),
                DocxTable.Cell.of(t.definition()), DocxTable.Cell.of(Integer.toString(t.extracts())));
        for (Report.Theme s : t.subThemes()) {
            overviewRows(table, s, depth + 1);
        }
    }

    /**
     * @param level its heading level (a discarded theme sits one level down, under "Discarded themes")
     * @param top   whether it is a theme rather than a sub-theme
     */
    private static void theme(XWPFDocument doc, DocxContents contents, DocxReview review, Report.Theme t, int level,
                              boolean top) {
        DocxReview.Open whole = review.start(contents.heading(Math.min(3, level), (top ? "Theme: " : "Sub-theme: ")
                + t.name()), ReviewAnchor.theme(t.guid()));
        DocxText.styled(doc, DocxStyles.SMALL, "Status: " + t.status() + " · " + t.extracts()
                + (t.extracts() == 1 ? " extract" : " extracts"));
        if (!t.statusReason().isBlank()) {
            DocxText.labelled(doc, "Why " + t.status(), t.statusReason());
        }
        review.endWithThreads(review.start(DocxText.labelled(doc, "Definition", t.definition().isBlank()
                ? "not written yet" : t.definition()), ReviewAnchor.definition(t.guid())));
        if (!t.scopeIn().isBlank()) {
            DocxText.labelled(doc, "Takes in", t.scopeIn());
        }
        if (!t.scopeOut().isBlank()) {
            DocxText.labelled(doc, "Leaves out", t.scopeOut());
        }
        if (!t.narrative().isBlank()) {
            DocxReview.Open narrative = review.start(DocxText.keepNext(DocxText.labelled(doc, "Narrative", "")),
                    ReviewAnchor.narrative(t.guid()));
            DocxText.narrative(doc, t.narrative());
            review.endWithThreads(narrative);
        } else {
            review.threads(ReviewAnchor.narrative(t.guid()));
        }
        if (!t.nodes().isEmpty()) {
            contents.heading(3, "Codes");
            for (Report.NodeLine n : t.nodes()) {
                XWPFParagraph p = doc.createParagraph();
                DocxReview.Open code = review.start(p, ReviewAnchor.code(n.guid()));
                p.setIndentationLeft(INDENT);
                p.setSpacingAfter(40);
                XWPFRun name = p.createRun();
                name.setBold(true);
                name.setText(SafeText.xml(n.path()));
                p.createRun().setText(" (" + n.references() + (n.references() == 1 ? " reference" : " references")
                        + ")" + (n.description().isBlank() ? "" : ": "));
                if (!n.description().isBlank()) {
                    DocxText.lines(p.createRun(), n.description());
                }
                review.endWithThreads(code);
            }
        }
        quotations(doc, contents, review, t);
        for (Report.Theme s : t.subThemes()) {
            theme(doc, contents, review, s, level + 1, false);
        }
        review.endWithThreads(whole);
    }

    private static void quotations(XWPFDocument doc, DocxContents contents, DocxReview review, Report.Theme t) {
        if (t.quotes().isEmpty()) {
            if (t.discarded()) {
                return;
            }
            // Say so, rather than show nothing: a supervisor cannot tell "none chosen" from "none found".
            DocxText.styled(doc, DocxStyles.SMALL, t.hasQuotes() ? "The quotations of this theme are chosen from its"
                    + " sub-themes' extracts and are listed under each sub-theme."
                    : "No quotations chosen yet: choose them in the theme matrix.");
            return;
        }
        contents.heading(3, "Quotations");
        for (ThemeMatrix.Row q : t.quotes()) {
            XWPFParagraph p = doc.createParagraph();
            DocxReview.Open mark = review.start(p, ReviewAnchor.extract(q.codingGuid()));
            p.setStyle(DocxStyles.QUOTE);
            DocxText.keepNext(p);
            // Set off as a displayed quotation: indented, no quotation marks added to the participant's words.
            DocxText.lines(p.createRun(), q.extract().strip());
            XWPFParagraph c = doc.createParagraph();
            c.setStyle(DocxStyles.SMALL);
            c.setAlignment(ParagraphAlignment.RIGHT);
            c.setIndentationRight(567);
            c.setSpacingAfter(q.note().isBlank() ? 200 : 40);
            c.createRun().setText(SafeText.xml("— " + q.citation()));
            if (!q.note().isBlank()) {
                XWPFParagraph n = DocxText.styled(doc, DocxStyles.SMALL, "Analyst's note: " + q.note());
                n.setIndentationLeft(567);
                n.setIndentationRight(567);
                n.setSpacingAfter(200);
            }
            review.endWithThreads(mark);
        }
    }

    public static Path codeBook(CodeBook book, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                DocxStyles.install(doc);
                DocxPage.setUp(doc, book.project() + " · code book · exported " + DAY.format(book.at()));
                XWPFParagraph title = doc.createParagraph();
                title.setStyle(DocxStyles.TITLE);
                title.createRun().setText(SafeText.xml("Code book: " + book.project()));
                DocxText.styled(doc, DocxStyles.SMALL, "Exported from Quire on " + DAY.format(book.at()) + ". "
                        + book.nodes().size() + " codes; references are coded passages, sources the documents they"
                        + " are in. A code's own references come first; those of its sub-codes are added in brackets.");
                DocxTable table = new DocxTable("Code", "Description", "References", "Sources");
                for (CodeBook.Entry e : book.nodes()) {
                    table.row(new DocxTable.Cell(e.name(), e.depth() == 0, INDENT * e.depth()),
                            DocxTable.Cell.of(e.description()),
                            DocxTable.Cell.of(e.aggregateReferences() == e.references()
                                    ? Integer.toString(e.references())
                                    : e.references() + " (" + e.aggregateReferences() + " with sub-codes)"),
                            DocxTable.Cell.of(Integer.toString(e.aggregateSources())));
                }
                table.write(doc);
                doc.write(stream);
            }
        });
    }
}
