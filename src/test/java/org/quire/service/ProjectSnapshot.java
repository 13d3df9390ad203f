package org.quire.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quire.model.Annotation;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coding;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.Theme;

/**
 * Everything a researcher would call "the project's content", in a form two projects can be
 * compared by: texts, every coding's exact characters, the code tree, memos, annotations, cases,
 * attributes, themes — named by paths and GUIDs, never by row ids.
 */
public record ProjectSnapshot(Map<String, String> texts, TreeSet<String> codings, TreeSet<String> nodes,
                       TreeSet<String> memos, TreeSet<String> annotations, TreeSet<String> cases,
                       TreeSet<String> attributes, TreeSet<String> themes) {

    public static ProjectSnapshot of(Project p) {
        NodeTree tree = p.nodes().tree();
        Map<String, String> texts = new TreeMap<>();
        TreeSet<String> codings = new TreeSet<>();
        TreeSet<String> annotations = new TreeSet<>();
        TreeSet<String> attributes = new TreeSet<>();
        Map<Long, Source> sources = new TreeMap<>();
        for (Source s : p.sources().list()) {
            sources.put(s.id().value(), s);
            String text = p.sources().text(s.id()).text();
            texts.put(s.path() + " [" + s.guid() + "]", text);
            for (Coding c : p.codings().bySource(s.id())) {
                codings.add(s.path() + " | " + tree.path(c.nodeId()) + " | " + c.span() + " | "
                        + text.substring(c.span().start(), c.span().end()) + " | " + c.guid() + " | " + c.createdAt());
            }
            for (Annotation a : p.annotations().bySource(s.id())) {
                annotations.add(s.path() + " | " + a.span() + " | " + a.text() + " | " + a.coder() + " | " + a.guid());
            }
            attributes.add("source " + s.path() + " = " + new TreeMap<>(p.attributes().sourceValues(s)));
        }
        TreeSet<String> nodes = new TreeSet<>();
        for (Node n : tree.depthFirst()) {
            nodes.add(tree.path(n.id()) + " | " + n.description() + " | " + n.color() + " | " + n.guid());
        }
        TreeSet<String> memos = new TreeSet<>();
        for (Memo m : p.memos().all()) {
            String target = switch (m.target()) {
                case MemoTarget.Journal j -> "journal";
                case MemoTarget.OfNode n -> "node " + tree.path(n.nodeId());
                case MemoTarget.OfTheme t -> "theme " + p.themes().list().stream()
                        .filter(x -> x.id().equals(t.themeId())).findFirst().orElseThrow().name();
                case MemoTarget.OfSource s -> "source " + sources.get(s.sourceId().value()).path();
            };
            List<String> entries = new ArrayList<>();
            for (MemoEntry e : p.memos().entries(m.target())) {
                entries.add(e.at() + " " + e.coder() + ": " + e.text() + " [" + e.guid() + "]");
            }
            memos.add(target + " | " + m.title() + " | " + entries);
        }
        TreeSet<String> cases = new TreeSet<>();
        for (CaseRecord c : p.cases().list()) {
            List<String> links = new ArrayList<>();
            for (CaseLink l : p.cases().links(c.id())) {
                links.add(sources.get(l.sourceId().value()).path() + (l.span() == null ? "" : " " + l.span()));
            }
            links.sort(String::compareTo);
            cases.add(c.name() + " | " + c.description() + " | " + c.guid() + " | " + links + " | "
                    + new TreeMap<>(p.attributes().caseValues(c)));
        }
        for (AttributeScope scope : AttributeScope.values()) {
            for (AttributeDefinition a : p.attributes().definitions(scope)) {
                attributes.add(scope + " " + a.name() + " " + a.type() + " " + a.choices());
            }
        }
        TreeSet<String> themes = new TreeSet<>();
        for (Theme t : p.themes().list()) {
            String parent = t.parentId() == null ? "" : p.themes().list().stream()
                    .filter(x -> x.id().equals(t.parentId())).findFirst().orElseThrow().name();
            themes.add(t.name() + " | " + parent + " | " + t.definition() + " | " + t.narrative() + " | " + t.guid()
                    + " | " + new TreeSet<>(p.themes().nodes(t.id()).stream().map(n -> tree.path(n.id())).toList()));
        }
        return new ProjectSnapshot(texts, codings, nodes, memos, annotations, cases, attributes, themes);
    }
}
