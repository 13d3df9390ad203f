package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.search.SearchCoding;
import org.quire.service.search.SearchHit;
import org.quire.service.search.SearchOptions;
import org.quire.service.search.SearchResult;
import org.quire.service.search.Spread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire search}: full-text search with keyword-in-context results, optionally coding the hits. */
@Command(name = "search", description = {"Search the text of the sources; hits are listed in context, in source order.",
        "Syntax: words (all must occur in the paragraph), \"phrases\", volunt*, organisation~, "
                + "\"voluntary sector\"~5, AND, OR, NOT, ( ). See docs/search.md."})
final class SearchCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "QUERY", description = "What to search for.")
    String query;

    @Option(names = "--exact", description = "Match words as written (no stemming: volunteer does not find volunteers).")
    boolean exact;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--in-node", paramLabel = "PATH", description = "Only text coded at this node (or below it).")
    String inNode;

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "Characters of context either side of a hit (default ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "List at most N hits (0: all).")
    int limit;

    @Option(names = "--code-at", paramLabel = "PATH", description = "Code every hit at this node.")
    String codeAt;

    @Option(names = "--spread", paramLabel = "HOW", defaultValue = "hit",
            description = "With --code-at: code the hit, its sentence or its paragraph (hit|sentence|paragraph).")
    String spread;

    @Option(names = "--create", description = "With --code-at: create the node if it does not exist.")
    boolean create;

    @Mixin
    JsonOption json;

    /** The {@code --json} output. */
    record SearchRow(String query, int totalHits, int totalSources, List<HitRow> hits, Integer coded,
                     Integer alreadyCoded) {
    }

    /** One keyword-in-context row; {@code page} is null for unpaged sources. */
    record HitRow(long sourceId, String source, int paragraph, Integer page, Rows.SpanRow span, String left,
                  String hit, String right) {
        static HitRow of(SearchHit h) {
            return new HitRow(h.source().id().value(), h.source().path(), h.paragraph(),
                    h.page() == 0 ? null : h.page(), Rows.SpanRow.of(h.span()), h.left(), h.hit(), h.right());
        }
    }

    @Override
    int run(Project project, PrintWriter out) {
        Spread how = parseSpread();
        Node node = inNode == null ? null : project.nodes().find(inNode);
        SearchOptions options = new SearchOptions(exact, scope.filter(), node == null ? null : node.id(), context,
                codeAt == null ? limit : 0);
        SearchResult result = project.search().search(query, options);
        SearchCoding coding = null;
        if (codeAt != null && !result.hits().isEmpty()) {
            Node target = create ? project.nodes().createPath(codeAt, null, null) : project.nodes().find(codeAt);
            coding = project.search().codeHits(query, result.hits(), target.id(), how);
        }
        List<SearchHit> shown = limit > 0 && result.hits().size() > limit ? result.hits().subList(0, limit)
                : result.hits();
        if (json.json) {
            Json.print(out, new SearchRow(query, result.totalHits(), result.totalSources(),
                    shown.stream().map(HitRow::of).toList(), coding == null ? null : coding.created().size(),
                    coding == null ? null : coding.alreadyCoded()));
            return Cli.OK;
        }
        out.println(Text.plural(result.totalHits(), "hit", "hits") + " in "
                + Text.plural(result.totalSources(), "source", "sources") + " for '" + query + "'"
                + (shown.size() < result.totalHits() ? " (showing " + shown.size() + ")" : ""));
        for (SearchHit h : shown) {
            String where = h.source().path() + (h.page() > 0 ? " p." + h.page() : "") + " ¶" + h.paragraph();
            out.println(where + "  " + h.span() + "  " + oneLine(h.left()) + "[" + oneLine(h.hit()) + "]"
                    + oneLine(h.right()));
        }
        if (codeAt != null) {
            out.println(coding == null ? "Nothing to code at '" + codeAt + "'"
                    : "Coded " + Text.plural(coding.created().size(), "new passage", "new passages") + " at '" + codeAt
                    + "' (" + how.name().toLowerCase(Locale.ROOT) + "; " + coding.alreadyCoded() + " already coded)");
        }
        return Cli.OK;
    }

    private Spread parseSpread() {
        try {
            return Spread.valueOf(spread.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QuireException("--spread must be hit, sentence or paragraph, not '" + spread + "'");
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
