package org.quire.service.coding;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodingServiceTest {
    private static final String TEXT = "We met at the café. The north star is shared.\n\nLater: the north star faded.";

    @TempDir
    Path dir;

    @Test
    void overlappingAndNestedCodingsAreAllKept() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node vision = p.nodes().create(null, "Vision", "", null);
            Node place = p.nodes().create(null, "Place", "", null);
            p.codings().code(s.id(), vision.id(), new Span(20, 45));
            p.codings().code(s.id(), vision.id(), new Span(24, 34));   // nested at the same node
            p.codings().code(s.id(), place.id(), new Span(0, 24));     // overlapping at another node
            assertThat(p.codings().bySource(s.id())).extracting(Coding::span)
                    .containsExactly(new Span(0, 24), new Span(20, 45), new Span(24, 34));
        }
    }

    @Test
    void codingTheSamePassageAtTheSameNodeTwiceIsRefused() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node n = p.nodes().create(null, "Vision", "", null);
            p.codings().code(s.id(), n.id(), new Span(24, 34));
            assertThatThrownBy(() -> p.codings().code(s.id(), n.id(), new Span(24, 34)))
                    .isInstanceOf(QuireException.class)
                    .hasMessage("'north star' in 'a' is already coded at 'Vision'");
        }
    }

    @Test
    void aRangePastTheEndOfTheTextIsRefusedAndNothingIsStored() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node n = p.nodes().create(null, "Vision", "", null);
            assertThatThrownBy(() -> p.codings().code(s.id(), n.id(), new Span(10, 500)))
                    .isInstanceOf(QuireException.class)
                    .hasMessageContaining("past the end of 'a', which has " + TEXT.length() + " characters");
            assertThatThrownBy(() -> p.codings().code(s.id(), n.id(), new Span(10, 10)))
                    .isInstanceOf(QuireException.class).hasMessageContaining("empty");
            assertThat(p.codings().bySource(s.id())).isEmpty();
            assertThat(p.audit().recent(100)).noneMatch(e -> e.action().equals("coding.add"));
        }
    }

    @Test
    void codingEveryMatchIgnoresCaseAndSkipsOnesAlreadyCoded() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node n = p.nodes().create(null, "North star", "", null);
            List<Coding> first = p.codings().codeMatches(s.id(), n.id(), "North Star", false);
            assertThat(first).extracting(Coding::span).containsExactly(new Span(24, 34));
            List<Coding> rest = p.codings().codeMatches(s.id(), n.id(), "north star", true);
            assertThat(rest).extracting(Coding::span).containsExactly(new Span(58, 68));
            assertThatThrownBy(() -> p.codings().codeMatches(s.id(), n.id(), "polaris", true))
                    .isInstanceOf(QuireException.class).hasMessage("'polaris' does not occur in 'a'");
        }
    }

    @Test
    void codingAWholeSourceCoversAllItsText() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node n = p.nodes().create(null, "Site visit", "", null);
            assertThat(p.codings().codeWhole(s.id(), n.id()).span()).isEqualTo(new Span(0, TEXT.length()));
        }
    }

    @Test
    void uncodingPartOfACodingTrimsOrSplitsIt() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node a = p.nodes().create(null, "A", "", null);
            Node b = p.nodes().create(null, "B", "", null);
            p.codings().code(s.id(), a.id(), new Span(0, 45));
            p.codings().code(s.id(), b.id(), new Span(10, 30));
            p.codings().uncode(s.id(), a.id(), new Span(20, 25));
            assertThat(p.codings().byNode(a.id(), false)).extracting(Coding::span)
                    .containsExactly(new Span(0, 20), new Span(25, 45));
            assertThat(p.codings().byNode(b.id(), false)).extracting(Coding::span).containsExactly(new Span(10, 30));
            p.codings().uncode(s.id(), null, new Span(0, 45));
            assertThat(p.codings().bySource(s.id())).isEmpty();
        }
    }

    @Test
    void offsetsSelectTheSameCharactersAfterReopenWithEmojiAndCombiningMarks() throws Exception {
        // "Cafe\u0301" is decomposed; import normalises it to NFC "Café" before offsets are taken.
        String text = "Zoë said 👩🏽‍⚕️ nurses were \"Cafe\u0301 regulars\" 🙂 and left.";
        Path folder;
        Span span;
        String expected;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            Source s = TestProjects.importText(p, dir, "emoji.txt", text);
            String stored = p.sources().text(s.id()).text();
            assertThat(stored).contains("Café regulars").doesNotContain("Cafe\u0301");
            int start = stored.indexOf("👩🏽‍⚕️");
            int end = stored.indexOf("🙂") + "🙂".length();
            span = new Span(start, end);
            expected = stored.substring(start, end);
            Node n = p.nodes().create(null, "Health workers", "", null);
            p.codings().code(s.id(), n.id(), span);
        }
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            Source s = p.sources().find("emoji");
            Node n = p.nodes().find("Health workers");
            CodedPassage passage = p.codings().passages(n.id(), false).get(0);
            assertThat(passage.coding().span()).isEqualTo(span);
            assertThat(passage.text()).isEqualTo(expected).startsWith("👩🏽‍⚕️").endsWith("🙂");
            assertThat(p.sources().get(s.id()).wordCount()).isEqualTo(9);
        }
    }

    @Test
    void passagesCarryTheirSourceParagraphAndText() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            Node parent = p.nodes().createPath("Vision", null, null);
            Node child = p.nodes().createPath("Vision/Fading", null, null);
            p.codings().code(s.id(), parent.id(), new Span(24, 34));
            p.codings().code(s.id(), child.id(), new Span(58, 74));
            List<CodedPassage> all = p.codings().passages(parent.id(), true);
            assertThat(all).extracting(CodedPassage::text).containsExactly("north star", "north star faded");
            assertThat(all).extracting(CodedPassage::paragraph).containsExactly(1, 2);
            assertThat(all).extracting(CodedPassage::nodePath).containsExactly("Vision", "Vision/Fading");
        }
    }
}
