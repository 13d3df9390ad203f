package org.quire.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF documents, page by page, so that every offset maps to its printed page ("p. 12"). Text is read
 * in visual order; paragraphs come from PDFBox's layout analysis (a larger gap between lines or an
 * indented first line starts one); line breaks inside a paragraph become spaces and hyphenated
 * line ends are rejoined by the rule in {@link Dehyphenator}. A PDF with no text layer at all is
 * refused: it is a scan that needs OCR first.
 */
public final class PdfImporter implements Importer {
    static final String NO_TEXT = "no text found — a scanned PDF? run OCR first and import again";
    // Why: a private-use character can't collide with real text the way a blank line could.
    private static final String PARAGRAPH_MARK = "\uE000";

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public boolean recognises(byte[] head) {
        // Readers accept the header anywhere in the first KiB; some generators put junk first.
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        return ImportFailures.guard(file, () -> {
            // Why: a temp-file cache keeps a large PDF's decoded streams off the heap.
            try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
                    IOUtils.createTempFileOnlyStreamCache())) {
                return extract(file, doc, limits);
            }
        });
    }

    private static ImportedText extract(Path file, PDDocument doc, ImportLimits limits) throws IOException {
        PageCollector collector = new PageCollector(limits.maxTextChars());
        collector.collect(doc);
        List<List<List<String>>> pages = collector.pages;
        Dehyphenator dehyphenator = new Dehyphenator(pages);
        TextBuilder out = new TextBuilder(limits.maxTextChars());
        int empty = 0;
        for (List<List<String>> page : pages) {
            out.startPage();
            if (page.isEmpty()) {
                empty++;
            }
            for (List<String> lines : page) {
                out.paragraph(dehyphenator.join(lines));
            }
            out.endPage();
        }
        if (out.length() == 0) {
            throw new ImportException(file, NO_TEXT);
        }
        if (empty > 0) {
            out.warn(empty + " of " + pages.size() + " pages have no text (scanned images?); run OCR to include them");
        }
        String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
        return out.build(title == null || title.isBlank() ? null : title.strip(), "pdf", null);
    }

    /** Collects each page as paragraphs of lines, as PDFBox lays them out. */
    private static final class PageCollector extends PDFTextStripper {
        private final List<List<List<String>>> pages = new ArrayList<>();
        private final int maxChars;
        private final StringWriter buffer = new StringWriter();
        private long total;

        PageCollector(int maxChars) {
            this.maxChars = maxChars;
            setSortByPosition(true);
            setLineSeparator("\n");
            setParagraphStart("");
            setParagraphEnd(PARAGRAPH_MARK);
            setPageStart("");
            setPageEnd("");
            setAddMoreFormatting(false);
        }

        void collect(PDDocument doc) throws IOException {
            writeText(doc, buffer);
            padTo(doc.getNumberOfPages());
        }

        /** PDFBox skips pages without a content stream; they still count for page numbers. */
        private void padTo(int count) {
            while (pages.size() < count) {
                pages.add(List.of());
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            buffer.getBuffer().setLength(0);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            String raw = buffer.toString();
            buffer.getBuffer().setLength(0);
            total += raw.length();
            if (total > maxChars) {
                throw new TextBuilder.TextTooLongException(maxChars);
            }
            padTo(getCurrentPageNo() - 1);
            List<List<String>> paragraphs = new ArrayList<>();
            for (String para : raw.split(PARAGRAPH_MARK)) {
                List<String> lines = new ArrayList<>();
                for (String line : para.split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                if (!lines.isEmpty()) {
                    paragraphs.add(lines);
                }
            }
            pages.add(paragraphs);
        }
    }
}
