package org.quire.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * The rows {@link SheetWriter} writes without POI's cells are, byte for byte, the XML POI writes for
 * the same rows: a spreadsheet program reads exactly what it read before.
 */
class SheetWriterTest {
    private static final String ODD = "<>&\"'\n\r\t\u00A0\u0001\u001F\uFFFE\uFFFF é€ 😀\uD800\uDC00 ab";

    private static String randomText(Random random) {
        int n = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(60);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(3) == 0 ? ODD.charAt(random.nextInt(ODD.length())) : (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void rowsWrittenDirectlyAreTheXmlPoiWritesForTheSameCells() throws IOException {
        Random random = new Random(7);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1_000)) {
            List<CellStyle> styles = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                styles.add(wb.createCellStyle());
            }
            SXSSFSheet sheet = wb.createSheet("s");
            SheetDataWriter poi = new SheetDataWriter();
            SheetWriter ours = new SheetWriter();
            for (int r = 1; r <= 400; r++) {
                SXSSFRow row = sheet.createRow(r);
                float points = 3 + 14 * (1 + random.nextInt(29));
                row.setHeightInPoints(points);
                ours.rowStart(r, points);
                int columns = 1 + random.nextInt(30);
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.createCell(c);
                    CellStyle style = styles.get(random.nextInt(styles.size()));
                    cell.setCellStyle(style);
                    int styleIndex = style.getIndex() & 0xFFFF;
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            double v = switch (random.nextInt(4)) {
                                case 0 -> random.nextInt(2_000);
                                case 1 -> random.nextDouble() * 1e9 - 5e8;
                                case 2 -> 10_000_000 + random.nextInt(1_000);
                                default -> -random.nextInt(50);
                            };
                            cell.setCellValue(v);
                            ours.number(c, styleIndex, v);
                        }
                        case 1 -> ours.blank(c, styleIndex);
                        default -> {
                            String text = randomText(random);
                            if (text.isEmpty()) {
                                ours.blank(c, styleIndex);
                            } else {
                                cell.setCellValue(text);
                                ours.text(c, styleIndex, text);
                            }
                        }
                    }
                }
                poi.writeRow(r, row);
                ours.rowEnd();
            }
            assertThat(xml(ours)).isEqualTo(xml(poi));
        }
    }

    @Test
    void numbersAreWrittenAsJavaWritesADouble() {
        for (double v : new double[] {1, 12, 9_999_999, -3, 0, -0.0, 10_000_000, 2.5, 1e-7, 123_456_789, Double.NaN}) {
            assertThat(SheetWriter.decimal(v)).as("%s", v).isEqualTo(Double.toString(v));
        }
    }

    @Test
    void theUnlockedWriterWritesTheUtf8JavaWrites() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer java = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer ours = new Utf8Writer(actual, 16 + random.nextInt(40))) {
                for (int piece = 0; piece < 30; piece++) {
                    String s = randomText(random);
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            java.write(s);
                            ours.write(s);
                        }
                        case 1 -> {
                            for (char c : s.toCharArray()) {
                                java.write(c);
                                ours.write(c);
                            }
                        }
                        default -> {
                            java.write(s.toCharArray(), 0, s.length());
                            ours.write(s.toCharArray(), 0, s.length());
                        }
                    }
                }
            }
            assertThat(actual.toByteArray()).as("round %d", round).isEqualTo(expected.toByteArray());
        }
    }

    private static String xml(SheetDataWriter writer) throws IOException {
        writer.close();
        try (InputStream in = writer.getWorksheetXMLInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
