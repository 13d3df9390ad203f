package org.quire.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;
import org.quire.model.Span;
import org.quire.ui.common.Highlight;

/**
 * A source opened in a tab is split and styled on the background thread ({@link DocumentView#prepare});
 * what the text area then holds must be exactly what the area made itself before: the text set, then
 * the codings' styles over all of it.
 */
class PreparedDocumentTest {
    private static final List<String> COLOURS = List.of("#e41a1c", "#377eb8", "#4daf4a", "#984ea3");

    @Test
    void theBackgroundThreadStylesADocumentExactlyAsTheTextAreaDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            String text = text(random);
            List<Highlight> highlights = highlights(random, text.length());

            StyledDocument<String, String, String> prepared = DocumentView.prepare(text, highlights);

            assertThat(prepared).as("text %s with %s", text.replace("\n", "¶"), highlights)
                    .isEqualTo(asTheAreaStylesIt(text, highlights));
        }
    }

    @Test
    void aDocumentWithoutCodingsOrTextIsPlainText() {
        assertThat(DocumentView.prepare("", List.of())).isEqualTo(asTheAreaStylesIt("", List.of()));
        assertThat(DocumentView.prepare("One.\n\nTwo.\n", List.of()).getParagraphs()).hasSize(4);
        assertThat(DocumentView.prepare("One.\n\nTwo.\n", List.of())).isEqualTo(asTheAreaStylesIt("One.\n\nTwo.\n", List.of()));
    }

    @Test
    void overlappingCodingsBlendTheirColoursWhicheverComesFirst() {
        String text = "abcdefghij";
        var red = new Highlight(new Span(0, 6), "#ff0000", "A", null, "me");
        var blue = new Highlight(new Span(3, 10), "#0000ff", "B", null, "me");
        StyledDocument<String, String, String> doc = DocumentView.prepare(text, List.of(red, blue));
        assertThat(doc.getStyleOfChar(4)).contains("rgba(128,0,128,0.37)");
        assertThat(doc.getStyleOfChar(1)).contains("rgba(255,0,0,0.28)");
        assertThat(doc.getStyleOfChar(8)).contains("rgba(0,0,255,0.28)");
        assertThat(doc).isEqualTo(asTheAreaStylesIt(text, List.of(red, blue)));
    }

    private static StyledDocument<String, String, String> asTheAreaStylesIt(String text, List<Highlight> highlights) {
        SimpleEditableStyledDocument<String, String> doc = new SimpleEditableStyledDocument<>("", "");
        doc.replace(0, 0, ReadOnlyStyledDocument.fromString(text, "", "", SegmentOps.styledTextOps()));
        if (!text.isEmpty()) {
            doc.setStyleSpans(0, DocumentView.styles(text.length(), highlights));
        }
        return ReadOnlyStyledDocument.from(doc);
    }

    // Paragraphs of 0-6 characters, empty ones among them, sometimes a newline first or last.
    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(4) == 0 ? '\n' : (char) ('a' + random.nextInt(5)));
        }
        return out.toString();
    }

    private static List<Highlight> highlights(Random random, int length) {
        List<Highlight> out = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n && length > 1; i++) {
            int start = random.nextInt(length - 1);
            int end = start + 1 + random.nextInt(length - start);
            end = Math.min(end, length);
            String colour = COLOURS.get(random.nextInt(COLOURS.size()));
            out.add(new Highlight(new Span(start, end), colour, "Node " + colour, null, "me"));
        }
        return out;
    }
}
