package org.quire.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quire.exports.refi.RefiData;
import org.quire.exports.refi.RefiGuids;
import org.quire.model.Annotation;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.CoderId;
import org.quire.model.Coding;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.store.ProjectLayout;
import org.quire.store.Tx;

/**
 * Reads a whole project, in one read transaction, into the terms of the REFI-QDA standard:
 * coders → users, nodes → codes, themes → non-codable codes with a set per theme and a thematic
 * map, memo entries and annotations → notes, attributes → variables, folders → sets of sources.
 * Everything keeps its GUID; elements without a row of their own get {@link RefiGuids}.
 */
final class RefiExport {
    /** The description line that carries a choice attribute's labels (read back by the importer). */
    static final String CHOICES = "Choices:";
    static final String THEMES_FOLDER = "Themes";

    private final Tx tx;
    private final ProjectLayout layout;
    private final Map<CoderId, String> coderGuids = new HashMap<>();
    private final Map<String, String> coderGuidsByName = new HashMap<>();
    private final Map<NodeId, String> nodeGuids = new HashMap<>();
    private final Map<AttributeScope, Map<String, AttributeDefinition>> definitions = new HashMap<>();
    private final Map<String, String> variableTypes = new HashMap<>();
    private final List<RefiData.Note> notes = new ArrayList<>();
    private final Map<MemoTarget, List<String>> memoNotes = new HashMap<>();

    RefiExport(Tx tx, ProjectLayout layout) {
        this.tx = tx;
        this.layout = layout;
    }

    static String origin() {
        String v = RefiExport.class.getPackage().getImplementationVersion();
        return "Quire " + (v == null ? "(development build)" : v);
    }

    RefiData.Project project() {
        String projectGuid = tx.settings().get("guid").orElseThrow();
        String title = tx.settings().get("title").orElse(layout.displayName());
        Instant created = tx.settings().get("created_at").map(Instant::parse).orElse(null);
        List<RefiData.User> users = new ArrayList<>();
        for (Coder c : tx.coders().all()) {
            users.add(new RefiData.User(c.guid(), c.name()));
            coderGuids.put(c.id(), c.guid());
            coderGuidsByName.put(c.name(), c.guid());
        }
        memoNotes();
        List<Node> nodes = tx.nodes().all();
        nodes.forEach(n -> nodeGuids.put(n.id(), n.guid()));
        List<Theme> themes = tx.themes().all();
        List<RefiData.Code> codes = new ArrayList<>(codeTree(nodes, null));
        List<RefiData.Set> sets = new ArrayList<>();
        List<RefiData.Graph> graphs = new ArrayList<>();
        if (!themes.isEmpty()) {
            Map<ThemeId, List<NodeId>> members = new HashMap<>();
            themes.forEach(t -> members.put(t.id(), tx.themes().nodes(t.id())));
            codes.add(new RefiData.Code(RefiGuids.themesFolder(projectGuid), THEMES_FOLDER, false, null,
                    "The themes of this project; each theme's codes are listed in the set of the same name.",
                    List.of(), themeCodes(themes, null)));
            Map<NodeId, Node> byId = new HashMap<>();
            nodes.forEach(n -> byId.put(n.id(), n));
            for (Theme t : themes) {
                sets.add(new RefiData.Set(RefiGuids.themeSet(t.guid()), t.name(), t.narrative(),
                        members.get(t.id()).stream().map(id -> byId.get(id).guid()).toList(), List.of()));
            }
            graphs.add(RefiMapGraph.of(RefiGuids.themeMap(projectGuid), themes, members, byId));
        }
        List<RefiData.Variable> variables = variables();
        List<RefiData.Source> sources = new ArrayList<>();
        Map<String, List<String>> folders = new TreeMap<>();
        Map<String, Map<Span, String>> caseSelections = caseSelections();
        for (Source s : tx.sources().all()) {
            sources.add(source(s, caseSelections.getOrDefault(s.guid(), Map.of())));
            if (!s.folder().isEmpty()) {
                folders.computeIfAbsent(s.folder(), f -> new ArrayList<>()).add(s.guid());
            }
        }
        folders.forEach((folder, members) -> sets.add(new RefiData.Set(RefiGuids.folderSet(projectGuid, folder), folder,
                "Folder", List.of(), members)));
        List<RefiData.Case> cases = cases(caseSelections);
        // Who first made the project, when that person is among the users written.
        String creator = tx.settings().get("created_by").filter(g -> users.stream().anyMatch(u -> u.guid().equals(g)))
                .orElse(null);
        return new RefiData.Project(title, origin(), creator, created, tx.now(), users, codes, variables, cases,
                sources, notes, sets, graphs, memoNotes.getOrDefault(new MemoTarget.Journal(), List.of()));
    }

    /** The code book alone: nodes as codes (no notes: that schema has none) and a set per theme. */
    RefiData.Project codeBook() {
        List<Node> nodes = tx.nodes().all();
        nodes.forEach(n -> nodeGuids.put(n.id(), n.guid()));
        List<RefiData.Set> sets = new ArrayList<>();
        for (Theme t : tx.themes().all()) {
            sets.add(new RefiData.Set(RefiGuids.themeSet(t.guid()), t.name(), t.definition(),
                    tx.themes().nodes(t.id()).stream().map(nodeGuids::get).toList(), List.of()));
        }
        String title = tx.settings().get("title").orElse(layout.displayName());
        return new RefiData.Project(title, origin(), null, null, null, List.of(), codeTree(nodes, null), List.of(),
                List.of(), List.of(), List.of(), sets, List.of(), List.of());
    }

    /** Every memo entry becomes a note; the target later points to it with a NoteRef. */
    private void memoNotes() {
        for (Memo memo : tx.memos().all()) {
            for (MemoEntry e : tx.memos().entries(memo.id())) {
                notes.add(new RefiData.Note(e.guid(), memo.title(), e.text(), coderGuidsByName.get(e.coder()), e.at()));
                memoNotes.computeIfAbsent(memo.target(), t -> new ArrayList<>()).add(e.guid());
            }
        }
    }

    private List<RefiData.Code> codeTree(List<Node> nodes, NodeId parent) {
        Map<NodeId, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        return codes(children, parent);
    }

    private List<RefiData.Code> codes(Map<NodeId, List<Node>> children, NodeId parent) {
        List<RefiData.Code> out = new ArrayList<>();
        for (Node n : children.getOrDefault(parent, List.of())) {
            out.add(new RefiData.Code(n.guid(), n.name(), true, n.color(), n.description(),
                    memoNotes.getOrDefault(new MemoTarget.OfNode(n.id()), List.of()), codes(children, n.id())));
        }
        return out;
    }

    private List<RefiData.Code> themeCodes(List<Theme> themes, ThemeId parent) {
        List<RefiData.Code> out = new ArrayList<>();
        for (Theme t : themes) {
            if (java.util.Objects.equals(t.parentId(), parent)) {
                out.add(new RefiData.Code(t.guid(), t.name(), false, null, t.definition(),
                        memoNotes.getOrDefault(new MemoTarget.OfTheme(t.id()), List.of()), themeCodes(themes, t.id())));
            }
        }
        return out;
    }

    private List<RefiData.Variable> variables() {
        List<RefiData.Variable> out = new ArrayList<>();
        for (AttributeScope scope : AttributeScope.values()) {
            Map<String, AttributeDefinition> byName = new HashMap<>();
            definitions.put(scope, byName);
            for (AttributeDefinition a : tx.attributes().all(scope)) {
                byName.put(a.name(), a);
                String type = switch (a.type()) {
                    case NUMBER -> "Float";
                    case DATE -> "Date";
                    case BOOLEAN -> "Boolean";
                    case TEXT, CHOICE -> "Text";
                };
                variableTypes.put(a.name().toLowerCase(java.util.Locale.ROOT) + "/" + scope, type);
                String description = a.type() == org.quire.model.AttributeType.CHOICE
                        ? CHOICES + "\n" + String.join("\n", a.choices()) : null;
                out.add(new RefiData.Variable(a.guid(), a.name(), type, description));
            }
        }
        return out;
    }

    private List<RefiData.Value> values(Map<String, String> values, AttributeScope scope) {
        List<RefiData.Value> out = new ArrayList<>();
        Map<String, AttributeDefinition> defs = definitions.get(scope);
        for (Map.Entry<String, String> v : values.entrySet()) {
            AttributeDefinition def = defs.get(v.getKey());
            if (def != null && v.getValue() != null) {
                out.add(new RefiData.Value(def.guid(), variableTypes.get(def.name().toLowerCase(java.util.Locale.ROOT)
                        + "/" + scope), v.getValue()));
            }
        }
        return out;
    }

    /** Passages linked to a case need a selection to point at: source GUID → span → selection GUID. */
    private Map<String, Map<Span, String>> caseSelections() {
        Map<String, Map<Span, String>> out = new HashMap<>();
        Map<org.quire.model.SourceId, String> guids = new HashMap<>();
        tx.sources().all().forEach(s -> guids.put(s.id(), s.guid()));
        for (CaseLink link : tx.cases().allLinks()) {
            if (link.span() != null) {
                String source = guids.get(link.sourceId());
                out.computeIfAbsent(source, k -> new HashMap<>()).put(link.span(),
                        RefiGuids.selection(source, link.span().start(), link.span().end()));
            }
        }
        return out;
    }

    private List<RefiData.Case> cases(Map<String, Map<Span, String>> caseSelections) {
        Map<org.quire.model.SourceId, String> guids = new HashMap<>();
        tx.sources().all().forEach(s -> guids.put(s.id(), s.guid()));
        List<RefiData.Case> out = new ArrayList<>();
        for (CaseRecord c : tx.cases().all()) {
            List<String> sources = new ArrayList<>();
            List<String> selections = new ArrayList<>();
            for (CaseLink link : tx.cases().links(c.id())) {
                String source = guids.get(link.sourceId());
                if (link.span() == null) {
                    sources.add(source);
                } else {
                    selections.add(caseSelections.get(source).get(link.span()));
                }
            }
            out.add(new RefiData.Case(c.guid(), c.name(), c.description(),
                    values(tx.attributes().caseValues(c.id()), AttributeScope.CASE), sources, selections));
        }
        return out;
    }

    private RefiData.Source source(Source s, Map<Span, String> caseSpans) {
        String text = tx.sources().text(s.id()).text();
        Map<Span, SelectionBuilder> selections = new TreeMap<>();
        for (Coding c : tx.codings().bySource(s.id())) {
            selections.computeIfAbsent(c.span(), span -> new SelectionBuilder(s.guid(), span)).codings.add(
                    new RefiData.Coding(c.guid(), nodeGuid(c.nodeId()), coderGuids.get(c.coderId()), c.createdAt()));
            selections.get(c.span()).seen(coderGuids.get(c.coderId()), c.createdAt());
        }
        for (Annotation a : tx.annotations().bySource(s.id())) {
            notes.add(new RefiData.Note(a.guid(), "Annotation", a.text(), coderGuidsByName.get(a.coder()), a.createdAt()));
            SelectionBuilder b = selections.computeIfAbsent(a.span(), span -> new SelectionBuilder(s.guid(), span));
            b.notes.add(a.guid());
            b.seen(coderGuidsByName.get(a.coder()), a.createdAt());
        }
        caseSpans.keySet().forEach(span -> selections.computeIfAbsent(span, sp -> new SelectionBuilder(s.guid(), sp)));
        Path original = layout.originals().resolve(s.originalFile());
        boolean kept = Files.isRegularFile(original);
        RefiData.Kind kind = kept && "pdf".equals(s.format()) && s.originalFile().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".pdf") ? RefiData.Kind.PDF
                : kept && "docx".equals(s.format()) && s.originalFile().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".docx") ? RefiData.Kind.DOCX : RefiData.Kind.PLAIN;
        return new RefiData.Source(s.guid(), s.name(), kind, text, kind == RefiData.Kind.PLAIN ? null : original,
                RefiGuids.representation(s.guid()), selections.values().stream().map(SelectionBuilder::build).toList(),
                List.of(), memoNotes.getOrDefault(new MemoTarget.OfSource(s.id()), List.of()),
                values(tx.attributes().sourceValues(s.id()), AttributeScope.SOURCE), null, s.importedAt());
    }

    private String nodeGuid(NodeId id) {
        return nodeGuids.get(id);
    }

    /** Collects what is attached to one passage; its creator is whoever touched it first. */
    private static final class SelectionBuilder {
        private final String sourceGuid;
        private final Span span;
        private final List<RefiData.Coding> codings = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String creator;
        private Instant created;

        SelectionBuilder(String sourceGuid, Span span) {
            this.sourceGuid = sourceGuid;
            this.span = span;
        }

        void seen(String coderGuid, Instant at) {
            if (created == null || (at != null && at.isBefore(created))) {
                created = at;
                creator = coderGuid;
            }
        }

        RefiData.Selection build() {
            codings.sort(Comparator.comparing(RefiData.Coding::guid));
            return new RefiData.Selection(RefiGuids.selection(sourceGuid, span.start(), span.end()), span.start(),
                    span.end(), codings, notes, creator, created);
        }
    }
}
