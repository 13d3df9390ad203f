package org.quire.service.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.analysis.ThemeFamilies;
import org.quire.analysis.ThemeMatrices;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Theme;
import org.quire.store.ThemeMatrixStore;
import org.quire.store.Tx;

/** Reads, in one transaction, what theme and framework matrices are computed from. */
public final class ThemeData {
    private ThemeData() {
    }

    public static ThemeFamilies families(Tx tx) {
        return new ThemeFamilies(tx.themes().all(), tx.themeMatrices().memberships(), tx.nodes().tree());
    }

    /**
     * @param attributes source attribute names to show, in order; null for every source attribute
     */
    static ThemeMatrices.Data load(Tx tx, ThemeFamilies families, List<String> attributes) {
        List<ThemeMatrices.Coded> codings = codings(tx, families);
        Map<SourceId, Source> sources = new HashMap<>();
        tx.sources().all().forEach(s -> sources.put(s.id(), s));
        Map<String, Map<SourceId, String>> values = new LinkedHashMap<>();
        for (AttributeDefinition def : attributeDefinitions(tx, attributes)) {
            values.put(def.name(), tx.attributes().sourceValuesOf(def.id()));
        }
        List<String> guids = families.ordered().stream().map(Theme::guid).toList();
        Map<String, Map<String, ThemeMatrices.Note>> notes = new HashMap<>();
        tx.themeMatrices().extractNotes(guids).forEach((theme, byCoding) -> {
            Map<String, ThemeMatrices.Note> m = new HashMap<>();
            byCoding.forEach((coding, n) -> m.put(coding, new ThemeMatrices.Note(n.note(), n.quote())));
            notes.put(theme, m);
        });
        // Several matrices built from one load share the texts read for any of them.
        Map<SourceId, SourceText> texts = new HashMap<>();
        return new ThemeMatrices.Data(families, codings, sources, wanted -> {
            List<SourceId> missing = wanted.stream().filter(id -> !texts.containsKey(id)).toList();
            texts.putAll(tx.sources().textsWithLayout(missing));
            Map<SourceId, SourceText> out = new HashMap<>();
            wanted.forEach(id -> out.put(id, texts.get(id)));
            return out;
        }, values, notes);
    }

    static List<ThemeMatrices.Coded> codings(Tx tx, ThemeFamilies families) {
        List<ThemeMatrices.Coded> out = new ArrayList<>();
        for (ThemeMatrixStore.CodingRef c : tx.themeMatrices().codingsAt(families.allNodes())) {
            out.add(new ThemeMatrices.Coded(c.guid(), c.node(), c.source(), c.span()));
        }
        return out;
    }

    private static List<AttributeDefinition> attributeDefinitions(Tx tx, List<String> names) {
        if (names == null) {
            return tx.attributes().all(AttributeScope.SOURCE);
        }
        List<AttributeDefinition> out = new ArrayList<>();
        for (String n : names) {
            out.add(tx.attributes().byName(AttributeScope.SOURCE, n.strip()).orElseThrow(() -> new QuireException(
                    "No source attribute named '" + n.strip() + "' in this project")));
        }
        return out;
    }

    static Theme theme(Tx tx, String name) {
        return tx.themes().byName(name.strip())
                .orElseThrow(() -> new QuireException("No theme named '" + name.strip() + "' in this project"));
    }
}
