package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeId;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseId;
import org.quire.model.SourceId;

/** Attribute definitions and the values of sources and cases (stored in canonical text form). */
public final class AttributeStore {
    private final Jdbc jdbc;

    AttributeStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public AttributeDefinition insert(String guid, AttributeScope scope, String name, AttributeType type,
                                      List<String> choices) {
        long id = jdbc.insert("INSERT INTO attribute_def (guid, scope, name, type) VALUES (?, ?, ?, ?)",
                guid, scope, name, type);
        setChoices(new AttributeId(id), choices);
        return new AttributeDefinition(new AttributeId(id), guid, scope, name, type, choices);
    }

    public void setChoices(AttributeId id, List<String> choices) {
        jdbc.update("DELETE FROM attribute_choice WHERE attribute_id = ?", id.value());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            rows.add(new Object[] {id.value(), i, choices.get(i)});
        }
        jdbc.batch("INSERT INTO attribute_choice (attribute_id, ordinal, label) VALUES (?, ?, ?)", rows);
    }

    public Optional<AttributeDefinition> byName(AttributeScope scope, String name) {
        return jdbc.one("SELECT id FROM attribute_def WHERE scope = ? AND name_key = LOWER(?)",
                rs -> rs.getLong(1), scope, name).map(id -> get(new AttributeId(id)));
    }

    public AttributeDefinition get(AttributeId id) {
        List<String> choices = jdbc.list("SELECT label FROM attribute_choice WHERE attribute_id = ? ORDER BY ordinal",
                rs -> rs.getString(1), id.value());
        return jdbc.one("SELECT id, guid, scope, name, type FROM attribute_def WHERE id = ?",
                rs -> map(rs, choices), id.value()).orElseThrow();
    }

    public List<AttributeDefinition> all(AttributeScope scope) {
        return jdbc.list("SELECT id FROM attribute_def WHERE scope = ? ORDER BY id", rs -> rs.getLong(1), scope)
                .stream().map(id -> get(new AttributeId(id))).toList();
    }

    public Optional<String> sourceValue(SourceId source, AttributeId attribute) {
        return jdbc.one("SELECT val FROM source_attribute WHERE source_id = ? AND attribute_id = ?",
                rs -> rs.getString(1), source.value(), attribute.value());
    }

    public void setSourceValue(SourceId source, AttributeId attribute, String value) {
        jdbc.update("DELETE FROM source_attribute WHERE source_id = ? AND attribute_id = ?", source.value(), attribute.value());
        if (value != null) {
            jdbc.update("INSERT INTO source_attribute (source_id, attribute_id, val) VALUES (?, ?, ?)",
                    source.value(), attribute.value(), value);
        }
    }

    /** A value for a source that has none yet, for bulk loading. */
    public record NewSourceValue(SourceId source, AttributeId attribute, String value) {
    }

    /** Adds values to sources that have none for those attributes, in one JDBC batch. */
    public void insertSourceValues(List<NewSourceValue> values) {
        List<Object[]> rows = new ArrayList<>(values.size());
        for (NewSourceValue v : values) {
            rows.add(new Object[] {v.source().value(), v.attribute().value(), v.value()});
        }
        jdbc.batch("INSERT INTO source_attribute (source_id, attribute_id, val) VALUES (?, ?, ?)", rows);
    }

    /** Every source's value of one attribute. */
    public Map<SourceId, String> sourceValuesOf(AttributeId attribute) {
        Map<SourceId, String> values = new LinkedHashMap<>();
        jdbc.list("SELECT source_id, val FROM source_attribute WHERE attribute_id = ?",
                rs -> values.put(new SourceId(rs.getLong(1)), rs.getString(2)), attribute.value());
        return values;
    }

    /** Attribute name → value for one source, in definition order. */
    public Map<String, String> sourceValues(SourceId source) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.list("SELECT d.name, v.val FROM source_attribute v JOIN attribute_def d ON d.id = v.attribute_id"
                + " WHERE v.source_id = ? ORDER BY d.id", rs -> values.put(rs.getString(1), rs.getString(2)), source.value());
        return values;
    }

    public Optional<String> caseValue(CaseId caseId, AttributeId attribute) {
        return jdbc.one("SELECT val FROM case_attribute WHERE case_id = ? AND attribute_id = ?",
                rs -> rs.getString(1), caseId.value(), attribute.value());
    }

    public void setCaseValue(CaseId caseId, AttributeId attribute, String value) {
        jdbc.update("DELETE FROM case_attribute WHERE case_id = ? AND attribute_id = ?", caseId.value(), attribute.value());
        if (value != null) {
            jdbc.update("INSERT INTO case_attribute (case_id, attribute_id, val) VALUES (?, ?, ?)",
                    caseId.value(), attribute.value(), value);
        }
    }

    public Map<String, String> caseValues(CaseId caseId) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.list("SELECT d.name, v.val FROM case_attribute v JOIN attribute_def d ON d.id = v.attribute_id"
                + " WHERE v.case_id = ? ORDER BY d.id", rs -> values.put(rs.getString(1), rs.getString(2)), caseId.value());
        return values;
    }

    private static AttributeDefinition map(ResultSet rs, List<String> choices) throws SQLException {
        return new AttributeDefinition(new AttributeId(rs.getLong("id")), rs.getString("guid"),
                AttributeScope.valueOf(rs.getString("scope")), rs.getString("name"),
                AttributeType.valueOf(rs.getString("type")), choices);
    }
}
