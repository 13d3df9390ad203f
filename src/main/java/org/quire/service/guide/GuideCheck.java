package org.quire.service.guide;

import java.util.List;

/** The result of one check: the items it found (empty when nothing needs a look) and how many in all. */
public record GuideCheck(CheckKind kind, List<CheckItem> items, int total) {
    public boolean clear() {
        return total == 0;
    }
}
