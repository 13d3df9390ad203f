package org.quire.bench;

import java.util.ArrayList;
import java.util.List;
import org.quire.model.Coding;
import org.quire.model.Source;
import org.quire.store.RawInsertFloor;

/**
 * The floor under storing codings: the project's own codings batch-inserted into a bare table of
 * a new H2 database (no keys, constraints or indexes). Compared with the generator's bulk path and
 * with coding one passage through the service.
 */
final class RawCodingInsert implements Operation.Throughput {
    private long[] source;
    private long[] node;
    private int[] start;
    private int[] end;
    private int run;

    @Override
    public String name() {
        return "raw floor: H2 batch insert of the project's codings, bare table";
    }

    @Override
    public String unit() {
        return "rows";
    }

    @Override
    public void setUp(BenchContext c) {
        List<Coding> all = new ArrayList<>();
        for (Source s : c.project().sources().list()) {
            all.addAll(c.project().codings().bySource(s.id()));
        }
        int n = all.size();
        source = new long[n];
        node = new long[n];
        start = new int[n];
        end = new int[n];
        for (int i = 0; i < n; i++) {
            Coding k = all.get(i);
            source[i] = k.sourceId().value();
            node[i] = k.nodeId().value();
            start[i] = k.span().start();
            end[i] = k.span().end();
        }
    }

    @Override
    public Sample run(BenchContext c) {
        long nanos = RawInsertFloor.insertNanos(c.scratch().resolve("raw-" + run++), source, node, start, end);
        return new Sample(nanos, source.length);
    }
}
