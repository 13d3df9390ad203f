package org.quire.service.search;

/** How much text around a search hit to code: the hit itself, its sentence, or its paragraph. */
public enum Spread {
    HIT, SENTENCE, PARAGRAPH
}
