package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.ReviewAnchor;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/**
 * A Word report commented in LibreOffice Writer, kept as a fixture
 * ({@code src/test/resources/review/report-commented-in-libreoffice.docx}): Writer stores comments
 * in its own way (its ranges, its dates without a time zone, its rewriting of the whole document),
 * and they must come back as Word's do. The fixture was made once by
 * {@code src/test/scripts/comment-in-libreoffice.py} from the report of {@link ReviewFixture}, so no
 * LibreOffice is needed here. Its project and objects had other GUIDs than a project built now: the
 * test puts this project's GUIDs in place of the old ones (bookmark for bookmark, in document order)
 * and changes nothing else of what Writer wrote.
 */
class LibreOfficeReviewTest {
    private static final String FIXTURE = "/review/report-commented-in-libreoffice.docx";
    private static final Pattern BOOKMARK = Pattern.compile("w:name=\"(q[A-Z](?:[0-9a-f]{32}|\\d{1,2})_[0-9a-z]+)\"");

    @TempDir
    Path dir;

    @Test
    void commentsMadeInLibreOfficeWriterComeBackOntoTheirObjects() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path fresh = p.exports().export(ExportOptions.of(ExportOptions.Format.DOCX, ExportOptions.What.REPORT),
                    dir.resolve("report.docx"));
            Map<String, byte[]> ours = entries(Files.newInputStream(fresh));
            Map<String, byte[]> writer;
            try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
                assertThat(in).as(FIXTURE).isNotNull();
                writer = entries(in);
            }
            String document = new String(writer.get("word/document.xml"), StandardCharsets.UTF_8);
            // A bookmark's serial (after the "_") is the same in both reports: only the GUIDs differ.
            Map<String, String> now = new LinkedHashMap<>();
            bookmarks(new String(ours.get("word/document.xml"), StandardCharsets.UTF_8))
                    .forEach(b -> now.put(serial(b), b));
            List<String> old = bookmarks(document).stream().distinct().toList();
            assertThat(old).as("Writer kept Quire's bookmarks").hasSizeGreaterThan(20);
            for (String b : old) {
                String mine = now.get(serial(b));
                assertThat(mine).as("bookmark " + b).isNotNull();
                assertThat(mine.charAt(1)).as("bookmark " + b).isEqualTo(b.charAt(1));
                document = document.replace("\"" + b + "\"", "\"" + mine + "\"");
            }
            writer.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
            String custom = new String(writer.get("docProps/custom.xml"), StandardCharsets.UTF_8);
            Matcher project = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .matcher(custom);
            assertThat(project.find()).as("Writer kept the project's GUID in the document properties").isTrue();
            writer.put("docProps/custom.xml", custom.replace(project.group(), p.guid()).getBytes(StandardCharsets.UTF_8));
            Path commented = dir.resolve("report-commented-in-libreoffice.docx");
            try (OutputStream out = Files.newOutputStream(commented); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : writer.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }

            ReviewImport r = p.reviews().importFile(commented);
            assertThat(r.kind()).isEqualTo("word");
            assertThat(r.added()).extracting(c -> c.anchor()).containsExactlyInAnyOrder(
                    ReviewAnchor.definition(fx.care.guid()), ReviewAnchor.extract(fx.rotaCoding.guid()),
                    ReviewAnchor.code(fx.budget.guid()), ReviewAnchor.checklist(3));
            assertThat(r.added()).allSatisfy(c -> {
                assertThat(c.reviewer()).isEqualTo("Dr Lee");
                assertThat(c.writtenAt()).isEqualTo(java.time.Instant.parse("2027-03-12T10:15:00Z"));
            });
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.THEME_DEFINITION)
                    .singleElement().satisfies(c -> {
                        assertThat(c.body()).isEqualTo("Is care the organising idea?");
                        assertThat(c.quoted()).isEqualTo("Small acts that hold the partnership together");
                    });
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.EXTRACT).singleElement()
                    .satisfies(c -> {
                        assertThat(c.quoted()).isEqualTo("stayed late to finish the rota");
                        assertThat(c.body()).isEqualTo("Who said this, and when?");
                    });
            assertThat(r.added()).filteredOn(c -> c.anchor().kind() == ReviewAnchor.Kind.CHECKLIST).singleElement()
                    .satisfies(c -> assertThat(c.quoted()).isEqualTo("Every source was coded at least once"));
            assertThat(p.reviews().list(null)).allSatisfy(i -> assertThat(i.state())
                    .isEqualTo(ReviewItem.ObjectState.CURRENT));
            assertThat(p.reviews().importFile(commented).added()).isEmpty();
        }
    }

    /**
     * Writes the report that {@code src/test/scripts/comment-in-libreoffice.py} comments, when asked:
     * {@code mvn -q test -Dtest=LibreOfficeReviewTest -Dquire.reportToComment=/tmp/report.docx}.
     */
    @Test
    @EnabledIfSystemProperty(named = "quire.reportToComment", matches = ".+")
    void writeTheReportToComment() throws Exception {
        ReviewFixture fx = new ReviewFixture(dir);
        try (Project p = fx.project) {
            Path out = Path.of(System.getProperty("quire.reportToComment")).toAbsolutePath();
            Files.deleteIfExists(out);
            p.exports().export(ExportOptions.of(ExportOptions.Format.DOCX, ExportOptions.What.REPORT), out);
        }
    }

    private static String serial(String bookmark) {
        return bookmark.substring(bookmark.lastIndexOf('_'));
    }

    private static List<String> bookmarks(String documentXml) {
        List<String> out = new ArrayList<>();
        Matcher m = BOOKMARK.matcher(documentXml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, byte[]> entries(InputStream in) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                zip.transferTo(b);
                out.put(e.getName(), b.toByteArray());
            }
        }
        return out;
    }
}
