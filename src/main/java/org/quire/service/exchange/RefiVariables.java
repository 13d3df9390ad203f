package org.quire.service.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.imports.refi.Qde;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.service.sources.AttributeService;
import org.quire.store.Tx;

/**
 * REFI-QDA variables become Quire attributes. A variable is project-wide in the standard but an
 * attribute describes either sources or cases, so each variable is defined in the scope where its
 * values appear (both, if it is used on both; a variable with no values describes sources).
 */
final class RefiVariables {
    private final Tx tx;
    private final RefiReport.Builder report;
    private final Map<String, Qde.Variable> variables = new HashMap<>();
    private final Map<AttributeScope, Map<String, AttributeDefinition>> defined = new EnumMap<>(AttributeScope.class);
    private final RefiNames guids = new RefiNames();
    private final Set<String> used = new HashSet<>();
    private int values;

    RefiVariables(Tx tx, List<Qde.Variable> variables, RefiReport.Builder report) {
        this.tx = tx;
        this.report = report;
        variables.forEach(v -> this.variables.putIfAbsent(v.guid(), v));
        for (AttributeScope scope : AttributeScope.values()) {
            defined.put(scope, new HashMap<>());
        }
    }

    void setOnSource(Source source, List<Qde.Value> values) {
        for (Qde.Value v : values) {
            AttributeDefinition def = definition(v.variableGuid(), AttributeScope.SOURCE);
            String canonical = canonical(def, v);
            if (canonical != null) {
                tx.attributes().setSourceValue(source.id(), def.id(), canonical);
                this.values++;
            }
        }
    }

    void setOnCase(CaseRecord c, List<Qde.Value> values) {
        for (Qde.Value v : values) {
            AttributeDefinition def = definition(v.variableGuid(), AttributeScope.CASE);
            String canonical = canonical(def, v);
            if (canonical != null) {
                tx.attributes().setCaseValue(c.id(), def.id(), canonical);
                this.values++;
            }
        }
    }

    /** Defines the variables no value used (as source attributes) and reports the totals. */
    void finish() {
        for (Qde.Variable v : variables.values()) {
            if (!used.contains(v.guid())) {
                definition(v.guid(), AttributeScope.SOURCE);
            }
        }
        report.carried("variables (as attributes)", used.size());
        report.carried("variable values", values);
    }

    private String canonical(AttributeDefinition def, Qde.Value v) {
        if (def == null) {
            report.dropped("variable values of variables that are not defined in the file", 1);
            return null;
        }
        try {
            return AttributeService.canonical(def, v.value());
        } catch (QuireException e) {
            report.dropped("variable values that do not fit their variable's type", 1);
            report.warn("value '" + v.value() + "' of '" + def.name() + "' was not kept: " + e.getMessage());
            return null;
        }
    }

    private AttributeDefinition definition(String guid, AttributeScope scope) {
        Qde.Variable v = variables.get(guid);
        if (v == null) {
            return null;
        }
        used.add(guid);
        return defined.get(scope).computeIfAbsent(guid, g -> define(v, scope));
    }

    private AttributeDefinition define(Qde.Variable v, AttributeScope scope) {
        AttributeType type;
        List<String> choices = new ArrayList<>();
        String description = v.description() == null ? "" : v.description().strip();
        String kind = v.type() == null ? "Text" : v.type();
        if (description.startsWith(RefiExport.CHOICES)) {
            // Written by Quire's exporter: the labels of a choice attribute, one a line.
            description.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).distinct().forEach(choices::add);
        }
        if (!choices.isEmpty()) {
            type = AttributeType.CHOICE;
        } else {
            type = switch (kind) {
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            if ("DateTime".equals(kind)) {
                report.warn("variable '" + v.name() + "' holds dates with times; kept as text");
            }
            if (!description.isEmpty()) {
                report.dropped("variable descriptions (Quire attributes have none)", 1);
            }
        }
        String name = RefiNames.unique(RefiNames.clean(v.name(), "Variable"),
                n -> tx.attributes().byName(scope, n).isPresent());
        // A variable used on both sources and cases: the second attribute gets a GUID of its own.
        return tx.attributes().insert(guids.guid(v.guid()), scope, name, type, choices);
    }
}
