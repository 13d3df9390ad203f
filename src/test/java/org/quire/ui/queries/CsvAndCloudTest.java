package org.quire.ui.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.service.exchange.CsvFiles;

/** CSV export rules and the word cloud's layout. */
class CsvAndCloudTest {
    @TempDir
    Path dir;

    @Test
    void csvQuotesWhereNeededAndNeutralisesFormulaCells() throws Exception {
        Path file = dir.resolve("out.csv");
        CsvFiles.write(file, List.of("Word", "Note"), List.of(List.of("=HYPERLINK(\"x\")", "a, b"),
                List.of("+1+1", "@SUM(A1)"), List.of("-2", "-cmd|' /C calc'!A0"), List.of("line\nbreak", "12.5%")));
        assertThat(Files.readString(file)).isEqualTo("\uFEFFWord,Note\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a, b\"\r\n"
                + "'+1+1,'@SUM(A1)\r\n-2,'-cmd|' /C calc'!A0\r\n\"line\nbreak\",12.5%\r\n");
    }

    @Test
    void aCsvThatCannotBeWrittenNamesTheFileAndLeavesNothingBehind() {
        Path missing = dir.resolve("no such folder").resolve("out.csv");
        assertThatThrownBy(() -> CsvFiles.write(missing, List.of("a"), List.of())).isInstanceOf(QuireException.class)
                .hasMessageStartingWith("Cannot write " + missing.toAbsolutePath());
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void cloudWordsNeverOverlapStayInsideAndGrowWithTheirCount() {
        List<WordCloudLayout.Entry> words = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            words.add(new WordCloudLayout.Entry("word" + "x".repeat(i % 7) + i, 1000 - i * 12));
        }
        // A stand-in for font metrics: width grows with letters and size.
        WordCloudLayout.Measure measure = (w, size) -> new double[] {w.length() * size * 0.55, size * 1.2};
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(words, 700, 420, measure);
        assertThat(placed.size()).isGreaterThan(40);
        for (int i = 0; i < placed.size(); i++) {
            WordCloudLayout.Placed a = placed.get(i);
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(700);
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(420);
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(a.overlaps(placed.get(j), 0)).as(a + " / " + placed.get(j)).isFalse();
            }
        }
        for (int i = 1; i < placed.size(); i++) {
            assertThat(placed.get(i).fontSize()).isLessThanOrEqualTo(placed.get(i - 1).fontSize());
        }
        assertThat(placed.get(0).fontSize()).isGreaterThan(placed.get(placed.size() - 1).fontSize() * 1.2);
    }
}
