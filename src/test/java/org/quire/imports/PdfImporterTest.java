package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.SourceText;

class PdfImporterTest {
    @TempDir
    Path dir;

    @Test
    void pagesAreKeptAndOffsetsMapToTheirPage() throws IOException {
        Path file = dir.resolve("minutes.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Minutes of the board, page one."));
            page(doc, List.of("Second page: the budget was agreed."));
            page(doc, List.of("Third page: any other business."));
            doc.save(file.toFile());
        }

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);
        SourceText text = new SourceText(null, imported.text(), imported.paragraphs(), imported.pages());

        assertThat(imported.format()).isEqualTo("pdf");
        assertThat(imported.pages()).hasSize(3);
        assertThat(text.pageAt(imported.text().indexOf("budget"))).isEqualTo(1);
        assertThat(text.pageAt(imported.text().indexOf("any other"))).isEqualTo(2);
        assertThat(text.extract(imported.pages().get(0))).isEqualTo("Minutes of the board, page one.");
    }

    @Test
    void linesJoinIntoParagraphsAndHyphenatedBreaksAreRejoined() throws IOException {
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of(
                    "The partnership changed its organis-",
                    "ation twice in one well-known year",
                    "and the well-",
                    "known problems stayed.",
                    "",
                    "A second paragraph on Anglo-",
                    "Saxon models of volunteering."));
            doc.save(file.toFile());
        }

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.text()).isEqualTo("The partnership changed its organisation twice in one well-known year"
                + " and the well-known problems stayed.\n\nA second paragraph on Anglo-Saxon models of volunteering.");
        assertThat(imported.paragraphs()).hasSize(2);
    }

    @Test
    void passwordProtectedPdfIsRefusedWithEncryptedMessage() throws IOException {
        Path file = dir.resolve("confidential.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Secret evaluation."));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("confidential.pdf: encrypted — remove the password and import again");
    }

    @Test
    void imageOnlyPdfIsRefusedAsNeedingOcr() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 20,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 50, 200, 200);
            }
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf: no text found — a scanned PDF? run OCR first and import again");
    }

    @Test
    void pdfWithSomeBlankPagesImportsWithAWarningAndKeepsPageNumbers() throws IOException {
        Path file = dir.resolve("mixed.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Typed page."));
            doc.addPage(new PDPage(PDRectangle.A4));
            page(doc, List.of("Another typed page."));
            doc.save(file.toFile());
        }

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);
        SourceText text = new SourceText(null, imported.text(), imported.paragraphs(), imported.pages());

        assertThat(imported.pages()).hasSize(3);
        assertThat(imported.pages().get(1).isEmpty()).isTrue();
        assertThat(text.pageAt(imported.text().indexOf("Another"))).isEqualTo(2);
        assertThat(imported.warnings()).containsExactly(
                "1 of 3 pages have no text (scanned images?); run OCR to include them");
    }

    @Test
    void randomBytesNamedPdfAreRefusedAsDamaged() throws IOException {
        Path file = dir.resolve("random.pdf");
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 'x';
        java.nio.file.Files.write(file, bytes);

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("random.pdf: the file is damaged or incomplete (");
    }

    /** One A4 page; an empty string leaves a blank line, which starts a new paragraph. */
    static void page(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            float y = 780;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, y);
                    content.showText(line);
                    content.endText();
                }
                y -= 14;
            }
        }
    }
}
