package org.quire.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {
    @TempDir
    Path dir;

    @Test
    void everyFormulaLeadInOwaspListsIsNeutralisedAndOrdinaryTextIsNot() {
        for (String risky : new String[] {"=1+1", "+44 20", "-5 hours", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertThat(SafeText.isRisky(risky)).as(risky).isTrue();
            assertThat(SafeText.forCsv(risky)).isEqualTo("'" + risky);
        }
        for (String plain : new String[] {"", "Trust was low", " =not first", "'quoted", "5 - 3"}) {
            assertThat(SafeText.isRisky(plain)).as(plain).isFalse();
            assertThat(SafeText.forCsv(plain)).isEqualTo(plain);
        }
    }

    @Test
    void controlCharactersXmlCannotHoldBecomeSpaces() {
        assertThat(SafeText.xml("page\fbreak\u0001x\ty\nz")).isEqualTo("page break x\ty\nz");
    }

    @Test
    void aWriteThatFailsPartWayLeavesTheEarlierFileAndNoPartFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "earlier");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half of it".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(ExportFailure.class).hasMessageContaining(target.toString()).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("earlier");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        AtomicOutput.write(target, out -> out.write("whole".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("whole");
    }

    @Test
    void sheetNamesAreShortenedAndMadeUniqueAndLongCellsAreCutWithANote() {
        Set<String> used = new HashSet<>();
        String a = XlsxExport.uniqueName("Theme 1: a very long name that Excel would refuse", used);
        String b = XlsxExport.uniqueName("Theme 1: a very long name that Excel would refuse", used);
        // A cut name says it was cut; a second theme of the same start is numbered.
        assertThat(a).hasSize(31).isEqualTo("Theme 1_ a very long name that…");
        assertThat(b).hasSizeLessThanOrEqualTo(31).endsWith("… (2)").isNotEqualTo(a);
        assertThat(XlsxExport.uniqueName("a/b:c?", used)).isEqualTo("a_b_c_");
        assertThat(XlsxExport.uniqueName("A/B:C?", used)).isEqualTo("A_B_C_ (2)");
        assertThat(XlsxExport.uniqueName("'quoted'", used)).isEqualTo("quoted");
        assertThat(XlsxExport.uniqueName("  ", used)).isEqualTo("Sheet");
        // Never half of a character outside the Basic Multilingual Plane.
        String emoji = XlsxExport.uniqueName("x".repeat(29) + "\uD83D\uDE42 and more", used);
        assertThat(emoji).hasSizeLessThanOrEqualTo(31).endsWith("x…");
        String cut = XlsxExport.clip("x".repeat(40_000));
        assertThat(cut).hasSize(XlsxExport.MAX_CELL).endsWith("40,000 characters in all]");
    }
}
