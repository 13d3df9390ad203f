package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
    @TempDir
    Path dir;

    @Test
    void csvWithSemicolonsQuotedLineBreaksAndWindows1252IsRead() throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.write(csv, "id;answer\r\n1;\"caf\u00e9 \u201cnice\u201d\r\nyes\"\r\n2;\r\n".getBytes("windows-1252"));
        Table t = TableReader.read(csv, ImportLimits.DEFAULT);
        assertThat(t.headers()).containsExactly("id", "answer");
        assertThat(t.rows()).containsExactly(List.of("1", "café “nice”\nyes"), List.of("2", ""));
    }

    @Test
    void aZipBombDressedAsXlsxIsRefused() throws Exception {
        Path real = dir.resolve("real.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(real)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("id");
            wb.write(out);
        }
        // The same workbook with 40 MB of white space inside its sheet: harmless XML, a huge inflation ratio.
        Path file = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(real.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        zip.write(chunk);
                    }
                    zip.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> TableReader.read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class).hasMessage("bomb.xlsx: " + ImportFailures.ZIP_BOMB);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsEncrypted() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("s").createRow(0).createCell(0).setCellValue("id");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> TableReader.read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class).hasMessage("locked.xlsx: " + ImportFailures.ENCRYPTED);
    }

    @Test
    void aPictureNamedCsvIsRefusedSayingWhatItIs() throws Exception {
        Path file = dir.resolve("answers.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> TableReader.read(file, ImportLimits.DEFAULT))
                .isInstanceOf(ImportException.class).hasMessage("answers.csv: this is binary data, not CSV text");
    }
}
