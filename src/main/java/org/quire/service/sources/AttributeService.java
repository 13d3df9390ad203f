package org.quire.service.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * Attributes of sources and cases (NVivo's classifications). Values are checked against the
 * attribute's type and stored canonically: dates as ISO yyyy-MM-dd, numbers without trailing
 * zeros, booleans as true/false, choices as one of the defined labels.
 */
public final class AttributeService {
    private final Database db;
    private final Coder coder;

    public AttributeService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    public AttributeDefinition define(AttributeScope scope, String name, AttributeType type, List<String> choices) {
        String checked = Validation.name("Attribute", name);
        if (type == AttributeType.CHOICE && choices.isEmpty()) {
            throw new QuireException("Choice attribute '" + checked + "' needs at least one choice");
        }
        List<String> labels = choices.stream().map(c -> Validation.name("Choice", c)).distinct().toList();
        return db.write(coder, tx -> {
            tx.attributes().byName(scope, checked).ifPresent(a -> {
                throw new QuireException("There is already a " + scope.name().toLowerCase(Locale.ROOT)
                        + " attribute named '" + a.name() + "'");
            });
            AttributeDefinition def = tx.attributes().insert(Guids.next(), scope, checked, type, labels);
            tx.audit().record("attribute.define", "attribute", def.guid(), "Defined " + scope.name().toLowerCase(Locale.ROOT)
                    + " attribute '" + checked + "' (" + type.name().toLowerCase(Locale.ROOT) + ")", null, def);
            return def;
        });
    }

    public List<AttributeDefinition> definitions(AttributeScope scope) {
        return db.read(tx -> tx.attributes().all(scope));
    }

    /**
     * Sets a source's attribute value; an attribute not yet defined is defined as text. A null or
     * blank value clears it.
     */
    public void setSourceValue(Source source, String attribute, String value) {
        db.write(coder, tx -> {
            setSourceValue(tx, source, attribute, value);
            return null;
        });
    }

    void setSourceValue(Tx tx, Source source, String attribute, String value) {
        AttributeDefinition def = definitionOrText(tx, AttributeScope.SOURCE, attribute);
        String canonical = canonical(def, value);
        String before = tx.attributes().sourceValue(source.id(), def.id()).orElse(null);
        tx.attributes().setSourceValue(source.id(), def.id(), canonical);
        audit(tx, def, "source", source.guid(), source.name(), before, canonical);
    }

    public Map<String, String> sourceValues(Source source) {
        return db.read(tx -> tx.attributes().sourceValues(source.id()));
    }

    public void setCaseValue(CaseRecord c, String attribute, String value) {
        db.write(coder, tx -> {
            setCaseValue(tx, c, attribute, value);
            return null;
        });
    }

    void setCaseValue(Tx tx, CaseRecord c, String attribute, String value) {
        AttributeDefinition def = definitionOrText(tx, AttributeScope.CASE, attribute);
        String canonical = canonical(def, value);
        String before = tx.attributes().caseValue(c.id(), def.id()).orElse(null);
        tx.attributes().setCaseValue(c.id(), def.id(), canonical);
        audit(tx, def, "case", c.guid(), c.name(), before, canonical);
    }

    private static void audit(Tx tx, AttributeDefinition def, String entityType, String guid, String name,
                              String before, String after) {
        tx.audit().record("attribute.set", entityType, guid, "Set '" + def.name() + "' of " + entityType + " '" + name
                + "' to " + (after == null ? "(none)" : "'" + after + "'"),
                Map.of("value", String.valueOf(before)), Map.of("value", String.valueOf(after)), def.guid());
    }

    public Map<String, String> caseValues(CaseRecord c) {
        return db.read(tx -> tx.attributes().caseValues(c.id()));
    }

    private AttributeDefinition definitionOrText(Tx tx, AttributeScope scope, String attribute) {
        String name = Validation.name("Attribute", attribute);
        return tx.attributes().byName(scope, name).orElseGet(() -> {
            AttributeDefinition def = tx.attributes().insert(Guids.next(), scope, name,
                    AttributeType.TEXT, List.of());
            tx.audit().record("attribute.define", "attribute", def.guid(), "Defined " + scope.name().toLowerCase(Locale.ROOT)
                    + " attribute '" + name + "' (text)", null, def);
            return def;
        });
    }

    /** The canonical stored form of {@code raw} for this attribute, or null to clear the value. */
    public static String canonical(AttributeDefinition def, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        String problem = "Value '" + v + "' of attribute '" + def.name() + "' ";
        return switch (def.type()) {
            case TEXT -> v;
            case NUMBER -> {
                try {
                    yield new BigDecimal(v).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new QuireException(problem + "is not a number");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new QuireException(problem + "is not a date written yyyy-mm-dd, e.g. 2017-09-14");
                }
            }
            case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> "true";
                case "false", "no", "n", "0" -> "false";
                default -> throw new QuireException(problem + "is not yes/no (true/false)");
            };
            case CHOICE -> def.choices().stream().filter(c -> c.equalsIgnoreCase(v)).findFirst()
                    .orElseThrow(() -> new QuireException(problem + "is not one of its choices: "
                            + String.join(", ", def.choices())));
        };
    }
}
