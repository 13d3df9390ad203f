package org.quire.service.queries;

import java.util.Arrays;
import java.util.List;
import org.quire.model.QuireException;

/**
 * What the rows (or columns) of a matrix coding query are. Written on the command line as
 * {@code nodes:PATH,PATH}, {@code children:PATH}, {@code cases} or {@code attr:NAME}.
 */
public sealed interface MatrixAxis {
    /** The named nodes, each standing for its own codings and, with {@code descendants}, its descendants'. */
    record Nodes(List<String> paths, boolean descendants) implements MatrixAxis {
        public Nodes {
            paths = List.copyOf(paths);
        }
    }

    /** The child nodes of one node, each with its descendants when {@code descendants}. */
    record Children(String path, boolean descendants) implements MatrixAxis {
    }

    /** Every case of the project, by name. */
    record Cases() implements MatrixAxis {
    }

    /** Every value of a source attribute that some source has (the choices first, in their order). */
    record Attribute(String name) implements MatrixAxis {
    }

    /**
     * Reads the command-line form; a form Quire does not know is refused naming it.
     *
     * @param descendants whether node rows include the codings of their descendants
     */
    static MatrixAxis parse(String spec, boolean descendants) {
        String s = spec == null ? "" : spec.strip();
        int colon = s.indexOf(':');
        String kind = (colon < 0 ? s : s.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1).strip();
        switch (kind) {
            case "nodes" -> {
                List<String> paths = Arrays.stream(rest.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
                if (!paths.isEmpty()) {
                    return new Nodes(paths, descendants);
                }
            }
            case "children" -> {
                if (!rest.isEmpty()) {
                    return new Children(rest, descendants);
                }
            }
            case "cases" -> {
                if (rest.isEmpty()) {
                    return new Cases();
                }
            }
            case "attr" -> {
                if (!rest.isEmpty()) {
                    return new Attribute(rest);
                }
            }
            default -> {
            }
        }
        throw new QuireException("Cannot read '" + spec + "' as matrix rows or columns: write nodes:PATH,PATH, "
                + "children:PATH, cases or attr:NAME");
    }
}
