package org.quire.imports.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;

/**
 * An Excel workbook exported by Quire with a "Reviewer comment" column, filled in by a reviewer.
 * Each sheet that takes comments has a hidden "Anchor" column naming the object of each row; the
 * words the comment was written on are the row's extract (or the theme's definition, or the
 * code's description). The reviewer is whoever Excel says last saved the file.
 */
final class ExcelReview {
    /** The header of the column the reviewer writes in. */
    static final String COMMENT = "Reviewer comment";
    static final String ANCHOR = "Anchor";
    private static final List<String> QUOTED = List.of("Extract", "Definition", "Description", "Summary");

    private ExcelReview() {
    }

    static ReviewFile read(Path file, String name) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            POIXMLProperties props = wb.getProperties();
            POIXMLProperties.CustomProperties custom = props.getCustomProperties();
            String project = custom.contains(CustomProperties.PROJECT)
                    ? custom.getProperty(CustomProperties.PROJECT).getLpwstr() : "";
            String title = custom.contains(CustomProperties.TITLE)
                    ? custom.getProperty(CustomProperties.TITLE).getLpwstr() : "";
            String reviewer = first(props.getCoreProperties().getLastModifiedByUser(),
                    props.getCoreProperties().getCreator());
            Instant at = props.getCoreProperties().getModified() == null ? null
                    : props.getCoreProperties().getModified().toInstant();
            List<ReviewFile.Comment> out = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            boolean anyAnchors = false;
            for (Sheet sheet : wb) {
                Row header = sheet.getRow(0);
                if (header == null) {
                    continue;
                }
                Map<String, Integer> columns = new HashMap<>();
                for (Cell c : header) {
                    columns.putIfAbsent(format.formatCellValue(c).strip(), c.getColumnIndex());
                }
                Integer anchorColumn = columns.get(ANCHOR);
                Integer commentColumn = columns.get(COMMENT);
                if (anchorColumn == null || commentColumn == null) {
                    continue;
                }
                anyAnchors = true;
                Integer quotedColumn = QUOTED.stream().filter(columns::containsKey).map(columns::get).findFirst()
                        .orElse(null);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String text = row == null ? "" : format.formatCellValue(row.getCell(commentColumn)).strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    String anchorText = format.formatCellValue(row.getCell(anchorColumn)).strip();
                    ReviewAnchor anchor;
                    try {
                        anchor = ReviewAnchor.parse(anchorText);
                    } catch (QuireException e) {
                        throw new QuireException("Cannot import the review " + name + ": row " + (r + 1) + " of sheet '"
                                + sheet.getSheetName() + "' has a comment but its anchor was changed or removed");
                    }
                    String label = format.formatCellValue(row.getCell(0)).strip();
                    String quoted = quotedColumn == null ? "" : format.formatCellValue(row.getCell(quotedColumn));
                    out.add(new ReviewFile.Comment(anchor, sheet.getSheetName() + ": " + label, reviewer, at, text,
                            quoted));
                }
            }
            if (!anyAnchors) {
                throw new QuireException("Cannot import the review " + name + ": no sheet has a '" + COMMENT
                        + "' column with Quire's anchors (was it exported by Quire?)");
            }
            return new ReviewFile("excel", project, title, out);
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new QuireException("Cannot import the review " + name + ": the workbook cannot be read (damaged?): "
                    + e.getMessage(), e);
        }
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : "Reviewer";
    }
}
