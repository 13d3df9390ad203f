package org.quire.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.service.Project;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every coded passage of a vendor-shaped file, read here straight from its XML and text files with
 * the counting that vendor is known to use, is in the imported project at the same characters, and
 * nothing else is: the counts are the file's, not Quire's. The crafted fixtures are in
 * src/test/resources/refi (see its README); the real vendor samples are read where they are.
 */
class RefiIndependentReadingTest {
    /** How a vendor counts positions (IMPLEMENTING.md §5). */
    enum Counting {
        CODE_POINTS, CODE_POINTS_CRLF_AS_ONE, UTF16
    }

    /** One coded passage: the source's GUID, the code's GUID, and its characters (line ends as \n). */
    record Coded(String source, String code, String text) {
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"qc-1.3, CODE_POINTS, 5", "atlas-8, CODE_POINTS_CRLF_AS_ONE, 5", "nvivo-win-12, UTF16, 5",
            "f4-2025, CODE_POINTS, 2"})
    void everyCodedPassageOfTheCraftedVendorFilesArrivesAtTheSameCharacters(String fixture, Counting counting,
                                                                             int passages) throws Exception {
        Path qdpx = RefiFixtures.qdpx(fixture, dir.resolve(fixture + ".qdpx"));
        Set<Coded> fromXml = readXml(qdpx, counting);
        assertThat(fromXml).hasSize(passages);
        assertThat(readImport(qdpx)).isEqualTo(fromXml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nvivo-mac-15_qc-project.qdpx, UTF16", "atlasti-win-23.2_target-atlas-project.qdpx, "
            + "CODE_POINTS_CRLF_AS_ONE", "atlasti-win-23.2_blank-atlas-project.qdpx, CODE_POINTS_CRLF_AS_ONE"})
    void theRealVendorSamplesMatchTheirOwnXml(String sample, Counting counting) throws Exception {
        Path file = Path.of(System.getProperty("refi.samples", "../shared/refi-qda/samples")).resolve(sample);
        Assumptions.assumeTrue(Files.isRegularFile(file), "sample " + file + " not found; skipping");
        assertThat(readImport(file)).isEqualTo(readXml(file, counting));
    }

    private Set<Coded> readImport(Path qdpx) {
        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve(qdpx.getFileName() + ".quire"), "Reader",
                RefiService.Progress.NONE);
        Set<Coded> out = new HashSet<>();
        try (Project p = imported.project()) {
            var tree = p.nodes().tree();
            for (Source s : p.sources().list()) {
                String text = p.sources().text(s.id()).text();
                for (Coding c : p.codings().bySource(s.id())) {
                    Node node = tree.get(c.nodeId()).orElseThrow();
                    out.add(new Coded(s.guid(), node.guid(), text.substring(c.span().start(), c.span().end())));
                }
            }
        }
        return out;
    }

    /** The file's coded passages, read with nothing of Quire's: a DOM, the zip, and the counting given. */
    static Set<Coded> readXml(Path qdpx, Counting counting) throws Exception {
        Set<Coded> out = new HashSet<>();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            ZipEntry qde = zip.stream().filter(e -> !e.getName().contains("/") && e.getName().endsWith(".qde"))
                    .findFirst().orElseThrow();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root;
            try (InputStream in = zip.getInputStream(qde)) {
                root = f.newDocumentBuilder().parse(in).getDocumentElement();
            }
            NodeList sources = root.getElementsByTagNameNS("*", "TextSource");
            for (int i = 0; i < sources.getLength(); i++) {
                Element source = (Element) sources.item(i);
                String raw = text(zip, source.getAttribute("plainTextPath"));
                NodeList selections = source.getElementsByTagNameNS("*", "PlainTextSelection");
                for (int j = 0; j < selections.getLength(); j++) {
                    Element sel = (Element) selections.item(j);
                    String passage = cut(raw, Integer.parseInt(sel.getAttribute("startPosition")),
                            Integer.parseInt(sel.getAttribute("endPosition")), counting);
                    NodeList refs = sel.getElementsByTagNameNS("*", "CodeRef");
                    for (int k = 0; k < refs.getLength(); k++) {
                        out.add(new Coded(guid(source.getAttribute("guid")),
                                guid(((Element) refs.item(k)).getAttribute("targetGUID")), passage));
                    }
                }
            }
        }
        return out;
    }

    private static String text(ZipFile zip, String path) throws Exception {
        String name = path.replaceFirst("(?i)^internal://", "").toLowerCase(Locale.ROOT);
        ZipEntry entry = zip.stream().filter(e -> {
            String n = e.getName().toLowerCase(Locale.ROOT);
            return n.equals("sources/" + name) || n.equals(name);
        }).findFirst().orElseThrow(() -> new AssertionError("no entry for " + path));
        try (InputStream in = zip.getInputStream(entry)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }

    /** The characters from start to end as the vendor counts them, line ends then made \n. */
    private static String cut(String raw, int start, int end, Counting counting) {
        String counted = counting == Counting.CODE_POINTS_CRLF_AS_ONE ? raw.replace("\r\n", "\n") : raw;
        String piece = counting == Counting.UTF16 ? counted.substring(start, end)
                : counted.substring(counted.offsetByCodePoints(0, start), counted.offsetByCodePoints(0, end));
        return Normalizer.normalize(piece.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    private static String guid(String raw) {
        return raw.replace("{", "").replace("}", "").strip().toLowerCase(Locale.ROOT);
    }
}
