package org.quire.ui.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.coding.CodingPanelViewModel;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The document tabs' rules and the codings-only refresh after an edit, without a toolkit. */
class DocumentTabsModelTest {
    @TempDir
    Path dir;

    private Project project;
    private WorkbenchViewModel vm;
    private DocumentTabsModel tabs;

    @BeforeEach
    void open() throws Exception {
        project = Project.create(dir.resolve("P.quire"), "P", "Ann");
        List<Path> files = List.of(write("alpha.txt", "The north star of the partnership.\n\nTrust came later."),
                write("beta.txt", "Minutes of the steering group.\n\nMoney was short."),
                write("gamma.txt", "A newsletter about the garden project."));
        project.sources().importPaths(files, ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        vm = new WorkbenchViewModel(project, new DirectTaskRunner());
        tabs = vm.documents();
        vm.load();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Source source(String name) {
        return vm.sources().stream().filter(s -> s.name().equals(name) || s.name().equals(name.replace(".txt", ""))).findFirst().orElseThrow();
    }

    private List<String> names() {
        return tabs.documents().stream().map(d -> d.source().name().replace(".txt", "")).toList();
    }

    private String selected() {
        return vm.documentProperty().get() == null ? null : vm.documentProperty().get().source().name().replace(".txt", "");
    }

    @Test
    void aSourceCountsAsBeingReadFromTheRequestToItsTabAndNotWhenItIsOpenAlready() {
        List<Integer> seen = new java.util.ArrayList<>();
        tabs.readingProperty().addListener((o, was, now) -> seen.add(now.intValue()));

        vm.open(source("alpha.txt"));
        vm.open(source("alpha.txt"));

        // Counted before the read starts (the tabs make a view meanwhile), and back to none once the
        // tab is there; a source already open is only selected.
        assertThat(seen).containsExactly(1, 0);
    }

    @Test
    void openingAnAlreadyOpenSourceSelectsItsTabInsteadOfOpeningASecond() {
        vm.open(source("alpha.txt"));
        vm.open(source("beta.txt"));
        assertThat(names()).containsExactly("alpha", "beta");
        assertThat(selected()).isEqualTo("beta");
        int fronted = tabs.frontedProperty().get();

        vm.open(source("alpha.txt"));

        assertThat(names()).containsExactly("alpha", "beta");
        assertThat(selected()).isEqualTo("alpha");
        assertThat(tabs.frontedProperty().get()).isGreaterThan(fronted);
    }

    @Test
    void closingTheSelectedTabSelectsTheOneToItsRightThenToItsLeftThenNone() {
        vm.open(source("alpha.txt"));
        vm.open(source("beta.txt"));
        vm.open(source("gamma.txt"));
        tabs.select(source("beta.txt").id());

        tabs.closeSelected();
        assertThat(names()).containsExactly("alpha", "gamma");
        assertThat(selected()).isEqualTo("gamma");

        tabs.closeSelected();
        assertThat(selected()).isEqualTo("alpha");

        tabs.closeSelected();
        assertThat(names()).isEmpty();
        assertThat(selected()).isNull();
    }

    @Test
    void nextAndPreviousCycleThroughTheDocumentsWrappingRound() {
        vm.open(source("alpha.txt"));
        vm.open(source("beta.txt"));
        vm.open(source("gamma.txt"));

        tabs.next();
        assertThat(selected()).isEqualTo("alpha");
        tabs.next();
        assertThat(selected()).isEqualTo("beta");
        tabs.previous();
        tabs.previous();
        assertThat(selected()).isEqualTo("gamma");
    }

    @Test
    void codingRereadsOnlyTheCodingsKeepingTheTextAndUpdatesTheCodesPanelFromTheDocument() {
        CodingPanelViewModel panel = new CodingPanelViewModel(vm);
        vm.open(source("beta.txt"));
        OpenDocument beta = vm.documentProperty().get();
        vm.open(source("alpha.txt"));
        OpenDocument before = vm.documentProperty().get();
        panel.select(4, 14);

        vm.quickCode("Vision", new Span(4, 14));

        // Opened: the text comes split and styled from the background read, for the area to take as is.
        assertThat(before.styled()).isNotNull();
        assertThat(before.styled().getText()).isEqualTo(before.text().text());
        OpenDocument after = vm.documentProperty().get();
        assertThat(after.source().name()).startsWith("alpha");
        // After an edit only the changed stretch is restyled: no styled text is made again.
        assertThat(after.styled()).isNull();
        // The same text object: the text was not read again, only the codings.
        assertThat(after.text()).isSameAs(before.text());
        assertThat(after.highlights()).singleElement().satisfies(h -> {
            assertThat(h.nodePath()).isEqualTo("Vision");
            assertThat(h.coder()).isEqualTo("Ann");
            assertThat(h.span()).isEqualTo(new Span(4, 14));
        });
        assertThat(panel.here()).extracting(CodedPassage::nodePath, CodedPassage::text, CodedPassage::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vision", "north star", 1));
        // The other tab's source had no change: its document is the one first read (compared off the
        // window thread and left alone).
        assertThat(tabs.documents().get(0)).isSameAs(beta);
        assertThat(tabs.documents().get(0).highlights()).isEmpty();

        vm.undo();
        assertThat(vm.documentProperty().get().highlights()).isEmpty();
        assertThat(panel.here()).isEmpty();
        vm.redo();
        assertThat(panel.here()).extracting(CodedPassage::nodePath).containsExactly("Vision");
    }

    @Test
    void afterACodingTheCodeBookHandsOverTheRowsItDidNotChangeAsTheSameObjects() {
        vm.createNode("Elsewhere", "");
        vm.createNode("Vision", "");
        vm.open(source("alpha.txt"));
        var elsewhere = vm.nodes().stream().filter(r -> r.path().equals("Elsewhere")).findFirst().orElseThrow();

        vm.quickCode("Vision", new Span(4, 14));

        // The tree finds the rows a coding changed by identity (NodeCommands.updateInPlace).
        assertThat(vm.nodes()).filteredOn(r -> r.path().equals("Elsewhere")).singleElement().isSameAs(elsewhere);
        var vision = vm.nodes().stream().filter(r -> r.path().equals("Vision")).findFirst().orElseThrow();
        assertThat(vision.references()).isEqualTo(1);
        vm.undo();
        assertThat(vm.nodes()).filteredOn(r -> r.path().equals("Vision")).singleElement()
                .satisfies(r -> assertThat(r.references()).isZero());
        assertThat(vm.nodes()).filteredOn(r -> r.path().equals("Elsewhere")).singleElement().isSameAs(elsewhere);
    }

    @Test
    void anEditInOneTabReachesEveryOpenSourceItTouches() {
        vm.open(source("alpha.txt"));
        vm.quickCode("Place/Garden", new Span(0, 9));
        vm.open(source("beta.txt"));
        vm.quickCode("Place/Office", new Span(0, 7));
        var office = vm.nodes().stream().filter(r -> r.path().equals("Place/Office")).findFirst().orElseThrow();

        vm.renameNode(office, "Meeting room");

        assertThat(tabs.documents().get(1).highlights()).extracting(Highlight::nodePath)
                .containsExactly("Place/Meeting room");
        assertThat(tabs.documents().get(0).highlights()).extracting(Highlight::nodePath)
                .containsExactly("Place/Garden");
    }

    @Test
    void aSourceRenamedElsewhereRenamesItsTabAndADeletedOneClosesIt() {
        vm.open(source("alpha.txt"));
        vm.open(source("beta.txt"));

        project.sources().rename(source("alpha.txt").id(), "Field notes 1");
        project.sources().delete(source("beta.txt").id());
        vm.load();

        assertThat(names()).containsExactly("Field notes 1");
        assertThat(selected()).isEqualTo("Field notes 1");
    }

    @Test
    void aStretchIsStyledExactlyAsTheWholeTextStylesIt() {
        var highlights = List.of(
                new Highlight(new Span(2, 30), "#4e79a7", "A", null, null),
                new Highlight(new Span(10, 50), "#f28e2b", "B", null, null),
                new Highlight(new Span(60, 70), "#e15759", "C", null, null));
        StyleSpans<String> whole = DocumentView.styles(100, highlights);
        StyleSpans<String> part = DocumentView.styles(new Span(20, 65), highlights);
        for (int at = 20; at < 65; at++) {
            assertThat(styleAt(part, at - 20)).as("offset " + at).isEqualTo(styleAt(whole, at));
        }
        assertThat(part.length()).isEqualTo(45);
    }

    @Test
    void theRepaintedStretchCoversExactlyTheCodingsAddedRemovedOrRecoloured() {
        var a = new Highlight(new Span(2, 30), "#4e79a7", "A", null, null);
        var b = new Highlight(new Span(10, 50), "#f28e2b", "B", null, null);
        var c = new Highlight(new Span(60, 70), "#e15759", "C", null, null);
        var added = new Highlight(new Span(40, 45), "#76b7b2", "D", null, null);
        var recoloured = new Highlight(new Span(60, 70), "#000000", "C", null, null);

        assertThat(DocumentView.changed(List.of(a, b, c), List.of(a, b, c))).isNull();
        assertThat(DocumentView.changed(List.of(a, b, c), List.of(a, b, added, c))).isEqualTo(new Span(40, 45));
        assertThat(DocumentView.changed(List.of(a, b, c), List.of(a, c))).isEqualTo(new Span(10, 50));
        assertThat(DocumentView.changed(List.of(a, b, c), List.of(a, b, recoloured))).isEqualTo(new Span(60, 70));
        // Out of order (not from the service): the same answer the slow way.
        assertThat(DocumentView.changed(List.of(c, a), List.of(c, b, a))).isEqualTo(new Span(10, 50));
    }

    private static String styleAt(StyleSpans<String> spans, int offset) {
        int pos = 0;
        for (var span : spans) {
            if (offset < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        throw new IllegalArgumentException("offset " + offset);
    }
}
