package org.quire.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.service.Project;

/**
 * A crafted QDPX cannot make Quire read files outside its archive: such paths are not even looked
 * at unless the user names a folder, and then only files whose real path lies inside that folder
 * are read — not through {@code ..}, not through a link, not through the file's own basePath.
 */
class RefiExternalSourcesTest {
    private static final String SECRET = "top secret: the participants' real names";

    @TempDir
    Path dir;
    private Path secret;
    private Path allowed;

    @BeforeEach
    void layOut() throws Exception {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        allowed = Files.createDirectories(dir.resolve("allowed"));
        Files.writeString(allowed.resolve("inside.txt"), "Allowed text, beside the archive.");
        Files.createSymbolicLink(allowed.resolve("link.txt"), secret);
    }

    /** The fixture with basePath {@code base} and the relative "through the base path" source {@code viaBase}. */
    private Path crafted(String base, String viaBase) throws Exception {
        return RefiFixtures.qdpx("outside", dir.resolve("in/outside.qdpx"), Map.of("@BASE@", base,
                "@SECRET@", secret.toAbsolutePath().toString(), "@SECRET_VIA_BASE@", viaBase));
    }

    private Path basePathAtRoot() throws Exception {
        return crafted("/", secret.toAbsolutePath().toString().substring(1));
    }

    private static List<String> names(Project p) {
        return p.sources().list().stream().map(Source::name).sorted().toList();
    }

    private static void assertSecretNowhere(Project p) {
        for (Source s : p.sources().list()) {
            assertThat(p.sources().text(s.id()).text()).doesNotContain("top secret");
        }
    }

    @Test
    void byDefaultNoFileOutsideTheArchiveIsReadAndEachIsListedWithItsPath() throws Exception {
        Project.Imported imported = Project.importQdpx(basePathAtRoot(), dir.resolve("Default.quire"), "Tester",
                RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            assertThat(names(p)).containsExactly("Archived");
            assertSecretNowhere(p);
            RefiReport report = imported.report();
            assertThat(report.outside()).hasSize(5).allMatch(l -> l.endsWith(": not read"))
                    .anyMatch(l -> l.startsWith("'absolute://" + secret.toAbsolutePath() + "' (text file of source"
                            + " 'Absolute outside')"))
                    .anyMatch(l -> l.startsWith("'relative:///../secret.txt'"))
                    .anyMatch(l -> l.startsWith("'relative:///link.txt'"));
            assertThat(report.notCarried()).contains("5 × sources whose files lie outside the archive (not read"
                    + " without your permission; listed under 'Files outside the archive')",
                    "1 × text selections in sources that were left out");
            assertThat(report.warnings()).anyMatch(w -> w.startsWith("5 files outside the archive were not read")
                    && w.contains("--allow-external-sources"));
            assertThat(report.lines()).contains("Files outside the archive:");
        }
    }

    @Test
    void anAllowedFolderLetsOnlyFilesWhoseRealPathIsInsideItBeRead() throws Exception {
        Project.Imported imported = Project.importQdpx(basePathAtRoot(), dir.resolve("Allowed.quire"), "Tester",
                QdpxImportOptions.defaults().allowingFilesIn(allowed), RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            assertThat(names(p)).containsExactly("Archived", "Inside");
            assertThat(p.sources().text(p.sources().find("Inside").id()).text())
                    .isEqualTo("Allowed text, beside the archive.");
            assertSecretNowhere(p);
            List<String> outside = imported.report().outside();
            String real = secret.toRealPath().toString();
            Path folder = allowed.toRealPath();
            assertThat(outside).anyMatch(l -> l.startsWith("'relative:///inside.txt'") && l.contains(": read from "
                    + folder.resolve("inside.txt")));
            // An absolute path outside, '..' out of the folder, a basePath at the root, a link out of it.
            for (String path : List.of("absolute://" + secret.toAbsolutePath(), "relative:///../secret.txt",
                    "relative:///" + secret.toAbsolutePath().toString().substring(1), "relative:///link.txt")) {
                assertThat(outside).as(path).anyMatch(l -> l.startsWith("'" + path + "'")
                        && l.contains(": refused, it leads to " + real + ", outside the allowed folder " + folder));
            }
            assertThat(imported.report().notCarried()).contains("4 × sources whose files lie outside the allowed"
                    + " folder (refused; listed under 'Files outside the archive')");
        }
    }

    @Test
    void theFilesOwnBasePathNeverWidensTheAllowedFolder() throws Exception {
        // basePath names the parent of the allowed folder, where the secret lies.
        Path qdpx = crafted(dir.toAbsolutePath().toString(), "secret.txt");
        Project.Imported imported = Project.importQdpx(qdpx, dir.resolve("Base.quire"), "Tester",
                QdpxImportOptions.defaults().allowingFilesIn(allowed), RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            assertThat(names(p)).doesNotContain("Through the base path");
            assertSecretNowhere(p);
            assertThat(imported.report().outside()).anyMatch(l -> l.startsWith("'relative:///secret.txt'")
                    && l.contains("refused") && l.contains("outside the allowed folder"));
        }
    }

    @Test
    void aFileMissingFromTheAllowedFolderIsReportedAsNotFoundNotAsOutsideTheArchive() throws Exception {
        Files.delete(allowed.resolve("inside.txt"));
        Project.Imported imported = Project.importQdpx(basePathAtRoot(), dir.resolve("Missing.quire"), "Tester",
                QdpxImportOptions.defaults().allowingFilesIn(allowed), RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            assertThat(imported.report().outside()).anyMatch(l -> l.startsWith("'relative:///inside.txt'")
                    && l.contains("not found"));
            assertThat(imported.report().notCarried())
                    .contains("1 × sources whose files outside the archive were not found");
        }
    }

    @Test
    void theConfirmationListsThePathsBeforeAnythingIsRead() throws Exception {
        assertThat(RefiService.outsidePaths(basePathAtRoot())).containsExactly("absolute://"
                + secret.toAbsolutePath(), "relative:///../secret.txt", "relative:///"
                + secret.toAbsolutePath().toString().substring(1), "relative:///link.txt", "relative:///inside.txt");
        assertThat(RefiService.outsidePaths(RefiFixtures.qdpx("qc-1.3", dir.resolve("qc.qdpx")))).isEmpty();
    }
}
