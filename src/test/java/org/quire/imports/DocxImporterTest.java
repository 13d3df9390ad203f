package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxImporterTest {
    @TempDir
    Path dir;

    @Test
    void bodyIsReadInOrderWithHeadingListTableFootnoteAndComment() throws IOException {
        Path file = dir.resolve("fieldnotes.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Day 12 — the partnership board");
            XWPFParagraph first = doc.createParagraph();
            first.createRun().setText("The chair opened the meeting late.");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("She had come from the hospital.");
            first.addFootnoteReference(note);
            first.createRun().setText(" Everyone waited.");

            BigInteger numbers = numbering(doc, STNumberFormat.DECIMAL, "%1.");
            BigInteger bullets = numbering(doc, STNumberFormat.BULLET, "\uF0B7");
            listItem(doc, numbers, "Budget");
            listItem(doc, numbers, "Volunteers");
            listItem(doc, bullets, "Tea");

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Sector");
            table.getRow(0).getCell(1).setText("Seats");
            table.getRow(1).getCell(0).setText("Voluntary");
            table.getRow(1).getCell(1).setText("4");

            XWPFParagraph last = doc.createParagraph();
            last.createRun().setText("North star was mentioned twice.");
            XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
            comment.setAuthor("Sam");
            comment.createParagraph().createRun().setText("Follow this up.");
            write(doc, file);
        }

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("docx");
        assertThat(imported.text()).isEqualTo("""
                Day 12 — the partnership board

                The chair opened the meeting late.[1] Everyone waited.

                1. Budget

                2. Volunteers

                • Tea

                Sector | Seats

                Voluntary | 4

                North star was mentioned twice.

                [Footnote 1] She had come from the hospital.

                [Comment by Sam] Follow this up.""");
        assertThat(imported.paragraphs()).hasSize(10);
        assertThat(imported.text().substring(imported.paragraphs().get(3).start(), imported.paragraphs().get(3).end()))
                .isEqualTo("2. Volunteers");
        assertThat(imported.paragraphs()).allSatisfy(span -> {
            String p = imported.text().substring(span.start(), span.end());
            assertThat(p).doesNotStartWith("\n").doesNotEndWith("\n").isNotBlank();
        });
        assertThat(imported.pages()).isEmpty();
    }

    @Test
    void emojiAndCombiningCharactersSurviveAsNfc() throws IOException {
        Path file = dir.resolve("emoji.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Cafe\u0301 talk 👩🏽‍⚕️ ok");
            write(doc, file);
        }

        String text = Importers.standard().read(file, ImportLimits.DEFAULT).text();

        assertThat(text).isEqualTo("Caf\u00E9 talk 👩🏽‍⚕️ ok");
    }

    @Test
    void docxNamedDocImportsBecauseContentWins() throws IOException {
        Path file = dir.resolve("report.doc");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Really a docx.");
            write(doc, file);
        }

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("docx");
        assertThat(imported.text()).isEqualTo("Really a docx.");
    }

    @Test
    void docxThatIsReallyAPngIsRefusedSayingWhatItIs() throws IOException {
        Path file = dir.resolve("notes.docx");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("notes.docx: the name says .docx but the content is a PNG image — Quire cannot import it");
    }

    @Test
    void truncatedDocxIsRefusedAsDamaged() throws IOException {
        Path whole = dir.resolve("whole.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Some text that will be cut off.");
            write(doc, whole);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("cut.docx");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.docx: the file is damaged or incomplete (");
    }

    static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger abstractId = BigInteger.valueOf(numbering.getAbstractNums().size() + 1);
        abstractNum.setAbstractNumId(abstractId);
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        BigInteger added = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(added);
    }

    static void listItem(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    static void write(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
