package org.quire.generate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.Coder;
import org.quire.model.Memo;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.store.AttributeStore;
import org.quire.store.CodingStore;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.ProjectLayout;
import org.quire.store.SourceStore;

/**
 * Writes a large amount of project data through the store's repositories in large transactions
 * with JDBC batches, instead of one service call (one transaction, one commit, one audit entry)
 * per row. The audit trail gets one summary entry per batch ({@code generate.*}) naming what
 * was added, not one entry per coding. Works on a closed project: it takes the project's lock
 * for itself.
 */
final class BulkLoader implements AutoCloseable {
    /** A node to add; {@code parent} indexes an earlier entry of the same list, or is -1. */
    record NewNode(int parent, String name, String description, String color) {
    }

    /** A source to add with its attribute values and the passages to code in it. */
    record NewSource(SourceStore.NewSource source, Map<String, String> attributes, List<NewCoding> codings) {
    }

    /** A passage to code at the node with this index in the list given to {@link #addNodes}. */
    record NewCoding(int node, Span span, Instant at) {
    }

    /** A memo entry to add, dated. */
    record NewEntry(MemoTarget target, String title, String body, Instant at) {
    }

    private final Database db;
    private final Coder coder;
    private final Map<String, AttributeDefinition> attributes = new HashMap<>();
    private List<NodeId> nodeIds = List.of();
    private long codingNanos;
    private long codingRows;

    BulkLoader(Path folder, String coderName) {
        this.db = Database.open(new ProjectLayout(folder));
        try {
            this.coder = db.write(null, tx -> tx.coders().getOrCreate(coderName));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Coder coder() {
        return coder;
    }

    /** Adds the code book in one transaction; returns the nodes in the order given. */
    List<Node> addNodes(List<NewNode> nodes) {
        List<Node> added = db.write(coder, tx -> {
            List<Node> out = new ArrayList<>(nodes.size());
            for (NewNode n : nodes) {
                NodeId parent = n.parent() < 0 ? null : out.get(n.parent()).id();
                out.add(tx.nodes().insert(Guids.next(), parent, n.name(), n.description(), n.color(),
                        tx.now()));
            }
            tx.audit().record("generate.nodes", "project", null, "Generated a code book of " + out.size() + " nodes",
                    null, Map.of("nodes", out.size()));
            return out;
        });
        nodeIds = added.stream().map(Node::id).toList();
        return added;
    }

    /** Adds sources, their attribute values and codings in one transaction with one audit entry. */
    List<Source> addSources(List<NewSource> batch) {
        return db.write(coder, tx -> {
            List<Source> stored = new ArrayList<>(batch.size());
            List<CodingStore.NewCoding> codings = new ArrayList<>();
            List<AttributeStore.NewSourceValue> values = new ArrayList<>();
            long words = 0;
            for (NewSource s : batch) {
                Source source = tx.sources().insert(s.source());
                stored.add(source);
                words += source.wordCount();
                for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                    AttributeDefinition def = attributes.computeIfAbsent(a.getKey(), name -> tx.attributes()
                            .byName(AttributeScope.SOURCE, name)
                            .orElseThrow(() -> new QuireException("No source attribute '" + name + "'")));
                    values.add(new AttributeStore.NewSourceValue(source.id(), def.id(), a.getValue()));
                }
                for (NewCoding c : s.codings()) {
                    codings.add(new CodingStore.NewCoding(Guids.next(), source.id(),
                            nodeIds.get(c.node()), c.span(), coder.id(), c.at()));
                }
            }
            tx.attributes().insertSourceValues(values);
            long t0 = System.nanoTime();
            tx.codings().insertBatch(codings);
            codingNanos += System.nanoTime() - t0;
            codingRows += codings.size();
            tx.audit().record("generate.sources", "project", null, String.format(java.util.Locale.ROOT,
                    "Generated %d sources (%,d words) and %,d codings", stored.size(), words, codings.size()),
                    null, Map.of("sources", stored.size(), "words", words, "codings", codings.size()));
            return stored;
        });
    }

    /** Adds memo entries (creating each target's memo when it has none) in one transaction. */
    int addMemoEntries(List<NewEntry> entries) {
        return db.write(coder, tx -> {
            for (NewEntry e : entries) {
                Memo memo = tx.memos().forTarget(e.target())
                        .orElseGet(() -> tx.memos().insert(Guids.next(), e.target(), e.title(), e.at()));
                tx.memos().addEntry(Guids.next(), memo.id(), e.at(), coder.id(), coder.name(), e.body());
            }
            tx.audit().record("generate.memos", "project", null, "Generated " + entries.size() + " dated memo entries",
                    null, Map.of("entries", entries.size()));
            return entries.size();
        });
    }

    /** Time spent in the coding batches so far (insert only, not the commit). */
    long codingNanos() {
        return codingNanos;
    }

    long codingRows() {
        return codingRows;
    }

    @Override
    public void close() {
        db.close();
    }
}
