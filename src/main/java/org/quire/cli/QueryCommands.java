package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quire.service.Project;
import org.quire.service.queries.Passage;
import org.quire.service.queries.QueryResult;
import org.quire.service.queries.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire query}: coding queries over coded text, and saved queries. */
@Command(name = "query", description = {"Run a coding query: node paths in double quotes with AND, OR, NOT,",
        "NEAR/n (within n characters) and NEAR/PARA (same paragraph), e.g. '\"Trust\" AND \"Voluntary sector\"'.",
        "Subcommands keep queries under a name. See docs/search.md."},
        subcommands = {QueryCommands.Save.class, QueryCommands.ListSaved.class, QueryCommands.Run.class,
                QueryCommands.Delete.class})
final class QueryCommands implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Optional so that the subcommands, which take their own DIR, can be reached.
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EXPRESSION", description = "The query.")
    String expression;

    @Mixin
    CoderOption coder;

    @Mixin
    ScopeOptions scope;

    @Mixin
    JsonOption json;

    /** The {@code --json} output of a query. */
    record QueryRow(String expression, int sources, long words, List<PassageRow> passages) {
    }

    /** One passage found; {@code page} is null for unpaged sources. */
    record PassageRow(long sourceId, String source, Rows.SpanRow span, int paragraph, Integer page, String text) {
    }

    /** A saved query in {@code query list --json}. */
    record SavedRow(String name, String expression, String folder, Map<String, String> where, String from, String to,
                    Instant updatedAt) {
    }

    @Override
    public Integer call() {
        if (dir == null || expression == null) {
            throw new ParameterException(spec.commandLine(), "Missing DIR and EXPRESSION: write quire query DIR "
                    + "EXPRESSION, or one of the subcommands save, list, run, delete");
        }
        try (Project project = Project.open(dir, coder.name())) {
            print(project.queries().run(expression, scope.filter()), json.json, spec.commandLine().getOut());
            return Cli.OK;
        }
    }

    static void print(QueryResult r, boolean asJson, PrintWriter out) {
        if (asJson) {
            Json.print(out, new QueryRow(r.expression(), r.sources(), r.words(), r.passages().stream()
                    .map(p -> new PassageRow(p.source().id().value(), p.source().path(), Rows.SpanRow.of(p.span()),
                            p.paragraph(), p.page() == 0 ? null : p.page(), p.text())).toList()));
            return;
        }
        out.println(Text.plural(r.passages().size(), "passage", "passages") + " in "
                + Text.plural(r.sources(), "source", "sources") + " (" + Text.plural(r.words(), "word", "words")
                + ") for " + r.expression());
        for (Passage p : r.passages()) {
            out.println(p.source().path() + (p.page() > 0 ? " p." + p.page() : "") + " ¶" + p.paragraph() + "  "
                    + p.span() + "  " + p.text().replaceAll("\\s+", " ").strip());
        }
    }

    @Command(name = "save", description = "Save a query under a name (replacing one of that name).")
    static final class Save extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "The query's name.")
        String name;

        @Parameters(index = "2", paramLabel = "EXPRESSION", description = "The query.")
        String expression;

        @Mixin
        ScopeOptions scope;

        @Override
        int run(Project project, PrintWriter out) {
            SavedQuery q = project.queries().save(name, expression, scope.filter());
            out.println("Saved query '" + q.name() + "': " + q.expression());
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "List the saved queries.")
    static final class ListSaved extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<SavedQuery> saved = project.queries().saved();
            if (json.json) {
                Json.print(out, saved.stream().map(q -> new SavedRow(q.name(), q.expression(), q.filter().folder(),
                        q.filter().attributes(), q.filter().from() == null ? null : q.filter().from().toString(),
                        q.filter().to() == null ? null : q.filter().to().toString(), q.updatedAt())).toList());
                return Cli.OK;
            }
            if (saved.isEmpty()) {
                out.println("No saved queries");
            }
            saved.forEach(q -> out.println(q.name() + "  " + q.expression()));
            return Cli.OK;
        }
    }

    @Command(name = "run", description = "Run a saved query against the coding as it is now.")
    static final class Run extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "The saved query.")
        String name;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            print(project.queries().runSaved(name), json.json, out);
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a saved query.")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "The saved query.")
        String name;

        @Override
        int run(Project project, PrintWriter out) {
            project.queries().delete(name);
            out.println("Deleted saved query '" + name + "'");
            return Cli.OK;
        }
    }
}
