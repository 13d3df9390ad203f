package org.quire.model;

import java.util.List;

/** A named attribute with a type; {@code choices} lists the allowed values of a CHOICE attribute. */
public record AttributeDefinition(AttributeId id, String guid, AttributeScope scope, String name,
                                  AttributeType type, List<String> choices) {
    public AttributeDefinition {
        choices = List.copyOf(choices);
    }
}
