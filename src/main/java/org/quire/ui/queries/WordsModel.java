package org.quire.ui.queries;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.service.Project;
import org.quire.service.exchange.CsvFiles;
import org.quire.service.search.WordCount;
import org.quire.service.search.WordOptions;
import org.quire.ui.common.TaskRunner;

/** Word frequency: the most frequent words over all sources or a part of them, and their export. */
public final class WordsModel {
    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> errors;
    private final ObservableList<WordCount> words = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    WordsModel(Project project, TaskRunner tasks, Consumer<Throwable> errors) {
        this.project = project;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** The last list, most frequent first. */
    public ObservableList<WordCount> words() {
        return words;
    }

    /** "12,345 words counted in 4 sources in folder 'Field notes'". */
    public StringProperty summaryProperty() {
        return summary;
    }

    /**
     * Counts the most frequent words in the scope, leaving out the language's stop words, the
     * user's own ({@code extraStopWords}, separated by commas or spaces) and words shorter than
     * {@code minLength}.
     */
    public void count(int top, int minLength, boolean exact, String extraStopWords, Scope scope) {
        Set<String> stop = new HashSet<>();
        for (String w : (extraStopWords == null ? "" : extraStopWords).split("[,\\s]+")) {
            if (!w.isBlank()) {
                stop.add(w.strip());
            }
        }
        Scope where = scope == null ? Scope.ALL : scope;
        tasks.run("Counting words", () -> project.words().words(new WordOptions(top, minLength, exact, stop,
                where.filter(), where.node(project))), result -> {
                    words.setAll(result.words());
                    summary.set(String.format(Locale.ROOT, "%,d words counted in %d %s%s", result.totalWords(),
                            result.sources(), result.sources() == 1 ? "source" : "sources", where.describe()));
                }, errors);
    }

    /** Writes the list as CSV (word, count, weighted %, forms) in the background. */
    public void exportCsv(Path file, Runnable done) {
        List<List<String>> rows = words.stream().map(w -> List.of(w.word(), Long.toString(w.count()),
                String.format(Locale.ROOT, "%.2f", w.weightedPercent()), String.join(" ", w.forms()))).toList();
        tasks.run("Exporting " + file.getFileName(), () -> {
            CsvFiles.write(file, List.of("Word", "Count", "Weighted percent", "Forms"), rows);
            return file;
        }, f -> done.run(), errors);
    }
}
