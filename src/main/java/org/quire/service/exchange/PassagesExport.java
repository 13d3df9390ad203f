package org.quire.service.exchange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quire.exports.StreamedTable;
import org.quire.exports.Table;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.CaseId;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.coding.CodedPassage;
import org.quire.service.coding.CodingService;
import org.quire.service.coding.PassageInContext;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;

/**
 * Every coded passage, one row each (MAXQDA's retrieved segments, NVivo's coding summary): code,
 * source, folder, cases, one column per source attribute and per case attribute, coder, date,
 * place, the passage and the words around it. Rows are produced source by source while the file is
 * written, so neither the table nor any whole text is held in memory.
 */
final class PassagesExport {
    static final String SHEET = "Coded passages";
    private static final DateTimeFormatter CODED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Database db;
    private final NodeService nodes;
    private final CodingService codings;
    private final ZoneId zone;

    PassagesExport(Database db, NodeService nodes, CodingService codings, ZoneId zone) {
        this.db = db;
        this.nodes = nodes;
        this.codings = codings;
        this.zone = zone;
    }

    /** The attributes, cases and their values the rows need: small, read once before the rows. */
    private record Lookup(List<AttributeDefinition> sourceAttributes, Map<String, Map<SourceId, String>> sourceValues,
                          List<AttributeDefinition> caseAttributes, Map<CaseId, CaseRecord> cases,
                          Map<CaseId, Map<String, String>> caseValues, Map<SourceId, List<CaseLink>> links) {
    }

    StreamedTable table(List<String> nodePaths, boolean descendants) {
        Set<NodeId> chosen = chosen(nodePaths, descendants);
        Lookup lookup = db.read(tx -> {
            List<AttributeDefinition> sourceAttributes = tx.attributes().all(AttributeScope.SOURCE);
            Map<String, Map<SourceId, String>> sourceValues = new HashMap<>();
            sourceAttributes.forEach(a -> sourceValues.put(a.name(), tx.attributes().sourceValuesOf(a.id())));
            Map<CaseId, CaseRecord> cases = new HashMap<>();
            Map<CaseId, Map<String, String>> caseValues = new HashMap<>();
            for (CaseRecord c : tx.cases().all()) {
                cases.put(c.id(), c);
                caseValues.put(c.id(), tx.attributes().caseValues(c.id()));
            }
            Map<SourceId, List<CaseLink>> links = new HashMap<>();
            tx.cases().allLinks().forEach(l -> links.computeIfAbsent(l.sourceId(), s -> new ArrayList<>()).add(l));
            return new Lookup(sourceAttributes, sourceValues, tx.attributes().all(AttributeScope.CASE), cases,
                    caseValues, links);
        });
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.wrapped("Code", 28),
                Table.Column.wrapped("Source", 26), Table.Column.text("Folder", 16), Table.Column.text("Cases", 16)));
        lookup.sourceAttributes().forEach(a -> columns.add(Table.Column.text(a.name(), 14)));
        lookup.caseAttributes().forEach(a -> columns.add(Table.Column.text("Case " + a.name(), 14)));
        columns.addAll(List.of(Table.Column.text("Coder", 12), Table.Column.text("Coded on", 16),
                Table.Column.text("Paragraph", 10), Table.Column.text("Page", 6),
                Table.Column.wrapped("Context before", 30), Table.Column.wrapped("Passage", 60),
                Table.Column.wrapped("Context after", 30), Table.Column.hidden("Coding GUID", 36)));
        return new StreamedTable(SHEET, columns, sink -> codings.eachInContext(chosen, page -> {
            for (PassageInContext p : page) {
                sink.accept(row(p, lookup));
            }
        }));
    }

    /** The nodes whose passages go out; null for all of them. */
    private Set<NodeId> chosen(List<String> paths, boolean descendants) {
        if (paths.isEmpty()) {
            return null;
        }
        NodeTree tree = nodes.tree();
        Set<NodeId> out = new LinkedHashSet<>();
        for (String path : paths) {
            Node node = nodes.find(path);
            if (descendants) {
                tree.subtree(node.id()).forEach(n -> out.add(n.id()));
            } else {
                out.add(node.id());
            }
        }
        return out;
    }

    private List<Object> row(PassageInContext p, Lookup lookup) {
        CodedPassage c = p.passage();
        Span span = c.coding().span();
        List<CaseRecord> cases = lookup.links().getOrDefault(c.source().id(), List.of()).stream()
                .filter(l -> l.span() == null || (l.span().start() < span.end() && l.span().end() > span.start()))
                .map(l -> lookup.cases().get(l.caseId())).distinct()
                .sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT))).toList();
        List<Object> row = new ArrayList<>();
        row.add(c.nodePath());
        row.add(c.source().name());
        row.add(c.source().folder());
        row.add(cases.stream().map(CaseRecord::name).collect(Collectors.joining("; ")));
        for (AttributeDefinition a : lookup.sourceAttributes()) {
            row.add(lookup.sourceValues().get(a.name()).getOrDefault(c.source().id(), ""));
        }
        for (AttributeDefinition a : lookup.caseAttributes()) {
            row.add(cases.stream().map(r -> lookup.caseValues().get(r.id()).get(a.name()))
                    .filter(v -> v != null && !v.isEmpty()).distinct().collect(Collectors.joining("; ")));
        }
        row.add(c.coder() == null ? "" : c.coder());
        row.add(c.coding().createdAt() == null ? "" : CODED.format(c.coding().createdAt().atZone(zone)));
        row.add(c.paragraph() > 0 ? c.paragraph() : "");
        row.add(c.page() > 0 ? c.page() : "");
        row.add(p.before());
        row.add(c.text());
        row.add(p.after());
        row.add(c.coding().guid());
        return row;
    }
}
