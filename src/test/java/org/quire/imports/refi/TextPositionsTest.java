package org.quire.imports.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.model.Span;

/** Which way a file counted its positions, told from the text itself. */
class TextPositionsTest {
    private static final String RAW = "Morning \uD83D\uDE00 shift.\r\nThe kettle broke \uD83D\uDE22 again.\r\n"
            + "Volunteers arrived late.\r\nWe talked about funding.\r\n";
    private static final List<String> PASSAGES = List.of("shift.", "kettle broke", "again.", "Volunteers arrived",
            "talked about funding");

    private static Qde.Selection selection(long start, long end) {
        return new Qde.Selection("s", null, start, end, null, List.of(), List.of(), null, null);
    }

    /** The passages' positions as a program counting by {@code c} would write them. */
    private static List<Qde.Selection> written(OffsetConvention c) {
        List<Qde.Selection> out = new ArrayList<>();
        for (String p : PASSAGES) {
            int start = RAW.indexOf(p);
            out.add(selection(count(RAW.substring(0, start), c), count(RAW.substring(0, start + p.length()), c)));
        }
        return out;
    }

    private static long count(String prefix, OffsetConvention c) {
        String s = c.crlfAsOne() ? prefix.replace("\r\n", "\n") : prefix;
        return c.utf16() ? s.length() : s.codePointCount(0, s.length());
    }

    @Test
    void eachOfTheFourConventionsIsRecognisedFromTheTextAloneWhateverTheOriginSuggests() {
        TextPositions positions = TextPositions.of(RAW);
        for (OffsetConvention truth : OffsetConvention.values()) {
            for (OffsetConvention guess : OffsetConvention.values()) {
                TextPositions.Detection d = positions.detect(written(truth), guess);
                assertThat(d.convention()).as("written as %s, expected %s", truth, guess).isEqualTo(truth);
                List<String> mapped = written(truth).stream().map(s -> {
                    Span span = positions.map(s.start(), s.end(), d.convention()).span();
                    return positions.text().substring(span.start(), span.end());
                }).toList();
                assertThat(mapped).isEqualTo(PASSAGES);
            }
        }
    }

    @Test
    void aTextWithoutLineBreaksOrEmojiNeedsNoGuessing() {
        TextPositions positions = TextPositions.of("Plain words only.");
        assertThat(positions.detect(List.of(selection(0, 5)), OffsetConvention.UTF16).certain()).isTrue();
    }

    @Test
    void whenTheSelectionsFitTwoConventionsAlmostEquallyTheChoiceIsMarkedUnsure() {
        TextPositions positions = TextPositions.of("aa\r\nbb cc");
        TextPositions.Detection d = positions.detect(List.of(selection(4, 6)), OffsetConvention.CODE_POINTS);
        assertThat(d.certain()).isFalse();
    }

    @Test
    void theByteOrderMarkIsNotCountedAndComposedCharactersKeepTheirPassages() {
        TextPositions positions = TextPositions.of("\uFEFFcafe\u0301 au lait\r\nnext");
        assertThat(positions.hadBom()).isTrue();
        assertThat(positions.text()).isEqualTo("caf\u00E9 au lait\nnext");
        Span span = positions.map(6, 13, OffsetConvention.CODE_POINTS).span();
        assertThat(positions.text().substring(span.start(), span.end())).isEqualTo("au lait");
        Span next = positions.map(15, 19, OffsetConvention.CODE_POINTS).span();
        assertThat(positions.text().substring(next.start(), next.end())).isEqualTo("next");
    }

    @Test
    void positionsPastTheEndAreCutAtTheEndAndEmptyOnesAreDropped() {
        TextPositions positions = TextPositions.of("short text");
        TextPositions.Mapped mapped = positions.map(6, 99, OffsetConvention.CODE_POINTS);
        assertThat(mapped.clamped()).isTrue();
        assertThat(mapped.span()).isEqualTo(new Span(6, 10));
        assertThat(positions.map(3, 3, OffsetConvention.CODE_POINTS)).isNull();
        assertThat(positions.map(50, 60, OffsetConvention.CODE_POINTS)).isNull();
    }

    @Test
    void aTextWithoutCrlfIsNeverDescribedByHowItWouldCountOne() {
        TextPositions lf = TextPositions.of("Emoji \uD83D\uDE00 here.\nNext line.\n");
        assertThat(lf.describe(OffsetConvention.UTF16)).isEqualTo("UTF-16 code units (an emoji counts two)");
        assertThat(lf.describe(OffsetConvention.CODE_POINTS_CRLF_AS_ONE))
                .isEqualTo("Unicode code points (an emoji counts one)");
        TextPositions crlf = TextPositions.of("No emoji.\r\nNext line.\r\n");
        assertThat(crlf.describe(OffsetConvention.UTF16_CRLF_AS_ONE)).isEqualTo("a CRLF line break counted as one");
        assertThat(TextPositions.of("a\u0000b\rc").conventionsDiffer()).isFalse();
    }

    @Test
    void theLengthUnderEachConventionCountsPairsAsThatConventionDoes() {
        TextPositions positions = TextPositions.of("ab\r\n\uD83D\uDE00c");
        assertThat(positions.length(OffsetConvention.UTF16)).isEqualTo(7);
        assertThat(positions.length(OffsetConvention.CODE_POINTS)).isEqualTo(6);
        assertThat(positions.length(OffsetConvention.UTF16_CRLF_AS_ONE)).isEqualTo(6);
        assertThat(positions.length(OffsetConvention.CODE_POINTS_CRLF_AS_ONE)).isEqualTo(5);
    }

    @Test
    void nulAndLoneCarriageReturnsAreNormalisedAsEveryImporterDoesAndPositionsFollow() {
        TextPositions positions = TextPositions.of("one\u0000 two\rthree\r\nfour");
        assertThat(positions.text()).isEqualTo(org.quire.imports.TextNormalizer.normalize("one\u0000 two\rthree\r\nfour"))
                .isEqualTo("one two\nthree\nfour");
        Span three = positions.map(9, 14, OffsetConvention.CODE_POINTS).span();
        assertThat(positions.text().substring(three.start(), three.end())).isEqualTo("three");
        Span four = positions.map(16, 20, OffsetConvention.CODE_POINTS).span();
        assertThat(positions.text().substring(four.start(), four.end())).isEqualTo("four");
    }

    @Test
    void theTextCanBeHandedOverAndPositionsStillMappedButNotDetected() {
        TextPositions positions = TextPositions.of("caf\u0065\u0301 au lait\r\nnext \uD83D\uDE00 end");
        String text = positions.takeText();
        assertThat(text).isEqualTo("caf\u00E9 au lait\nnext \uD83D\uDE00 end");
        Span end = positions.map(22, 25, OffsetConvention.CODE_POINTS).span();
        assertThat(text.substring(end.start(), end.end())).isEqualTo("end");
        assertThatThrownBy(() -> positions.detect(List.of(selection(0, 3)), OffsetConvention.CODE_POINTS))
                .isInstanceOf(IllegalStateException.class);
    }
}
