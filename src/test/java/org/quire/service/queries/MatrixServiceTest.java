package org.quire.service.queries;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixServiceTest {
    @TempDir
    Path dir;

    //                                 0         1         2         3         4         5
    //                                 012345678901234567890123456789012345678901234567890123456789
    private static final String A = "Trust was low at first.\n\nThe voluntary sector felt unheard.\n";
    private static final String B = "Trust grew. The sector was heard.\n";

    private Source a;
    private Source b;

    private Project setUp() throws Exception {
        Project p = TestProjects.create(dir);
        a = TestProjects.importText(p, dir, "a.txt", A);
        b = TestProjects.importText(p, dir, "b.txt", B);
        Node trust = p.nodes().createPath("Partnership/Trust", null, null);
        Node feelings = p.nodes().createPath("Feelings", null, null);
        Node low = p.nodes().createPath("Feelings/Low", null, null);
        Node unheard = p.nodes().createPath("Feelings/Unheard", null, null);
        Node sector = p.nodes().createPath("Voluntary sector", null, null);
        p.codings().code(a.id(), trust.id(), new Span(0, 23));      // Trust was low at first.
        p.codings().code(a.id(), low.id(), new Span(10, 13));       // low (inside Trust)
        p.codings().code(a.id(), feelings.id(), new Span(10, 13));  // the same passage at the parent
        p.codings().code(a.id(), sector.id(), new Span(29, 45));    // voluntary sector
        p.codings().code(a.id(), unheard.id(), new Span(38, 59));   // " sector felt unheard." (overlaps sector)
        p.codings().code(b.id(), trust.id(), new Span(0, 11));      // Trust grew.
        p.codings().code(b.id(), low.id(), new Span(6, 22));        // grew. The sector
        p.codings().code(b.id(), sector.id(), new Span(16, 22));    // sector
        p.codings().code(b.id(), unheard.id(), new Span(15, 33));   // " sector was heard."
        return p;
    }

    private static MatrixAxis axis(Project p, String spec) {
        return p.matrices().axis(spec, true);
    }

    private static String cell(MatrixResult m, int r, int c) {
        return m.references()[r][c] + "/" + m.sources()[r][c] + "/" + m.words()[r][c];
    }

    @Test
    void nodeByNodeCountsOverlapsOfNestedAndPartlyOverlappingCodings() throws Exception {
        try (Project p = setUp()) {
            MatrixResult m = p.matrices().run(axis(p, "nodes:Partnership/Trust,Voluntary sector"),
                    axis(p, "nodes:Feelings,Partnership/Trust"));
            assertThat(m.rows()).containsExactly("Partnership/Trust", "Voluntary sector");
            assertThat(m.columns()).containsExactly("Feelings", "Partnership/Trust");
            // Trust ∩ Feelings: "low" in a, "grew." in b.
            assertThat(cell(m, 0, 0)).isEqualTo("2/2/2");
            // A node against itself: its own codings and words.
            assertThat(cell(m, 0, 1)).isEqualTo("2/2/7");
            // b's "sector" overlaps two Feelings codings: one reference, its word counted once.
            assertThat(cell(m, 1, 0)).isEqualTo("2/2/2");
            assertThat(cell(m, 1, 1)).isEqualTo("0/0/0");
        }
    }

    @Test
    void aNodeStandsForItsDescendantsUnlessOnlyItsOwnCodingsAreAsked() throws Exception {
        try (Project p = setUp()) {
            MatrixResult aggregate = p.matrices().run(axis(p, "nodes:Feelings"), axis(p, "nodes:Partnership/Trust"));
            // The parent's coding of "low" duplicates Low's: one reference, not two.
            assertThat(cell(aggregate, 0, 0)).isEqualTo("2/2/2");
            MatrixResult own = p.matrices().run(p.matrices().axis("nodes:Feelings", false),
                    axis(p, "nodes:Partnership/Trust"));
            assertThat(cell(own, 0, 0)).isEqualTo("1/1/1");
            MatrixResult children = p.matrices().run(axis(p, "children:Feelings"), axis(p, "nodes:Voluntary sector"));
            assertThat(children.rows()).containsExactly("Feelings/Low", "Feelings/Unheard");
            assertThat(cell(children, 0, 0)).isEqualTo("1/1/1");
            assertThat(cell(children, 1, 0)).isEqualTo("2/2/2");
        }
    }

    @Test
    void nodeByAttributeValueCountsCodingsInSourcesWithThatValue() throws Exception {
        try (Project p = setUp()) {
            p.attributes().define(AttributeScope.SOURCE, "Setting", AttributeType.TEXT, List.of());
            p.attributes().setSourceValue(a, "Setting", "urban");
            p.attributes().setSourceValue(b, "Setting", "rural");
            MatrixResult m = p.matrices().run(axis(p, "nodes:Partnership/Trust,Voluntary sector"),
                    axis(p, "attr:setting"));
            assertThat(m.columns()).containsExactly("rural", "urban");
            assertThat(cell(m, 0, 0)).isEqualTo("1/1/2");
            assertThat(cell(m, 0, 1)).isEqualTo("1/1/5");
            assertThat(cell(m, 1, 0)).isEqualTo("1/1/1");
            assertThat(cell(m, 1, 1)).isEqualTo("1/1/2");
            List<Passage> passages = p.matrices().cell(axis(p, "nodes:Partnership/Trust,Voluntary sector"),
                    axis(p, "attr:Setting"), 0, 1);
            assertThat(passages).extracting(Passage::text).containsExactly("Trust was low at first.");
        }
    }

    @Test
    void casesAgainstNodesCountTheNodesCodingsInTheCase() throws Exception {
        try (Project p = setUp()) {
            CaseRecord ana = p.cases().create("Ana", null);
            CaseRecord ben = p.cases().create("Ben", null);
            p.cases().link(ana.id(), a.id(), null);
            p.cases().link(ben.id(), b.id(), new Span(0, 11));
            MatrixResult m = p.matrices().run(axis(p, "cases"), axis(p, "nodes:Partnership/Trust,Voluntary sector"));
            assertThat(m.rows()).containsExactly("Ana", "Ben");
            assertThat(cell(m, 0, 0)).isEqualTo("1/1/5");
            assertThat(cell(m, 0, 1)).isEqualTo("1/1/2");
            assertThat(cell(m, 1, 0)).isEqualTo("1/1/2");
            // Ben's passage ends before b's "sector".
            assertThat(cell(m, 1, 1)).isEqualTo("0/0/0");
            MatrixResult transposed = p.matrices().run(axis(p, "nodes:Partnership/Trust,Voluntary sector"),
                    axis(p, "cases"));
            assertThat(cell(transposed, 0, 1)).isEqualTo("1/1/2");
            assertThat(cell(transposed, 1, 1)).isEqualTo("0/0/0");
        }
    }

    @Test
    void percentagesAreOfTheRowAndColumnTotals() throws Exception {
        try (Project p = setUp()) {
            MatrixResult m = p.matrices().run(axis(p, "nodes:Partnership/Trust,Voluntary sector"),
                    axis(p, "nodes:Feelings,Partnership/Trust"));
            assertThat(m.rowPercent(0, 0, MatrixValue.REFERENCES)).isEqualTo(50.0);
            assertThat(m.rowPercent(1, 0, MatrixValue.REFERENCES)).isEqualTo(100.0);
            assertThat(m.columnPercent(0, 1, MatrixValue.WORDS)).isEqualTo(100.0);
            assertThat(m.columnPercent(1, 0, MatrixValue.SOURCES)).isEqualTo(50.0);
            assertThat(m.rowPercent(1, 1, MatrixValue.WORDS)).isEqualTo(0.0);
        }
    }

    @Test
    void aCellDrillsDownToItsOverlappingTextInReadingOrder() throws Exception {
        try (Project p = setUp()) {
            List<Passage> passages = p.matrices().cell(axis(p, "nodes:Voluntary sector"), axis(p, "nodes:Feelings"),
                    0, 0);
            assertThat(passages).extracting(Passage::text).containsExactly(" sector", "sector");
            assertThat(passages.get(0).source().name()).isEqualTo("a");
            assertThat(passages.get(0).span()).isEqualTo(new Span(38, 45));
            assertThat(passages.get(0).paragraph()).isEqualTo(2);
            assertThatThrownBy(() -> p.matrices().cell(axis(p, "nodes:Feelings"), axis(p, "nodes:Feelings"), 1, 0))
                    .isInstanceOf(QuireException.class).hasMessageContaining("no cell 2,1");
        }
    }

    @Test
    void unknownRowsAreRefusedByName() throws Exception {
        try (Project p = setUp()) {
            assertThatThrownBy(() -> axis(p, "people")).isInstanceOf(QuireException.class)
                    .hasMessage("Cannot read 'people' as matrix rows or columns: write nodes:PATH,PATH, "
                            + "children:PATH, cases or attr:NAME");
            assertThatThrownBy(() -> p.matrices().run(axis(p, "nodes:Nope"), axis(p, "cases")))
                    .isInstanceOf(QuireException.class).hasMessageContaining("No node 'Nope'");
            assertThatThrownBy(() -> p.matrices().run(axis(p, "nodes:Feelings"), axis(p, "attr:age")))
                    .isInstanceOf(QuireException.class).hasMessage("No source attribute named 'age'");
        }
    }

    @Test
    void aMatrixOfManyNodesCountsTheSameWhetherCodingsAreReadNodeByNodeOrAllAtOnce() throws Exception {
        try (Project p = setUp()) {
            // 320 children: past the point where the matrix reads every coding at once.
            for (int i = 0; i < 320; i++) {
                Node n = p.nodes().createPath(String.format("Many/N%03d", i), null, null);
                if (i % 8 == 0 || i == 7 || i == 319) {
                    p.codings().code(i % 2 == 0 ? a.id() : b.id(), n.id(), new Span(i % 10, 10 + i % 10));
                }
            }
            MatrixResult all = p.matrices().run(axis(p, "children:Many"), axis(p, "nodes:Partnership/Trust"));
            for (int i : new int[] {0, 1, 7, 8, 319}) {
                String path = String.format("Many/N%03d", i);
                MatrixResult one = p.matrices().run(axis(p, "nodes:" + path), axis(p, "nodes:Partnership/Trust"));
                assertThat(cell(all, i, 0)).as(path).isEqualTo(cell(one, 0, 0));
            }
            assertThat(cell(all, 0, 0)).isEqualTo("1/1/2"); // "Trust was " inside "Trust was low at first."
            assertThat(cell(all, 1, 0)).isEqualTo("0/0/0");
        }
    }

    @Test
    void aMatrixOrQueryStoppedByTheUserEndsWithoutAResult() throws Exception {
        try (Project p = setUp()) {
            assertThatThrownBy(() -> p.matrices().run(axis(p, "children:Feelings"), axis(p, "nodes:Partnership/Trust"),
                    () -> true)).isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThatThrownBy(() -> p.queries().run("\"Partnership/Trust\" AND \"Feelings/Low\"", SourceFilter.ALL, () -> true))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            // Not stopped, the same work completes.
            assertThat(p.queries().run("\"Partnership/Trust\" AND \"Feelings/Low\"", SourceFilter.ALL, () -> false).passages()).isNotEmpty();
        }
    }
}
