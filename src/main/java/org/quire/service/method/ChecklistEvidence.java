package org.quire.service.method;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.quire.model.ActivityKind;
import org.quire.model.ActivityTally;
import org.quire.model.Narrative;
import org.quire.model.Theme;
import org.quire.model.ThemeMap;
import org.quire.model.ThemeStatus;
import org.quire.service.coding.SourceCoverage;

/**
 * What the project can show for each checklist point. It never answers a point: the researcher
 * does; this puts the facts beside the answer.
 */
final class ChecklistEvidence {
    /** Statements, and the things they point at (names of sources or themes). */
    record Found(List<String> lines, List<String> items) {
    }

    private static final int MAX_ITEMS = 50;

    private final AnalysisFacts f;
    private final List<SourceCoverage> sources;
    private final ThemeMap map;

    ChecklistEvidence(AnalysisFacts facts, List<SourceCoverage> sources, ThemeMap map) {
        this.f = facts;
        this.sources = sources;
        this.map = map;
    }

    Found forPoint(int point) {
        return switch (point) {
            case 1 -> transcription();
            case 2 -> equalAttention();
            case 3 -> thoroughCoding();
            case 4 -> extractsGathered();
            case 5 -> checkedAgainstData();
            case 6 -> coherentAndDistinct();
            case 7 -> interpreted();
            case 8 -> extractsBearOut();
            case 9 -> story();
            case 10 -> balance();
            case 11 -> time();
            case 12, 14 -> journal();
            case 13 -> fit();
            case 15 -> active();
            default -> throw new IllegalArgumentException("no checklist point " + point);
        };
    }

    private Found transcription() {
        long n = f.sources().count();
        return found(List.of(n + " sources in the project; " + f.sourcesWithMemo() + " have a source memo (where checks"
                        + " against recordings are usually noted)",
                f.sourcesOpened() + " of " + n + " sources opened in Quire"), List.of());
    }

    private Found equalAttention() {
        List<SourceCoverage> uncoded = sources.stream().filter(SourceCoverage::uncoded).toList();
        List<Double> percents = sources.stream().map(SourceCoverage::percent).sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add((sources.size() - uncoded.size()) + " of " + sources.size() + " sources have coding");
        if (!percents.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "text coded per source: lowest %.0f%%, median %.0f%%, highest %.0f%%",
                    percents.get(0), percents.get(percents.size() / 2), percents.get(percents.size() - 1)));
        }
        lines.add(uncoded.isEmpty() ? "no uncoded sources" : uncoded.size() + " uncoded sources (listed)");
        return found(lines, uncoded.stream().map(c -> "uncoded: " + c.source().path()).toList());
    }

    private Found thoroughCoding() {
        List<String> items = new ArrayList<>();
        for (Theme t : f.liveThemes()) {
            if (f.nodesPerTheme().getOrDefault(t.id(), 0) <= 1) {
                items.add("fed by " + f.nodesPerTheme().getOrDefault(t.id(), 0) + " node(s): " + t.name());
            }
        }
        return found(List.of(f.codings().count() + " references at " + f.nodes().count() + " nodes across "
                        + f.sourcesCoded() + " of " + f.sources().count() + " sources",
                items.isEmpty() ? "every theme in play is fed by two or more nodes"
                        : items.size() + " themes in play rest on one node or none (listed)"), items);
    }

    private Found extractsGathered() {
        List<String> empty = f.liveThemes().stream().filter(t -> !f.nodesPerTheme().containsKey(t.id()))
                .map(t -> "no nodes yet: " + t.name()).toList();
        return found(List.of(f.liveThemes().size() + " themes in play; " + f.nodesInThemes().size()
                        + " nodes feed at least one theme",
                tally("theme or framework matrices built", f.activity(ActivityKind.MATRIX))), empty);
    }

    private Found checkedAgainstData() {
        return found(List.of(tally("matrices built", f.activity(ActivityKind.MATRIX)),
                tally("queries run", f.activity(ActivityKind.QUERY)),
                tally("searches run", f.activity(ActivityKind.SEARCH)),
                f.statusChanges().count() + " theme status changes with reasons (see each theme's history); "
                        + f.themesWith(t -> t.status() != ThemeStatus.CANDIDATE) + " of " + f.themes().size()
                        + " themes past candidate"), List.of());
    }

    private Found coherentAndDistinct() {
        List<String> items = new ArrayList<>();
        f.liveThemes().stream().filter(t -> t.definition().isBlank()).forEach(t -> items.add("no definition: " + t.name()));
        long shared = map.structure().stream().filter(e -> e.part().kind() == org.quire.model.MapElement.Kind.NODE)
                .map(e -> e.part()).collect(java.util.stream.Collectors.groupingBy(e -> e,
                        java.util.stream.Collectors.counting())).values().stream().filter(c -> c > 1).count();
        return found(List.of(f.themesWith(t -> !t.definition().isBlank()) + " of " + f.themes().size()
                        + " themes have a definition; " + f.themesWith(t -> !t.scopeIn().isBlank()
                        || !t.scopeOut().isBlank()) + " have scope notes",
                shared + " nodes feed more than one theme (overlap worth a look)"), items);
    }

    private Found interpreted() {
        List<String> items = f.liveThemes().stream().filter(t -> t.narrative().isBlank())
                .map(t -> "no narrative: " + t.name()).toList();
        return found(List.of(f.themesWith(t -> !t.narrative().isBlank()) + " of " + f.themes().size()
                        + " themes have a narrative; " + f.themeMemos().count() + " theme memo entries, "
                        + f.journal().count() + " journal entries"), items);
    }

    private Found extractsBearOut() {
        long both = f.liveThemes().stream().filter(t -> !t.narrative().isBlank()
                && f.nodesPerTheme().containsKey(t.id())).count();
        return found(List.of(both + " of " + f.liveThemes().size() + " themes in play have both a narrative and"
                + " coded extracts to check it against"), List.of());
    }

    private Found story() {
        return found(List.of(map.boxes().size() + " boxes on the thematic map, " + map.links().size()
                        + " typed links between them",
                f.themesIn(ThemeStatus.FINAL) + " final themes, " + f.themesWith(t -> t.parentId() != null)
                        + " sub-themes"), List.of());
    }

    private Found balance() {
        List<String> items = new ArrayList<>();
        for (Theme t : f.liveThemes().stream().sorted(Comparator.comparing(Theme::name)).toList()) {
            if (!t.narrative().isBlank()) {
                items.add(t.name() + ": " + Narrative.wordCount(t.narrative()) + " words of narrative");
            }
        }
        return found(List.of("narrative length per theme (listed); compare with the extracts in its theme matrix"),
                items);
    }

    private Found time() {
        Instant first = f.sources().first();
        Instant last = f.audit().last();
        String span = first == null || last == null ? "no work recorded yet"
                : "work recorded over " + Math.max(1, Duration.between(first, last).toDays()) + " days, from "
                + first.toString().substring(0, 10) + " to " + last.toString().substring(0, 10);
        return found(List.of(span, "see the phase tracker for when each phase last saw work"), List.of());
    }

    private Found journal() {
        return found(List.of(f.journal().count() + " entries in the notes on analysis journal"
                + (f.journal().last() == null ? "" : ", the latest on " + f.journal().last().toString().substring(0, 10)),
                "nothing else the project can compute speaks to this point"), List.of());
    }

    private Found fit() {
        return found(List.of(f.audit().count() + " entries in the audit trail record what was done and when",
                tally("exports made", f.activity(ActivityKind.EXPORT))), List.of());
    }

    private Found active() {
        return found(List.of(f.statusChanges().count() + " theme decisions with stated reasons; "
                        + (f.nodeMemos().count() + f.themeMemos().count()) + " node and theme memo entries; "
                        + f.journal().count() + " journal entries"), List.of());
    }

    private static String tally(String label, ActivityTally t) {
        return t.count() + " " + label + (t.last() == null ? "" : ", the latest on " + t.last().toString().substring(0, 10));
    }

    private static Found found(List<String> lines, List<String> items) {
        List<String> shown = items.size() <= MAX_ITEMS ? items : new ArrayList<>(items.subList(0, MAX_ITEMS));
        if (items.size() > MAX_ITEMS) {
            shown.add("… and " + (items.size() - MAX_ITEMS) + " more");
        }
        return new Found(lines, shown);
    }
}
