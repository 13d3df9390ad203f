package org.quire.service.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.quire.model.CoderId;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/** The reads behind the node view's pages and the passages export; see {@link CodingService}. */
final class PassageReads {
    private PassageReads() {
    }

    static CodingService.Listing listing(Tx tx, NodeId id, boolean withDescendants) {
        Map<NodeId, String> paths = new HashMap<>();
        List<Coding> codings = new ArrayList<>();
        if (withDescendants) {
            NodeTree tree = tx.nodes().tree();
            tx.nodes().existing(id);
            for (Node n : tree.subtree(id)) {
                paths.put(n.id(), tree.path(n.id()));
                codings.addAll(tx.codings().byNode(n.id()));
            }
        } else {
            // One node needs neither the code book's tree nor a tie-break by node path.
            tx.nodes().existing(id);
            paths.put(id, tx.nodes().path(id));
            codings.addAll(tx.codings().byNode(id));
        }
        Map<SourceId, Source> sources = new HashMap<>();
        tx.sources().get(codings.stream().map(Coding::sourceId).distinct().toList())
                .forEach(s -> sources.put(s.id(), s));
        // A source deleted since the codings were read has taken its codings with it.
        codings.removeIf(c -> !sources.containsKey(c.sourceId()));
        Map<SourceId, String> keys = new HashMap<>();
        sources.values().forEach(s -> keys.put(s.id(), s.path().toLowerCase(Locale.ROOT)));
        codings.sort(Comparator.comparing((Coding c) -> keys.get(c.sourceId())).thenComparing(Coding::span)
                .thenComparing(c -> paths.get(c.nodeId())));
        return new CodingService.Listing(List.copyOf(codings), sources.size(), Map.copyOf(sources), Map.copyOf(paths),
                coders(tx));
    }

    static List<PassageInContext> inContext(Tx tx, CodingService.Listing listing, int from, int to) {
        List<Coding> codings = listing.codings().subList(from, to);
        // One read per source, then back into the listing's order.
        Map<SourceId, List<Coding>> bySource = new LinkedHashMap<>();
        for (Coding c : codings) {
            bySource.computeIfAbsent(c.sourceId(), s -> new ArrayList<>()).add(c);
        }
        // Three queries for the page however many sources it spans: which of them still exist (one
        // deleted after the listing was read is left out; the view reloads after the edit anyway),
        // the stretches of their texts, their paragraphs and pages.
        Map<SourceId, Source> present = new HashMap<>();
        tx.sources().get(bySource.keySet()).forEach(s -> present.put(s.id(), s));
        bySource.keySet().retainAll(present.keySet());
        Map<SourceId, List<Span>> windows = new HashMap<>();
        bySource.forEach((source, list) -> windows.put(source, Contexts.windows(listing.sources().get(source), list)));
        Map<SourceId, List<String>> texts = tx.sources().windows(windows);
        Map<SourceId, SourceStore.Layout> layouts = tx.sources().layouts(bySource.keySet());
        Map<org.quire.model.CodingId, PassageInContext> cut = new HashMap<>();
        bySource.forEach((source, list) -> {
            List<String> read = texts.get(source);
            if (read != null) {
                Contexts.cut(listing.paths()::get, listing.coders(), listing.sources().get(source), list,
                        windows.get(source), read, layouts.get(source)).forEach(p -> cut.put(p.passage().coding().id(), p));
            }
        });
        List<PassageInContext> out = new ArrayList<>(cut.size());
        for (Coding c : codings) {
            PassageInContext p = cut.get(c.id());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Source by source in reading order: the codings at {@code nodes} (all, when null) in text
     * order, then node path, with their context; each source's text read once, up to its last passage.
     */
    static void eachSource(Tx tx, Collection<NodeId> nodes, Consumer<List<PassageInContext>> perSource) {
        NodeTree tree = tx.nodes().tree();
        Map<CoderId, String> coders = coders(tx);
        Map<SourceId, List<Coding>> bySource = new HashMap<>();
        List<Coding> codings = nodes == null ? tx.codings().all()
                : nodes.stream().distinct().flatMap(n -> tx.codings().byNode(n).stream()).toList();
        for (Coding c : codings) {
            bySource.computeIfAbsent(c.sourceId(), s -> new ArrayList<>()).add(c);
        }
        Map<NodeId, String> paths = new HashMap<>();
        for (Source source : tx.sources().all()) {
            List<Coding> list = bySource.get(source.id());
            if (list == null) {
                continue;
            }
            list.sort(Comparator.comparing(Coding::span)
                    .thenComparing(c -> paths.computeIfAbsent(c.nodeId(), tree::path)));
            perSource.accept(Contexts.cut(tx, n -> paths.computeIfAbsent(n, tree::path), coders, source, list));
        }
    }

    private static Map<CoderId, String> coders(Tx tx) {
        Map<CoderId, String> coders = new HashMap<>();
        tx.coders().all().forEach(c -> coders.put(c.id(), c.name()));
        return coders;
    }
}
