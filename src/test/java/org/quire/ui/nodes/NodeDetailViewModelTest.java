package org.quire.ui.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.service.coding.PassageInContext;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.QueuedTaskRunner;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The node view's passages: context cut from the store, and the list filled page by page. */
class NodeDetailViewModelTest {
    private static final String SMILE = "\uD83D\uDE00";

    @TempDir
    Path dir;

    private Project project(String... texts) throws Exception {
        Project p = Project.create(dir.resolve("P.quire"), "P", "Ann");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path f = dir.resolve(String.format("s%02d.txt", i));
            Files.writeString(f, texts[i]);
            files.add(f);
        }
        p.sources().importPaths(files, ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        return p;
    }

    private static NodeDetailViewModel view(Project p, TaskRunner runner, Node node) {
        WorkbenchViewModel vm = new WorkbenchViewModel(p, runner);
        vm.load();
        return new NodeDetailViewModel(vm, new NodeActions(vm), node.guid(), node.name());
    }

    @Test
    void contextStopsAtTheStartAndEndOfTheTextAndNeverSplitsASurrogatePair() throws Exception {
        // 'a' × 10 then a smile: coding from 101 puts the 90-character edge between the smile's two halves.
        String text = "First words here. " + "x".repeat(10) + " " + "a".repeat(10) + SMILE + "b".repeat(70)
                + " the coded bit " + "c".repeat(60) + SMILE + " tail " + "d".repeat(20) + SMILE + "e".repeat(5)
                + " last words.";
        try (Project p = project(text)) {
            SourceId s = p.sources().find("s00").id();
            Node n = p.nodes().createPath("Edges", "", null);
            int bit = text.indexOf("the coded bit");
            p.codings().code(s, n.id(), new Span(0, 5));
            p.codings().code(s, n.id(), new Span(bit, bit + 13));
            p.codings().code(s, n.id(), new Span(text.length() - 11, text.length()));
            // The window's edge falls between the two halves of a smile on both sides.
            int low = text.indexOf(SMILE) + 1;
            p.codings().code(s, n.id(), new Span(low + 90, low + 95));
            NodeDetailViewModel vm = view(p, new DirectTaskRunner(), n);
            vm.load();

            List<PassageInContext> rows = vm.passages();
            assertThat(rows).extracting(r -> r.passage().text())
                    .containsExactly("First", "the coded bit", text.substring(low + 90, low + 95), "last words.");
            assertThat(rows.get(0).before()).isEmpty();
            assertThat(rows.get(0).after()).isEqualTo(" words here. " + "x".repeat(10));
            assertThat(rows.get(3).after()).isEmpty();
            for (PassageInContext r : rows) {
                int start = r.passage().coding().span().start();
                int end = r.passage().coding().span().end();
                assertThat(r.before()).isEqualTo(fullTextContext(text, Math.max(0, start - 90), start, true));
                assertThat(r.after()).isEqualTo(fullTextContext(text, end, Math.min(text.length(), end + 90), false));
                assertThat(wholePairs(r.before() + r.passage().text() + r.after())).isTrue();
            }
            // The context before the last passage reaches back into smile territory: whole, never half.
            assertThat(rows.get(3).before()).isEqualTo("tail " + "d".repeat(20) + SMILE + "e".repeat(5) + " ");
        }
    }

    @Test
    void contextsReadFromTheStoreMatchThoseCutFromTheWholeText() throws Exception {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        String[] words = {"trust", "board", "partners", SMILE, "naïve", "über" + SMILE, "\n\n", "north star", "x" + SMILE + "y"};
        while (b.length() < 4000) {
            b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
        }
        String text = b.toString().strip();
        try (Project p = project(text)) {
            text = p.sources().text(p.sources().find("s00").id()).text();
            SourceId s = p.sources().find("s00").id();
            Node n = p.nodes().createPath("Random", "", null);
            for (int i = 0; i < 60; i++) {
                int start = random.nextInt(text.length() - 10);
                if (Character.isLowSurrogate(text.charAt(start))) {
                    start++;
                }
                int end = Math.min(text.length(), start + 1 + random.nextInt(120));
                if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                    end++;
                }
                try {
                    p.codings().code(s, n.id(), new Span(start, end));
                } catch (RuntimeException sameSpanTwice) {
                    // a repeat of a span already coded at this node is refused; any other will do
                }
            }
            NodeDetailViewModel vm = view(p, new DirectTaskRunner(), n);
            vm.load();

            assertThat(vm.passages()).hasSize(p.codings().byNode(n.id(), false).size());
            for (PassageInContext r : vm.passages()) {
                int start = r.passage().coding().span().start();
                int end = r.passage().coding().span().end();
                assertThat(r.passage().text()).isEqualTo(text.substring(start, end));
                assertThat(r.before()).isEqualTo(fullTextContext(text, Math.max(0, start - 90), start, true));
                assertThat(r.after()).isEqualTo(fullTextContext(text, end, Math.min(text.length(), end + 90), false));
            }
        }
    }

    @Test
    void theFirstRowsShowAtOnceAndTheRestFollowInOrderPageByPage() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                t.append("Sentence ").append(k).append(" of source ").append(i).append(". ");
            }
            texts.add(t.toString());
        }
        try (Project p = project(texts.toArray(String[]::new))) {
            Node n = p.nodes().createPath("Many", "", null);
            // Coded in an order unlike the view's: last source first, last sentence first.
            for (int i = 11; i >= 0; i--) {
                SourceId s = p.sources().find(String.format("s%02d", i)).id();
                String text = p.sources().text(s).text();
                for (int k = 59; k >= 0; k -= 1) {
                    int at = text.indexOf("Sentence " + k + " ");
                    p.codings().code(s, n.id(), new Span(at, at + 10));
                }
            }
            QueuedTaskRunner runner = new QueuedTaskRunner();
            NodeDetailViewModel vm = view(p, runner, n);
            runner.drain();
            vm.load();
            runner.runOne();

            assertThat(vm.passages()).hasSize(NodeDetailViewModel.FIRST_PAGE);
            assertThat(vm.summaryProperty().get()).isEqualTo("720 passages in 12 sources");
            // The memo's read was queued with the node's; the next page comes after it.
            while (vm.passages().size() == NodeDetailViewModel.FIRST_PAGE) {
                runner.runOne();
            }
            assertThat(vm.passages()).hasSize(NodeDetailViewModel.FIRST_PAGE + NodeDetailViewModel.PAGE);
            runner.drain();

            List<CodedPassage> all = p.codings().passages(n.id(), false);
            assertThat(vm.passages()).hasSize(720);
            assertThat(vm.passages()).extracting(r -> r.passage().coding().id())
                    .containsExactlyElementsOf(all.stream().map(c -> c.coding().id()).toList());
            assertThat(vm.passages()).extracting(r -> r.passage().source().name() + ":" + r.passage().text())
                    .startsWith("s00:Sentence 0", "s00:Sentence 1", "s00:Sentence 2")
                    .endsWith("s11:Sentence 5", "s11:Sentence 5");
        }
    }

    @Test
    void anEditWhilePagesAreStillComingStartsAgainWithoutDuplicates() throws Exception {
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < 400; k++) {
            t.append("Line ").append(k).append(". ");
        }
        try (Project p = project(t.toString())) {
            SourceId s = p.sources().find("s00").id();
            String text = p.sources().text(s).text();
            Node n = p.nodes().createPath("Lines", "", null);
            for (int k = 0; k < 400; k++) {
                int at = text.indexOf("Line " + k + ".");
                p.codings().code(s, n.id(), new Span(at, at + 4));
            }
            QueuedTaskRunner runner = new QueuedTaskRunner();
            NodeDetailViewModel vm = view(p, runner, n);
            runner.drain();
            vm.load();
            runner.runOne();
            runner.runOne();
            vm.load();
            runner.drain();

            assertThat(vm.passages()).hasSize(400);
            assertThat(vm.passages().stream().map(r -> r.passage().coding().id()).distinct().count()).isEqualTo(400);
        }
    }

    /** The context as the view cut it from the whole text before it read windows from the store. */
    private static String fullTextContext(String text, int from, int to, boolean before) {
        String piece = text.substring(from, to);
        int cut = before ? piece.lastIndexOf('\n') : piece.indexOf('\n');
        if (cut >= 0) {
            piece = before ? piece.substring(cut + 1) : piece.substring(0, cut);
        }
        if (before && from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && cut < 0) {
            int space = piece.indexOf(' ');
            piece = space < 0 ? "" : piece.substring(space + 1);
        } else if (!before && to < text.length() && !Character.isWhitespace(text.charAt(to)) && cut < 0) {
            int space = piece.lastIndexOf(' ');
            piece = space < 0 ? "" : piece.substring(0, space);
        }
        return piece.replaceAll("\\s+", " ");
    }

    private static boolean wholePairs(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
