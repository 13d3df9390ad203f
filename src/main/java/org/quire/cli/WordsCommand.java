package org.quire.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quire.model.Node;
import org.quire.service.Project;
import org.quire.service.search.WordCount;
import org.quire.service.search.WordFrequency;
import org.quire.service.search.WordOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire words}: a word frequency list. */
@Command(name = "words", description = {"List the most frequent words, with counts and weighted percentage.",
        "Words with the same stem count together (shown by their commonest form) unless --exact."})
final class WordsCommand extends ProjectCommand {
    @Option(names = "--top", paramLabel = "N", defaultValue = "50", description = "How many words (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "3",
            description = "Leave out words shorter than N characters (default ${DEFAULT-VALUE}).")
    int minLength;

    @Option(names = "--exact", description = "Count each form separately (no grouping by stem).")
    boolean exact;

    @Option(names = "--stop", paramLabel = "W1,W2", split = ",",
            description = "More words to leave out, besides the standard English stop words.")
    List<String> stop = List.of();

    @Mixin
    ScopeOptions scope;

    @Option(names = "--in-node", paramLabel = "PATH", description = "Only text coded at this node (or below it).")
    String inNode;

    @Mixin
    JsonOption json;

    /** The {@code --json} output. */
    record WordsRow(long totalWords, int sources, List<WordRow> words) {
    }

    record WordRow(String word, long count, double weightedPercent, List<String> forms) {
    }

    @Override
    int run(Project project, PrintWriter out) {
        Node node = inNode == null ? null : project.nodes().find(inNode);
        Set<String> stops = new HashSet<>(stop);
        WordOptions options = new WordOptions(top, minLength, exact, stops, scope.filter(),
                node == null ? null : node.id());
        WordFrequency f = project.words().words(options);
        if (json.json) {
            Json.print(out, new WordsRow(f.totalWords(), f.sources(), f.words().stream()
                    .map(w -> new WordRow(w.word(), w.count(), w.weightedPercent(), w.forms())).toList()));
            return Cli.OK;
        }
        out.println(Text.plural((int) Math.min(Integer.MAX_VALUE, f.totalWords()), "word", "words") + " in "
                + Text.plural(f.sources(), "source", "sources"));
        int width = f.words().stream().mapToInt(w -> w.word().length()).max().orElse(4);
        for (WordCount w : f.words()) {
            out.println(String.format(Locale.ROOT, "%-" + width + "s %8d %7.2f%%%s", w.word(), w.count(),
                    w.weightedPercent(), w.forms().size() > 1 ? "  (" + String.join(", ", w.forms()) + ")" : ""));
        }
        return Cli.OK;
    }
}
