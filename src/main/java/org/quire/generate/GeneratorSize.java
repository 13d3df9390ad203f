package org.quire.generate;

import java.util.Locale;
import org.quire.model.QuireException;

/**
 * How big a generated project is. S is a typical doctoral project (about 300,000 words in 500
 * sources, 400 codes, 10,000 coded passages); M is ten times that, the size Quire must feel instant
 * at; L a hundred times, the size it must keep working at. XS is for tests.
 */
public enum GeneratorSize {
    XS(20_000, 40, 40, 600),
    S(300_000, 500, 400, 10_000),
    M(3_000_000, 5_000, 4_000, 100_000),
    L(30_000_000, 50_000, 10_000, 1_000_000);

    private final long words;
    private final int sources;
    private final int nodes;
    private final int codings;

    GeneratorSize(long words, int sources, int nodes, int codings) {
        this.words = words;
        this.sources = sources;
        this.nodes = nodes;
        this.codings = codings;
    }

    public long words() {
        return words;
    }

    public int sources() {
        return sources;
    }

    public int nodes() {
        return nodes;
    }

    public int codings() {
        return codings;
    }

    /** Parses XS, S, M or L, ignoring case; anything else is refused with the choices. */
    public static GeneratorSize parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QuireException("Unknown size '" + name + "': use XS, S, M or L");
        }
    }
}
