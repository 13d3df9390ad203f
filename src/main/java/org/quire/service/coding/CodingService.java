package org.quire.service.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.analysis.Intervals;
import org.quire.model.Coder;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * Coding and uncoding passages. Overlapping and nested codings are allowed, a whole source can be
 * coded, and coding exactly the same passage at the same node twice is refused.
 */
public final class CodingService {
    private static final int SUMMARY_CHARS = 60;

    private final Database db;
    private final Coder coder;

    public CodingService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /** Codes {@code span} of a source at a node. */
    public Coding code(SourceId sourceId, NodeId nodeId, Span span) {
        return db.write(coder, tx -> {
            Source source = source(tx, sourceId);
            Node node = tx.nodes().existing(nodeId);
            // The source's length and the coded words only: reading a long source's whole text on
            // every coding made coding it slow.
            Validation.span(source.name(), source.length(), span);
            String extract = tx.sources().extract(sourceId, span);
            if (tx.codings().find(nodeId, sourceId, span).isPresent()) {
                throw new QuireException("'" + shorten(extract) + "' in '" + source.name()
                        + "' is already coded at '" + tx.nodes().path(nodeId) + "'");
            }
            return insert(tx, source, node, extract, span);
        });
    }

    /** Codes the whole text of a source at a node. */
    public Coding codeWhole(SourceId sourceId, NodeId nodeId) {
        int length = get(sourceId).length();
        return code(sourceId, nodeId, new Span(0, length));
    }

    /**
     * Codes occurrences of {@code match} (compared ignoring case) in a source: the first one, or
     * every one when {@code all}. Occurrences already coded at the node are left as they are.
     *
     * @return the new codings; a text that does not occur is refused
     */
    public List<Coding> codeMatches(SourceId sourceId, NodeId nodeId, String match, boolean all) {
        if (match == null || match.isEmpty()) {
            throw new QuireException("The text to code cannot be empty");
        }
        return db.write(coder, tx -> {
            Source source = source(tx, sourceId);
            Node node = tx.nodes().existing(nodeId);
            SourceText text = tx.sources().text(sourceId);
            List<Span> found = find(text.text(), match, all);
            if (found.isEmpty()) {
                throw new QuireException("'" + shorten(match) + "' does not occur in '" + source.name() + "'");
            }
            List<Coding> created = new ArrayList<>();
            for (Span span : found) {
                if (tx.codings().find(nodeId, sourceId, span).isEmpty()) {
                    created.add(insert(tx, source, node, text, span));
                }
            }
            return created;
        });
    }

    public static List<Span> find(String text, String match, boolean all) {
        List<Span> spans = new ArrayList<>();
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = match.toLowerCase(Locale.ROOT);
        // Lower-casing can change lengths (e.g. 'İ'); fall back to exact matching then.
        boolean foldable = haystack.length() == text.length() && needle.length() == match.length();
        if (!foldable) {
            haystack = text;
            needle = match;
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            spans.add(new Span(at, at + needle.length()));
            if (!all) {
                break;
            }
        }
        return spans;
    }

    private Coding insert(Tx tx, Source source, Node node, SourceText text, Span span) {
        return insert(tx, source, node, text.extract(span), span);
    }

    private Coding insert(Tx tx, Source source, Node node, String extract, Span span) {
        Coding coding = tx.codings().insert(Guids.next(), source.id(), node.id(), span, coder.id(),
                tx.now());
        tx.audit().record("coding.add", "coding", coding.guid(), "Coded '" + shorten(extract) + "' in '"
                + source.name() + "' at '" + tx.nodes().path(node.id()) + "'", null, coding, node.guid(),
                source.guid());
        return coding;
    }

    /**
     * Removes coding from {@code span} of a source: at one node, or at every node when
     * {@code nodeId} is null. Codings inside the span go; codings that reach beyond it are
     * trimmed (or split in two) so that only the span is uncoded.
     *
     * @return how many codings were removed or changed
     */
    public int uncode(SourceId sourceId, NodeId nodeId, Span span) {
        return uncodeRecorded(sourceId, nodeId, span).removed().size();
    }

    /** What an uncode changed: the codings it removed and the trimmed pieces it put in their place. */
    public record Uncoding(List<Coding> removed, List<Coding> added) {
    }

    /** {@link #uncode}, returning what changed so that it can be undone with {@link #undoUncode}. */
    public Uncoding uncodeRecorded(SourceId sourceId, NodeId nodeId, Span span) {
        return db.write(coder, tx -> {
            Source source = source(tx, sourceId);
            SourceText text = tx.sources().text(sourceId);
            Validation.span(source.name(), text, span);
            List<Coding> hit = nodeId == null ? tx.codings().overlapping(sourceId, span)
                    : tx.codings().overlapping(tx.nodes().existing(nodeId).id(), sourceId, span);
            List<Coding> added = new ArrayList<>();
            for (Coding c : hit) {
                List<Span> rest = Intervals.subtract(c.span(), span);
                tx.codings().delete(c.id());
                Node node = tx.nodes().existing(c.nodeId());
                for (Span piece : rest) {
                    if (tx.codings().find(c.nodeId(), sourceId, piece).isEmpty()) {
                        added.add(tx.codings().insert(Guids.next(), sourceId, c.nodeId(), piece,
                                c.coderId(), c.createdAt()));
                    }
                }
                Span removed = new Span(Math.max(c.span().start(), span.start()), Math.min(c.span().end(), span.end()));
                tx.audit().record("coding.remove", "coding", c.guid(), "Uncoded '" + shorten(text.extract(removed))
                        + "' in '" + source.name()
                        + "' from '" + tx.nodes().path(node.id()) + "'", c, rest, node.guid(), source.guid());
            }
            return new Uncoding(List.copyOf(hit), List.copyOf(added));
        });
    }

    /**
     * Reverses an uncode: the trimmed pieces go and the removed codings come back with their GUIDs,
     * coders and dates. Codings whose node or source has been deleted since are skipped.
     */
    public void undoUncode(Uncoding uncoding) {
        db.write(coder, tx -> {
            for (Coding piece : uncoding.added()) {
                tx.codings().byGuid(piece.guid()).ifPresent(c -> tx.codings().delete(c.id()));
            }
            for (Coding c : uncoding.removed()) {
                if (tx.codings().byGuid(c.guid()).isPresent() || tx.nodes().get(c.nodeId()).isEmpty()
                        || tx.sources().get(c.sourceId()).isEmpty()
                        || tx.codings().find(c.nodeId(), c.sourceId(), c.span()).isPresent()) {
                    continue;
                }
                Coding back = tx.codings().insert(c.guid(), c.sourceId(), c.nodeId(), c.span(), c.coderId(),
                        c.createdAt());
                Source source = source(tx, c.sourceId());
                Node node = tx.nodes().existing(c.nodeId());
                tx.audit().record("coding.restore", "coding", back.guid(), "Coded again '"
                        + shorten(tx.sources().text(c.sourceId()).extract(c.span())) + "' in '" + source.name()
                        + "' at '" + tx.nodes().path(node.id()) + "'", null, back, node.guid(), source.guid());
            }
            return null;
        });
    }

    /** Removes one coding entirely. */
    public void delete(org.quire.model.CodingId id) {
        db.write(coder, tx -> {
            Coding c = tx.codings().get(id).orElseThrow(() -> new QuireException("Coding " + id + " no longer exists"));
            Source source = source(tx, c.sourceId());
            Node node = tx.nodes().existing(c.nodeId());
            String extract = tx.sources().text(c.sourceId()).extract(c.span());
            tx.codings().delete(id);
            tx.audit().record("coding.remove", "coding", c.guid(), "Uncoded '" + shorten(extract) + "' in '"
                    + source.name() + "' from '" + tx.nodes().path(node.id()) + "'", c, null, node.guid(),
                    source.guid());
            return null;
        });
    }

    /** A coding by its GUID, which survives undo and restore (its id may not). */
    public Coding byGuid(String guid) {
        return db.read(tx -> tx.codings().byGuid(guid)
                .orElseThrow(() -> new QuireException("That coding no longer exists")));
    }

    public List<Coding> bySource(SourceId id) {
        return db.read(tx -> tx.codings().bySource(id));
    }

    /**
     * The codings of a source with their node paths, colours and coders, in text order: one read
     * without the text, for a document refreshing its highlights after an edit.
     */
    public List<SourceCoding> inSource(SourceId id) {
        return db.read(tx -> {
            source(tx, id);
            List<Coding> codings = tx.codings().bySource(id);
            NodeTree tree = tx.nodes().tree();
            Map<org.quire.model.CoderId, String> coders = new HashMap<>();
            tx.coders().all().forEach(c -> coders.put(c.id(), c.name()));
            List<SourceCoding> out = new ArrayList<>(codings.size());
            // A source's codings are at a few dozen nodes: each node's path is made once.
            Map<NodeId, String> paths = new HashMap<>();
            for (Coding c : codings) {
                Node n = tree.get(c.nodeId()).orElse(null);
                if (n != null) {
                    out.add(new SourceCoding(c, paths.computeIfAbsent(n.id(), tree::path), n.color(),
                            coders.get(c.coderId())));
                }
            }
            out.sort(Comparator.comparing((SourceCoding c) -> c.coding().span()).thenComparing(SourceCoding::nodePath));
            return out;
        });
    }

    /** Codings at a node, and at its descendants too when {@code withDescendants}. */
    public List<Coding> byNode(NodeId id, boolean withDescendants) {
        return db.read(tx -> codingsOf(tx, id, withDescendants));
    }

    private static List<Coding> codingsOf(Tx tx, NodeId id, boolean withDescendants) {
        tx.nodes().existing(id);
        if (!withDescendants) {
            return tx.codings().byNode(id);
        }
        List<Coding> all = new ArrayList<>();
        for (Node n : tx.nodes().tree().subtree(id)) {
            all.addAll(tx.codings().byNode(n.id()));
        }
        return all;
    }

    /** The passages coded at a node with their text and location, in source order. */
    public List<CodedPassage> passages(NodeId id, boolean withDescendants) {
        return db.read(tx -> describe(tx, new ArrayList<>(codingsOf(tx, id, withDescendants))));
    }

    /**
     * A node's codings in the order the node view lists them (source, position, node path), read
     * without any text: what {@link #inContext} then reads page by page.
     *
     * @param sourceCount how many sources they are in
     * @param sources     those sources, by id
     * @param paths       the path of each node they are coded at
     * @param coders      coders' names
     */
    public record Listing(List<Coding> codings, int sourceCount, Map<SourceId, Source> sources,
                          Map<NodeId, String> paths, Map<org.quire.model.CoderId, String> coders) {
        public int size() {
            return codings.size();
        }
    }

    /** The codings at a node (and its descendants when {@code withDescendants}), in the node view's order. */
    public Listing listing(NodeId id, boolean withDescendants) {
        return db.read(tx -> PassageReads.listing(tx, id, withDescendants));
    }

    /**
     * The listing's codings {@code from} (inclusive) {@code to} (exclusive) as passages with their
     * context, in the listing's order, reading from each source only the stretches shown; codings
     * whose source was deleted since the listing was read are left out.
     */
    public List<PassageInContext> inContext(Listing listing, int from, int to) {
        return db.read(tx -> PassageReads.inContext(tx, listing, from, to));
    }

    /**
     * Every passage coded at {@code nodes} (every coding when null) with its context, handed to
     * {@code perSource} one source at a time in reading order (folder, name), each in text order then
     * node path. Each source's text is read once, in one pass; one read transaction for all of it.
     */
    public void eachInContext(java.util.Collection<NodeId> nodes,
                              java.util.function.Consumer<List<PassageInContext>> perSource) {
        db.read(tx -> {
            PassageReads.eachSource(tx, nodes, perSource);
            return null;
        });
    }

    /** The passages coded in a source, at any node, in text order. */
    public List<CodedPassage> passagesInSource(SourceId id) {
        return db.read(tx -> {
            source(tx, id);
            return describe(tx, new ArrayList<>(tx.codings().bySource(id)));
        });
    }

    private static List<CodedPassage> describe(Tx tx, List<Coding> codings) {
        NodeTree tree = tx.nodes().tree();
        Map<SourceId, Source> sources = new HashMap<>();
        Map<SourceId, SourceText> texts = new HashMap<>();
        Map<org.quire.model.CoderId, String> coders = new HashMap<>();
        tx.coders().all().forEach(c -> coders.put(c.id(), c.name()));
        for (Coding c : codings) {
            sources.computeIfAbsent(c.sourceId(), s -> source(tx, s));
        }
        codings.sort(Comparator.comparing((Coding c) -> sources.get(c.sourceId()).path().toLowerCase(Locale.ROOT))
                .thenComparing(Coding::span).thenComparing(c -> tree.path(c.nodeId())));
        List<CodedPassage> out = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            SourceText text = texts.computeIfAbsent(c.sourceId(), s -> tx.sources().text(s));
            out.add(new CodedPassage(c, sources.get(c.sourceId()), tree.path(c.nodeId()), coders.get(c.coderId()),
                    text.extract(c.span()), text.paragraphAt(c.span().start()) + 1, text.pageAt(c.span().start()) + 1));
        }
        return out;
    }

    private Source get(SourceId id) {
        return db.read(tx -> source(tx, id));
    }

    private static Source source(Tx tx, SourceId id) {
        return tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
    }

    public static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SUMMARY_CHARS ? oneLine : oneLine.substring(0, SUMMARY_CHARS - 1) + "…";
    }
}
