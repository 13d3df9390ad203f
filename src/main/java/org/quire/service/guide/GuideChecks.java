package org.quire.service.guide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.quire.analysis.ThemeFamilies;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.store.ThemeMatrixStore.CodingRef;

/**
 * The gentle checks, computed from what one read of the project gives: every item says what it is
 * and what opens it. Discarded themes are left out of every theme check: they were set aside on
 * purpose.
 */
final class GuideChecks {
    /** Items listed per check at most; the total still counts them all. */
    static final int MAX_ITEMS = 100;
    private static final int PREVIEW = 70;

    /** What the checks read, in one transaction. */
    /**
     * @param statusChanges when each theme (by GUID) last changed status, from the audit trail: a
     *                      candidate theme has been one since then (or since it was made, if never)
     */
    record Facts(List<Source> sources, Set<SourceId> opened, NodeTree nodes, List<NodeId> codedOnce,
                 ThemeFamilies families, List<CodingRef> themeCodings, BiFunction<SourceId, Span, String> extract,
                 Map<String, Instant> statusChanges) {
    }

    private final Facts f;
    private final CheckOptions options;
    private final Map<SourceId, Source> sourcesById = new HashMap<>();
    private final List<Theme> live;

    GuideChecks(Facts facts, CheckOptions options) {
        this.f = facts;
        this.options = options;
        facts.sources().forEach(s -> sourcesById.put(s.id(), s));
        this.live = facts.families().ordered().stream().filter(t -> t.status() != ThemeStatus.DISCARDED).toList();
    }

    List<GuideCheck> all() {
        Map<ThemeId, Set<Passage>> extracts = extractsPerTheme();
        return List.of(fewExtracts(extracts), oneSource(extracts), codesUsedOnce(), sourcesNotOpened(), noDefinition(),
                oldCandidates(), sharedExtracts());
    }

    /** A passage of a source: coded at two nodes of one theme it is still one extract. */
    private record Passage(SourceId source, Span span) {
    }

    /** Each theme's extracts: the codings at its own nodes and its sub-themes', as its theme matrix shows them. */
    private Map<ThemeId, Set<Passage>> extractsPerTheme() {
        Map<NodeId, List<Passage>> byNode = new HashMap<>();
        for (CodingRef c : f.themeCodings()) {
            byNode.computeIfAbsent(c.node(), k -> new ArrayList<>()).add(new Passage(c.source(), c.span()));
        }
        Map<ThemeId, Set<Passage>> out = new HashMap<>();
        for (Theme t : live) {
            Set<Passage> set = new LinkedHashSet<>();
            for (NodeId n : f.families().familyNodes(t.id())) {
                set.addAll(byNode.getOrDefault(n, List.of()));
            }
            out.put(t.id(), set);
        }
        return out;
    }

    private GuideCheck fewExtracts(Map<ThemeId, Set<Passage>> extracts) {
        List<CheckItem> items = new ArrayList<>();
        for (Theme t : live) {
            int n = extracts.get(t.id()).size();
            if (n < options.fewExtracts()) {
                items.add(new CheckItem(t.name(), n == 0 ? "no extracts yet" : n + (n == 1 ? " extract" : " extracts"),
                        Target.theme(t.id().value())));
            }
        }
        return check(CheckKind.FEW_EXTRACTS, items);
    }

    private GuideCheck oneSource(Map<ThemeId, Set<Passage>> extracts) {
        List<CheckItem> items = new ArrayList<>();
        for (Theme t : live) {
            Set<Passage> own = extracts.get(t.id());
            Set<SourceId> from = new HashSet<>();
            own.forEach(p -> from.add(p.source()));
            if (from.size() == 1) {
                Source s = sourcesById.get(from.iterator().next());
                items.add(new CheckItem(t.name(), (own.size() == 1 ? "its one extract is" : "all " + own.size()
                        + " extracts are") + " from '" + (s == null ? "?" : s.path()) + "'", Target.theme(t.id().value())));
            }
        }
        return check(CheckKind.ONE_SOURCE, items);
    }

    private GuideCheck codesUsedOnce() {
        List<CheckItem> items = f.codedOnce().stream().filter(id -> f.nodes().get(id).isPresent())
                .map(id -> new CheckItem(f.nodes().path(id), "codes one passage", Target.node(id.value())))
                .sorted(Comparator.comparing(i -> i.label().toLowerCase(Locale.ROOT))).toList();
        return check(CheckKind.CODES_USED_ONCE, items);
    }

    private GuideCheck sourcesNotOpened() {
        List<CheckItem> items = f.sources().stream().filter(s -> !f.opened().contains(s.id()))
                .map(s -> new CheckItem(s.path(), "not opened in Quire yet", Target.source(s.id().value()))).toList();
        return check(CheckKind.SOURCES_NOT_OPENED, items);
    }

    private GuideCheck noDefinition() {
        List<CheckItem> items = live.stream().filter(t -> t.definition().isBlank())
                .map(t -> new CheckItem(t.name(), t.status().label(), Target.theme(t.id().value()))).toList();
        return check(CheckKind.NO_DEFINITION, items);
    }

    private GuideCheck oldCandidates() {
        Instant cutoff = options.asOf().minus(Duration.ofDays(7L * options.candidateWeeks()));
        List<CheckItem> items = live.stream().filter(t -> t.status() == ThemeStatus.CANDIDATE
                        && candidateSince(t).isBefore(cutoff))
                .sorted(Comparator.comparing(this::candidateSince))
                .map(t -> new CheckItem(t.name(), "a candidate since " + candidateSince(t).toString().substring(0, 10)
                        + ", " + Duration.between(candidateSince(t), options.asOf()).toDays() / 7 + " weeks ago",
                        Target.theme(t.id().value()))).toList();
        return check(CheckKind.OLD_CANDIDATES, items);
    }

    /**
     * Since when a candidate theme has been one: its last status change (a theme sent back to
     * candidate starts again from then), or its creation when its status never changed.
     */
    private Instant candidateSince(Theme t) {
        Instant changed = f.statusChanges().get(t.guid().toLowerCase(Locale.ROOT));
        return changed != null && changed.isAfter(t.createdAt()) ? changed : t.createdAt();
    }

    /**
     * Passages that feed two or more themes in play through those themes' own nodes. A sub-theme's
     * extracts also show in its parent's matrix; that alone is not counted as an overlap.
     */
    private GuideCheck sharedExtracts() {
        Map<NodeId, List<Theme>> themesOfNode = new HashMap<>();
        for (Theme t : live) {
            for (NodeId n : f.families().ownNodes(t.id())) {
                themesOfNode.computeIfAbsent(n, k -> new ArrayList<>()).add(t);
            }
        }
        Map<Passage, Set<Theme>> themesOfPassage = new LinkedHashMap<>();
        for (CodingRef c : f.themeCodings()) {
            List<Theme> ts = themesOfNode.get(c.node());
            if (ts != null) {
                themesOfPassage.computeIfAbsent(new Passage(c.source(), c.span()), k -> new LinkedHashSet<>()).addAll(ts);
            }
        }
        List<Map.Entry<Passage, Set<Theme>>> shared = themesOfPassage.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparing((Map.Entry<Passage, Set<Theme>> e) -> sourceName(e.getKey().source()))
                        .thenComparing(e -> e.getKey().span().start())).toList();
        List<CheckItem> items = new ArrayList<>();
        for (var e : shared) {
            // Only the listed ones are read: the passage text is what a student recognises.
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            Passage p = e.getKey();
            items.add(new CheckItem(preview(f.extract().apply(p.source(), p.span())), "in " + e.getValue().size()
                    + " themes: " + String.join(", ", e.getValue().stream().map(Theme::name).sorted().toList())
                    + " — " + sourceName(p.source()), Target.extract(p.source().value(), p.span())));
        }
        return new GuideCheck(CheckKind.SHARED_EXTRACTS, items, shared.size());
    }

    private String sourceName(SourceId id) {
        Source s = sourcesById.get(id);
        return s == null ? "" : s.path();
    }

    private static String preview(String text) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return "“" + (one.length() <= PREVIEW ? one : one.substring(0, PREVIEW - 1) + "…") + "”";
    }

    private static GuideCheck check(CheckKind kind, List<CheckItem> items) {
        return new GuideCheck(kind, items.size() <= MAX_ITEMS ? List.copyOf(items) : List.copyOf(items.subList(0,
                MAX_ITEMS)), items.size());
    }
}
