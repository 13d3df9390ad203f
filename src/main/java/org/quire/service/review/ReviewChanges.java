package org.quire.service.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quire.analysis.ThemeFamilies;
import org.quire.model.AuditEntry;
import org.quire.model.ChecklistPoint;
import org.quire.model.ChecklistStatus;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.ReviewPoint;
import org.quire.model.Source;
import org.quire.model.Theme;
import org.quire.service.review.ReviewChangeList.ChecklistChange;
import org.quire.service.review.ReviewChangeList.CodeChange;
import org.quire.service.review.ReviewChangeList.Event;
import org.quire.service.review.ReviewChangeList.Extract;
import org.quire.service.review.ReviewChangeList.State;
import org.quire.service.review.ReviewChangeList.StatusChange;
import org.quire.service.review.ReviewChangeList.ThemeChanges;
import org.quire.service.themes.ThemeData;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.ReviewPointStore;
import org.quire.store.ThemeMatrixStore.CodingRef;
import org.quire.store.Tx;

/**
 * Review points and what changed since one. A review export records a point (when, which file, the
 * audit trail's position, each theme's own extracts); the changes since are read from the audit
 * entries after that position: themes added, renamed, discarded or deleted, status changes with
 * their reasons, definitions and narratives (as word-level differences of the recorded texts),
 * codes added to or removed from a theme, codes merged or moved, checklist answers. Extracts added
 * to or removed from each theme are the exact difference between the extracts the theme had at the
 * point and those it has now, so an extract added and removed again since is not listed.
 */
public final class ReviewChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int LABEL = 120;

    /** The audit actions the change list is read from. */
    static final List<String> ACTIONS = List.of("theme.create", "theme.rename", "theme.status", "theme.define",
            "theme.narrative", "theme.move", "theme.delete", "theme.restore", "theme.node.add", "theme.node.remove",
            "node.merge", "node.unmerge", "node.move", "checklist.answer");

    private final Database db;
    private final ZoneId zone;

    public ReviewChanges(Database db) {
        this(db, ZoneId.systemDefault());
    }

    /** @param zone where a date given with {@code --since} begins and ends */
    public ReviewChanges(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /** Every review point, oldest first. */
    public List<ReviewPoint> points() {
        return db.read(tx -> tx.reviewPoints().all());
    }

    /** What changed since the latest review point; empty when no review export has been made yet. */
    public Optional<ReviewChangeList> sinceLast() {
        return db.read(tx -> tx.reviewPoints().latest().map(p -> since(tx, p)));
    }

    /**
     * What changed since the review point {@code when} names: "last" for the latest, or a date
     * (yyyy-mm-dd) for the last review export made on or before that day.
     */
    public ReviewChangeList since(String when) {
        String w = when == null || when.isBlank() ? "last" : when.strip();
        return db.read(tx -> since(tx, point(tx, w)));
    }

    private ReviewPoint point(Tx tx, String when) {
        List<ReviewPoint> all = tx.reviewPoints().all();
        if (all.isEmpty()) {
            throw new QuireException("No review point yet: one is recorded when you export the review page, the Word"
                    + " report or a theme or framework workbook");
        }
        if (when.equalsIgnoreCase("last")) {
            return all.get(all.size() - 1);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(when);
        } catch (DateTimeParseException e) {
            throw new QuireException("'" + when + "' is not a review point: give 'last' or a date as yyyy-mm-dd");
        }
        java.time.Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        ReviewPoint found = null;
        for (ReviewPoint p : all) {
            if (p.at().isBefore(end)) {
                found = p;
            }
        }
        if (found == null) {
            throw new QuireException("No review point on or before " + DAY.format(day) + ": the first was made on "
                    + DAY.format(all.get(0).at().atZone(zone)));
        }
        return found;
    }

    /**
     * Where a review export starts from: the changes since the last review point (null when there is
     * none) and the audit trail's position before the export reads the project, so that an edit made
     * while it is written is listed next time rather than lost.
     */
    public record Start(ReviewChangeList changes, long position) {
    }

    /** Read in one transaction before a review export. */
    public Start start() {
        return db.read(tx -> new Start(tx.reviewPoints().latest().map(p -> since(tx, p)).orElse(null),
                tx.audit().position()));
    }

    /**
     * Records a review point inside the transaction that notes the export.
     *
     * @param position the audit trail's position when the export began ({@link #start})
     * @param extracts each theme's own extracts as the export showed them: theme GUID → coding GUID
     *                 → the extract's words and source ({@link #label(String, String)})
     */
    public static ReviewPoint record(Tx tx, ReviewPoint.Kind kind, String fileName, long position,
                                     Map<String, Map<String, String>> extracts) {
        List<ReviewPointStore.Extract> rows = new ArrayList<>();
        extracts.forEach((theme, codings) -> codings.forEach((coding, label) -> rows.add(
                new ReviewPointStore.Extract(theme, coding, label))));
        return tx.reviewPoints().insert(Guids.next(), tx.now(), tx.coder().id(), kind, fileName, position, rows);
    }

    /** How an extract is named in the change list: its first words and its source. */
    public static String label(String source, String extract) {
        String one = extract == null ? "" : extract.strip().replaceAll("\\s+", " ");
        if (one.length() > LABEL) {
            one = one.substring(0, LABEL - 1) + "…";
        }
        String label = "\"" + one + "\" (" + source + ")";
        // The column holds 1,000 characters; a source path is rarely long, but may be.
        return label.length() > 1000 ? label.substring(0, 999) + "…" : label;
    }

    /**
     * Each theme's own extracts as they are now, labelled as a review point keeps them: for an export
     * that shows every theme's extracts without going through its theme matrices (the framework
     * workbook).
     */
    public static Map<String, Map<String, String>> shownNow(Tx tx) {
        Map<org.quire.model.SourceId, Source> sources = new HashMap<>();
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        ownExtracts(tx).forEach((theme, codings) -> {
            Map<String, String> labels = new LinkedHashMap<>();
            codings.forEach((guid, c) -> labels.put(guid, label(tx, c, sources)));
            out.put(theme, labels);
        });
        return out;
    }

    private static String label(Tx tx, CodingRef c, Map<org.quire.model.SourceId, Source> sources) {
        Source s = sources.computeIfAbsent(c.source(), id -> tx.sources().get(id).orElse(null));
        return label(s == null ? "?" : s.path(), tx.sources().extract(c.source(), c.span()));
    }

    /**
     * Each theme's own extracts now, by theme GUID then coding GUID: the codings at its codes (with
     * their descendants) that no sub-theme of it takes, the rule its theme matrix files them by.
     */
    static Map<String, Map<String, CodingRef>> ownExtracts(Tx tx) {
        ThemeFamilies families = ThemeData.families(tx);
        Map<NodeId, List<CodingRef>> byNode = new HashMap<>();
        for (CodingRef c : tx.themeMatrices().codingsAt(families.allNodes())) {
            byNode.computeIfAbsent(c.node(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Map<String, CodingRef>> out = new LinkedHashMap<>();
        for (Theme t : families.ordered()) {
            Set<NodeId> own = new LinkedHashSet<>(families.ownNodes(t.id()));
            families.family(t.id()).stream().skip(1).forEach(sub -> own.removeAll(families.ownNodes(sub.id())));
            Map<String, CodingRef> codings = new LinkedHashMap<>();
            for (NodeId n : own) {
                byNode.getOrDefault(n, List.of()).forEach(c -> codings.putIfAbsent(c.guid(), c));
            }
            out.put(t.guid(), codings);
        }
        return out;
    }

    /** The changes since {@code point}, read in the caller's transaction. */
    public static ReviewChangeList since(Tx tx, ReviewPoint point) {
        List<AuditEntry> entries = tx.audit().after(point.auditPosition(), ACTIONS);
        Map<String, ThemeLog> logs = new LinkedHashMap<>();
        List<CodeChange> codes = new ArrayList<>();
        Map<Integer, ChecklistLog> answers = new java.util.TreeMap<>();
        for (AuditEntry e : entries) {
            if (e.action().startsWith("theme.")) {
                logs.computeIfAbsent(e.entityGuid(), ThemeLog::new).add(e);
            } else if (e.action().startsWith("node.")) {
                codes.add(code(e));
            } else if (e.action().equals("checklist.answer")) {
                JsonNode after = json(e.after());
                int n = after.path("point").asInt();
                answers.computeIfAbsent(n, k -> new ChecklistLog()).add(json(e.before()), after);
            }
        }
        Map<String, Theme> current = new LinkedHashMap<>();
        ThemeFamilies families = ThemeData.families(tx);
        families.ordered().forEach(t -> current.put(t.guid(), t));
        Map<String, Map<String, String>> before = tx.reviewPoints().extracts(point.id());
        Map<String, Map<String, CodingRef>> now = ownExtracts(tx);

        Set<String> guids = new LinkedHashSet<>(current.keySet());
        guids.addAll(before.keySet());
        guids.addAll(logs.keySet());
        List<ThemeChanges> themes = new ArrayList<>();
        Map<org.quire.model.SourceId, Source> sources = new HashMap<>();
        for (String guid : guids) {
            ThemeLog log = logs.getOrDefault(guid, new ThemeLog(guid));
            Theme theme = current.get(guid);
            boolean existed = log.existedAtPoint();
            if (!existed && theme == null) {
                continue;
            }
            State state = theme == null ? State.DELETED : existed ? State.KEPT : State.ADDED;
            Map<String, String> had = before.getOrDefault(guid, Map.of());
            Map<String, CodingRef> has = state == State.DELETED ? Map.of() : now.getOrDefault(guid, Map.of());
            List<Extract> added = new ArrayList<>();
            List<Extract> removed = new ArrayList<>();
            if (state != State.DELETED) {
                for (CodingRef c : has.values()) {
                    if (!had.containsKey(c.guid())) {
                        added.add(new Extract(c.guid(), label(tx, c, sources), where(c)));
                    }
                }
                for (Map.Entry<String, String> h : had.entrySet()) {
                    if (!has.containsKey(h.getKey())) {
                        removed.add(new Extract(h.getKey(), h.getValue(), tx.codings().byGuid(h.getKey())
                                .map(c -> new ReviewItem.Where(null, null, c.sourceId(), c.span(), null))
                                .orElse(ReviewItem.Where.NOWHERE)));
                    }
                }
            }
            ReviewItem.Where at = theme == null ? ReviewItem.Where.NOWHERE
                    : new ReviewItem.Where(guid, null, null, null, null);
            List<WordDiff.Part> definition = state == State.ADDED ? fresh(theme.definition())
                    : state == State.KEPT ? log.definition.diff() : List.of();
            List<WordDiff.Part> narrative = state == State.ADDED ? fresh(theme.narrative())
                    : state == State.KEPT ? log.narrative.diff() : List.of();
            String renamedFrom = state == State.KEPT && log.renamedFrom != null
                    && !log.renamedFrom.equals(theme.name()) ? log.renamedFrom : null;
            List<Event> events = new ArrayList<>();
            log.moves.forEach(e -> events.add(new Event(e.at(), e.coder(), e.summary(), at)));
            log.nodes.values().stream().filter(NodeLog::changed).forEach(n -> events.add(new Event(n.last.at(),
                    n.last.coder(), n.last.summary(), new ReviewItem.Where(null, n.nodeGuid, null, null, null))));
            events.sort(Comparator.comparing(Event::at));
            ThemeChanges change = new ThemeChanges(guid, theme != null ? theme.name() : log.name, state, renamedFrom,
                    state == State.DELETED && log.statuses.isEmpty() ? List.of() : log.statuses, definition, narrative,
                    events, added, removed, had.size());
            boolean any = state != State.KEPT || renamedFrom != null || !change.statuses().isEmpty()
                    || !definition.isEmpty() || !narrative.isEmpty() || !events.isEmpty() || !added.isEmpty()
                    || !removed.isEmpty();
            if (any) {
                themes.add(change);
            }
        }
        List<ChecklistChange> checklist = new ArrayList<>();
        answers.forEach((n, log) -> log.change(n).ifPresent(checklist::add));
        return new ReviewChangeList(point, themes, codes, checklist);
    }

    private static ReviewItem.Where where(CodingRef c) {
        return new ReviewItem.Where(null, null, c.source(), c.span(), null);
    }

    private static List<WordDiff.Part> fresh(String text) {
        return text == null || text.isBlank() ? List.of() : WordDiff.of("", text);
    }

    private static CodeChange code(AuditEntry e) {
        String kind = switch (e.action()) {
            case "node.merge" -> "merged";
            case "node.unmerge" -> "unmerged";
            default -> "moved";
        };
        // A merge opens at the node it went into; a move at the node moved.
        String node = e.action().equals("node.merge") ? json(e.after()).path("guid").asText(null) : e.entityGuid();
        return new CodeChange(e.at(), e.coder(), kind, e.summary(), new ReviewItem.Where(null, node, null, null, null));
    }

    static JsonNode json(String text) {
        if (text == null) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // An entry that cannot be read changes nothing it could name.
            return JSON.missingNode();
        }
    }

    /** One text's first recorded value since the point and its last. */
    private static final class TextLog {
        private String first;
        private String last;

        void add(String before, String after) {
            if (first == null) {
                first = before == null ? "" : before;
            }
            last = after == null ? "" : after;
        }

        List<WordDiff.Part> diff() {
            if (first == null || first.equals(last)) {
                return List.of();
            }
            return WordDiff.of(first, last);
        }
    }

    /** A code's membership of one theme: the first and last change since the point. */
    private static final class NodeLog {
        private final String nodeGuid;
        private String first;
        private AuditEntry last;

        NodeLog(String nodeGuid) {
            this.nodeGuid = nodeGuid;
        }

        void add(AuditEntry e) {
            if (first == null) {
                first = e.action();
            }
            last = e;
        }

        // Added then removed again (or the reverse) leaves the theme as it was.
        boolean changed() {
            return first.equals(last.action());
        }
    }

    /** Everything the audit trail says happened to one theme since the point. */
    private static final class ThemeLog {
        private final String guid;
        private String name;
        private String existence;
        private String renamedFrom;
        private final TextLog definition = new TextLog();
        private final TextLog narrative = new TextLog();
        private final List<StatusChange> statuses = new ArrayList<>();
        private final List<AuditEntry> moves = new ArrayList<>();
        private final Map<String, NodeLog> nodes = new LinkedHashMap<>();

        ThemeLog(String guid) {
            this.guid = guid;
        }

        // The first creation, deletion or restoration says whether the theme was there at the point.
        boolean existedAtPoint() {
            return existence == null || existence.equals("theme.delete");
        }

        void add(AuditEntry e) {
            JsonNode before = json(e.before());
            JsonNode after = json(e.after());
            for (JsonNode t : List.of(after.has("theme") ? after.path("theme") : after, before)) {
                if (t.hasNonNull("name")) {
                    name = t.path("name").asText();
                    break;
                }
            }
            switch (e.action()) {
                case "theme.create", "theme.delete", "theme.restore" -> {
                    if (existence == null) {
                        existence = e.action();
                    }
                }
                case "theme.rename" -> {
                    if (renamedFrom == null) {
                        renamedFrom = before.path("name").asText();
                    }
                }
                case "theme.status" -> statuses.add(new StatusChange(e.at(), e.coder(), status(after.path("from")),
                        status(after.path("to")), after.path("reason").asText("")));
                case "theme.define" -> definition.add(before.path("definition").asText(""),
                        after.path("definition").asText(""));
                case "theme.narrative" -> narrative.add(before.path("narrative").asText(""),
                        after.path("narrative").asText(""));
                case "theme.move" -> moves.add(e);
                case "theme.node.add", "theme.node.remove" -> {
                    String node = (e.action().endsWith("add") ? after : before).path("node").asText("");
                    nodes.computeIfAbsent(node, NodeLog::new).add(e);
                }
                default -> {
                }
            }
        }

        private static String status(JsonNode value) {
            return value.asText("").toLowerCase(Locale.ROOT);
        }
    }

    /** One checklist point's answer: as it was at the point and as it is after the last change. */
    private static final class ChecklistLog {
        private JsonNode first;
        private boolean seen;
        private JsonNode last;

        void add(JsonNode before, JsonNode after) {
            if (!seen) {
                first = before;
                seen = true;
            }
            last = after;
        }

        Optional<ChecklistChange> change(int point) {
            String from = first == null || first.isMissingNode() ? "not answered" : label(first.path("status"));
            String to = label(last.path("status"));
            String textBefore = first == null || first.isMissingNode() ? "" : first.path("answer").asText("");
            String textAfter = last.path("answer").asText("");
            if (from.equals(to) && textBefore.equals(textAfter)) {
                return Optional.empty();
            }
            ChecklistPoint p = ChecklistPoint.get(point);
            return Optional.of(new ChecklistChange(point, p.process(), from, to, textBefore.equals(textAfter)
                    ? List.of() : WordDiff.of(textBefore, textAfter)));
        }

        private static String label(JsonNode status) {
            try {
                return ChecklistStatus.valueOf(status.asText("")).label();
            } catch (IllegalArgumentException e) {
                return status.asText("").toLowerCase(Locale.ROOT);
            }
        }
    }
}
