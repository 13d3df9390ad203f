package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectionTest {
    @TempDir
    Path dir;

    @Test
    void odtNamedDocxImportsAsOdt() throws IOException {
        Path file = OdtImporterTest.odt(dir.resolve("notes.docx"),
                "<office:body><office:text><text:p>Written in LibreOffice.</text:p></office:text></office:body>");

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("odt");
        assertThat(imported.text()).isEqualTo("Written in LibreOffice.");
    }

    @Test
    void spreadsheetNamedDocxIsRefusedSayingItIsAWorkbook() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("xl/workbook.xml", "<workbook/>");
        Path file = TestFiles.zip(dir.resolve("codes.docx"), entries);

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("codes.docx: the name says .docx but the content is an Excel workbook (.xlsx)"
                        + " — Quire cannot import it");
    }

    @Test
    void rtfNamedDocImportsAsRtf() throws IOException {
        Path file = TestFiles.write(dir.resolve("old.doc"), "{\\rtf1\\ansi Saved as RTF.\\par}");

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("rtf");
        assertThat(imported.text()).isEqualTo("Saved as RTF.");
    }

    @Test
    void unknownExtensionIsRefusedListingWhatQuireImports() throws IOException {
        Path file = TestFiles.write(dir.resolve("data.xyz"), "hello");

        assertThatThrownBy(() -> Importers.standard().read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("data.xyz: unsupported file type '.xyz' — Quire imports ")
                .hasMessageContaining(".docx").hasMessageContaining(".pdf").hasMessageContaining(".odt");
    }
}
