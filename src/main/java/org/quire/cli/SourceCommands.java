package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quire.model.Annotation;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Commands that read sources or note on them: {@code sources}, {@code show}, {@code annotate}. */
final class SourceCommands {
    private SourceCommands() {
    }

    @Command(name = "sources", description = "List the project's sources.")
    static final class ListSources extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<Source> sources = project.sources().list();
            if (json.json) {
                Json.print(out, sources.stream().map(Rows.SourceRow::of).toList());
                return Cli.OK;
            }
            if (sources.isEmpty()) {
                out.println("No sources yet: add some with 'quire import'.");
                return Cli.OK;
            }
            int width = sources.stream().mapToInt(s -> Text.width(s.path())).max().orElse(0);
            for (Source s : sources) {
                out.println(Text.pad(s.path(), width) + "  " + Text.pad(s.format(), 4) + "  "
                        + Text.pad(Text.plural(s.wordCount(), "word", "words"), 12) + "  imported "
                        + Text.minute(s.importedAt()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "Print a source's text, or one range of it.")
    static final class Show extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE", description = "The source's name, or folder/name.")
        String sourceName;

        @Option(names = "--range", paramLabel = "a:b",
                description = "Only characters a to b (UTF-16 offsets, end exclusive).")
        Span range;

        @Override
        int run(Project project, PrintWriter out) {
            Source source = project.sources().find(sourceName);
            String shown = range == null ? project.sources().text(source.id()).text()
                    : project.sources().extract(source.id(), range);
            if (range == null) {
                // Reading a whole source counts as opening it, for the phase tracker.
                project.activity().sourceOpened(source.id());
            }
            out.print(shown);
            if (!shown.endsWith("\n")) {
                out.println();
            }
            return Cli.OK;
        }
    }

    @Command(name = "annotate", description = "Attach a note to a passage of a source.")
    static final class Annotate extends ProjectCommand {
        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source.")
        String sourceName;

        @Option(names = "--range", required = true, paramLabel = "a:b", description = "The passage.")
        Span range;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note (words are joined).")
        List<String> words;

        @Override
        int run(Project project, PrintWriter out) {
            Source source = project.sources().find(sourceName);
            Annotation a = project.annotations().annotate(source.id(), range, String.join(" ", words));
            out.println("Annotated " + a.span() + " of '" + source.path() + "'");
            return Cli.OK;
        }
    }

    /** Checks a range against a source before reading it, with the services' wording. */
}
