package org.quire.service.search;

import java.util.List;
import org.quire.model.Coding;

/**
 * What coding search hits did: the new codings, and how many passages were already coded at the
 * node (and skipped).
 */
public record SearchCoding(List<Coding> created, int alreadyCoded) {
    public SearchCoding {
        created = List.copyOf(created);
    }
}
