package org.quire.model;

import java.time.Instant;

/** A code in the code book. Nodes form a tree through {@code parentId} (null at the top level). */
public record Node(NodeId id, String guid, NodeId parentId, String name, String description,
                   String color, Instant createdAt, Instant updatedAt) {
}
