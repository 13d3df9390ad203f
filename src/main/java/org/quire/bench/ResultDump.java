package org.quire.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceFilter;
import org.quire.service.Project;
import org.quire.service.coding.NodeCoverage;
import org.quire.service.coding.SourceCoverage;
import org.quire.service.method.ChecklistItem;
import org.quire.service.method.Phase;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.queries.MatrixResult;
import org.quire.service.queries.Passage;
import org.quire.service.queries.QueryResult;
import org.quire.service.search.WordCount;
import org.quire.service.search.WordFrequency;
import org.quire.service.search.WordOptions;

/**
 * Writes, in full, what the interactive benchmark rows compute (node counts, the 50 × 50 matrix,
 * the coding queries, word frequency, coverage, phases and checklist) as plain lines, so two builds
 * run on copies of the same project can be compared with {@code diff}: a faster path must give the
 * very same results. The phases and the checklist are written first, before the matrix and the
 * queries add to the activity record they count.
 */
public final class ResultDump {
    private ResultDump() {
    }

    /** Opens {@code folder}, writes every result to {@code out} and closes the project again. */
    public static void write(Path folder, String coder, Path out) throws IOException {
        Path scratch = Files.createTempDirectory("quire-results");
        try (BenchContext c = new BenchContext(folder, coder, scratch, 1, 0);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PrintWriter p = new PrintWriter(w)) {
            write(c, p);
        }
    }

    private static void write(BenchContext c, PrintWriter out) {
        Project p = c.project();
        for (Phase phase : p.phases().phases()) {
            out.println("phase " + phase.number() + " " + phase.name() + " last=" + phase.lastActivity());
            phase.measures().forEach(m -> out.println("  " + m.label() + " = " + m.value() + " of " + m.of()));
        }
        for (ChecklistItem item : p.checklist().items()) {
            out.println("checklist " + item.point().number() + " answer=" + item.answer());
            item.evidence().forEach(l -> out.println("  evidence: " + l));
            item.items().forEach(l -> out.println("  item: " + l));
        }
        NodeTree tree = p.nodes().tree();
        Map<NodeId, NodeCounts> counts = p.nodes().counts();
        for (var n : c.nodes()) {
            out.println("counts " + tree.path(n.id()) + " " + counts.get(n.id()));
        }
        for (SourceCoverage s : p.coverage().sources()) {
            out.println("coverage source " + s.source().id().value() + " " + s.source().path() + " chars="
                    + s.codedChars() + " percent=" + s.percent() + " codings=" + s.codings() + " nodes=" + s.nodes());
        }
        for (NodeCoverage n : p.coverage().nodes()) {
            out.println("coverage node " + n.path() + " sources=" + n.sources() + " refs=" + n.references() + " words="
                    + n.words());
        }
        var paths = c.nodes().stream().limit(50).map(n -> tree.path(n.id())).toList();
        MatrixAxis.Nodes axis = new MatrixAxis.Nodes(paths, true);
        MatrixResult m = p.matrices().run(axis, axis);
        out.println("matrix rows " + m.rows());
        out.println("matrix columns " + m.columns());
        for (int r = 0; r < m.rows().size(); r++) {
            out.println("matrix references " + r + " " + Arrays.toString(m.references()[r]));
            out.println("matrix sources " + r + " " + Arrays.toString(m.sources()[r]));
            out.println("matrix words " + r + " " + Arrays.toString(m.words()[r]));
        }
        for (String op : new String[] {"AND", "OR", "NOT", "NEAR/PARA", "NEAR/50"}) {
            String expression = CodingQueries.expression(c, op);
            query(out, p.queries().run(expression, SourceFilter.ALL));
            query(out, p.queries().run(expression, CodingQueries.FIELD_NOTES));
        }
        words(out, "all", p.words().words(WordOptions.defaults().top(100)));
        words(out, "all exact", p.words().words(WordOptions.defaults().top(100).exact(true)));
        String folder = SearchOperations.WordsInFolder.largestFolder(p);
        words(out, folder, p.words().words(WordOptions.defaults().top(100).filter(SourceFilter.ALL.inFolder(folder))));
        words(out, "field notes", p.words().words(WordOptions.defaults().top(100).filter(CodingQueries.FIELD_NOTES)));
        var top = c.nodes().stream().max(Comparator.comparingInt(n -> counts.get(n.id()).references())).orElseThrow();
        words(out, "in node " + tree.path(top.id()), p.words().words(WordOptions.defaults().top(100).inNode(top.id())));
    }

    private static void query(PrintWriter out, QueryResult r) {
        out.println("query " + r.expression() + " passages=" + r.passages().size() + " sources=" + r.sources()
                + " words=" + r.words());
        for (Passage x : r.passages()) {
            out.println("  " + x.source().id().value() + " " + x.span() + " p" + x.paragraph() + " page" + x.page()
                    + " len=" + x.text().length() + " hash=" + x.text().hashCode());
        }
    }

    private static void words(PrintWriter out, String label, WordFrequency wf) {
        out.println("words " + label + " total=" + wf.totalWords() + " sources=" + wf.sources());
        for (WordCount w : wf.words()) {
            out.println("  " + w.word() + " " + w.count() + " " + w.weightedPercent() + " " + w.forms());
        }
    }
}
