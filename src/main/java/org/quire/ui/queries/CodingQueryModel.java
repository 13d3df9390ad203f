package org.quire.ui.queries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.QuireException;
import org.quire.model.SourceFilter;
import org.quire.service.Project;
import org.quire.service.exchange.CsvFiles;
import org.quire.service.queries.QueryMatches;
import org.quire.service.queries.SavedQuery;
import org.quire.ui.common.TaskRunner;

/**
 * The coding-query builder: node A, an operator, node B and conditions on the sources make an
 * expression in the query language of docs/search.md; the expression can also be edited as text.
 * Results are passages in context; the query can be saved under a name and exported.
 */
public final class CodingQueryModel {
    /** How node A and node B combine. */
    public enum Operator {
        ONLY("(node A only)", null), AND("AND — coded at both", "AND"), OR("OR — coded at either", "OR"),
        NOT("NOT — A but not B", "NOT"), NEAR_OVERLAP("NEAR — overlapping", "NEAR/0"),
        NEAR_CHARS("NEAR — within N characters", "NEAR/"), SAME_PARAGRAPH("NEAR — same paragraph", "NEAR/PARA");

        private final String label;
        private final String word;

        Operator(String label, String word) {
            this.label = label;
            this.word = word;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Pattern SIMPLE = Pattern.compile(
            "\\s*\"([^\"]+)\"\\s*(?:(AND|OR|NOT|NEAR/PARA|NEAR/(\\d{1,7}))\\s*\"([^\"]+)\"\\s*)?",
            Pattern.CASE_INSENSITIVE);

    private final Project project;
    private final TaskRunner tasks;
    private final Consumer<Throwable> errors;
    private final QueriesModel.Opener opener;
    private final SavedQueriesModel saved;
    private final StringProperty nodeA = new SimpleStringProperty("");
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(Operator.AND);
    private final IntegerProperty within = new SimpleIntegerProperty(100);
    private final StringProperty nodeB = new SimpleStringProperty("");
    private final StringProperty attribute = new SimpleStringProperty("");
    private final StringProperty attributeValue = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty expression = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<PassageRow> results = FXCollections.observableArrayList();
    private boolean building;

    private static final int FIRST_ROWS = org.quire.service.queries.QueryService.FIRST_ROWS;

    // The first rows of a query's result (or the rest of them), and its words (-1 until counted).
    private record Found(QueryMatches matches, List<PassageRow> head, long words) {
    }

    // Which run is the latest: the rest of an earlier query is not added to a later one's rows.
    private int runs;

    CodingQueryModel(Project project, TaskRunner tasks, Consumer<Throwable> errors, QueriesModel.Opener opener,
                     SavedQueriesModel saved) {
        this.project = project;
        this.tasks = tasks;
        this.errors = errors;
        this.opener = opener;
        this.saved = saved;
        // The expression follows the builder; editing the expression by hand is kept until the builder changes.
        nodeA.addListener((o, a, b) -> rebuild());
        operator.addListener((o, a, b) -> rebuild());
        within.addListener((o, a, b) -> rebuild());
        nodeB.addListener((o, a, b) -> rebuild());
    }

    /** The expression for node A, an operator and node B; B is ignored for {@link Operator#ONLY}. */
    public static String expression(String a, Operator op, int withinChars, String b) {
        String left = quoted(a, "node A");
        if (op == null || op == Operator.ONLY) {
            return left;
        }
        String word = op == Operator.NEAR_CHARS ? "NEAR/" + Math.max(0, withinChars) : op.word;
        return left + " " + word + " " + quoted(b, "node B");
    }

    private static String quoted(String path, String which) {
        if (path == null || path.isBlank()) {
            throw new QuireException("Choose " + which + " for the coding query");
        }
        if (path.contains("\"")) {
            throw new QuireException("Node path '" + path.strip() + "' contains a double quote, which a coding query"
                    + " cannot name; rename the node first");
        }
        return "\"" + path.strip() + "\"";
    }

    private void rebuild() {
        if (building) {
            return;
        }
        try {
            expression.set(expression(nodeA.get(), operator.get(), within.get(), nodeB.get()));
        } catch (QuireException incomplete) {
            // Not all parts are chosen yet: leave the expression as it is.
        }
    }

    /** The source conditions: an attribute value and a date range (each optional). */
    public SourceFilter filter() {
        SourceFilter f = SourceFilter.ALL;
        if (attribute.get() != null && !attribute.get().isBlank()) {
            if (attributeValue.get() == null || attributeValue.get().isBlank()) {
                throw new QuireException("Choose a value of '" + attribute.get().strip() + "', or clear the attribute");
            }
            f = f.where(attribute.get().strip(), attributeValue.get().strip());
        }
        return from.get() == null && to.get() == null ? f : f.between(from.get(), to.get());
    }

    /** Runs the expression with the conditions; the passages come with their context. */
    public void run() {
        String expr = expression.get();
        SourceFilter filter;
        try {
            filter = filter();
        } catch (QuireException e) {
            errors.accept(e);
            return;
        }
        int run = ++runs;
        reading.set(true);
        tasks.runStoppable("Running the coding query", stop -> {
            QueryMatches found = project.queries().find(expr, filter, stop);
            List<QueryMatches.Match> all = found.matches();
            boolean whole = all.size() <= FIRST_ROWS;
            List<PassageRow> head = PassageRow.of(project.queries().passagesInContext(
                    whole ? all : all.subList(0, FIRST_ROWS), PassageRow.CONTEXT));
            return new Found(found, head, whole ? project.queries().words(found) : -1);
        }, found -> {
            if (run != runs) {
                return;
            }
            results.setAll(found.head());
            summary.set(summary(found.matches(), found.words()));
            if (found.words() < 0) {
                readRest(run, found);
            } else {
                reading.set(false);
            }
        }, e -> failed(run, e));
    }

    // The rows below the first screen, and the words in all: read after the first rows are shown.
    private void readRest(int run, Found found) {
        List<QueryMatches.Match> rest = found.matches().matches().subList(FIRST_ROWS, found.matches().matches().size());
        tasks.runStoppable("Reading the query's passages", stop -> {
            List<PassageRow> rows = new ArrayList<>(rest.size());
            for (int from = 0; from < rest.size(); from += FIRST_ROWS * 5) {
                if (stop.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("The query was cancelled");
                }
                rows.addAll(PassageRow.of(project.queries().passagesInContext(
                        rest.subList(from, Math.min(rest.size(), from + FIRST_ROWS * 5)), PassageRow.CONTEXT)));
            }
            return new Found(found.matches(), rows, project.queries().words(found.matches()));
        }, more -> {
            if (run == runs) {
                results.addAll(more.head());
                summary.set(summary(more.matches(), more.words()));
                reading.set(false);
            }
        }, e -> failed(run, e));
    }

    private void failed(int run, Throwable e) {
        if (run != runs) {
            return;
        }
        reading.set(false);
        results.clear();
        if (e instanceof java.util.concurrent.CancellationException) {
            summary.set("Cancelled");
        } else {
            summary.set("");
            errors.accept(e);
        }
    }

    // "1,700 passages in 1,000 sources (50,000 words)"; the words are counted after the first rows.
    private static String summary(QueryMatches found, long words) {
        int n = found.matches().size();
        return String.format(Locale.ROOT, "%,d %s in %,d %s (%s)", n, n == 1 ? "passage" : "passages",
                found.sources(), found.sources() == 1 ? "source" : "sources",
                words < 0 ? "counting words…" : String.format(Locale.ROOT, "%,d words", words));
    }

    /** Opens a result in its source with the passage selected. */
    public void open(PassageRow row) {
        if (row != null) {
            opener.accept(row.passage().source(), row.passage().span());
        }
    }

    /** Saves the expression and conditions under {@link #nameProperty()} (replacing a query of that name). */
    public void save() {
        String queryName = name.get();
        String expr = expression.get();
        SourceFilter filter;
        try {
            filter = filter();
        } catch (QuireException e) {
            errors.accept(e);
            return;
        }
        tasks.run("Saving query '" + queryName + "'", () -> project.queries().save(queryName, expr, filter),
                q -> saved.reload(), errors);
    }

    /** Fills the builder from a saved query and runs it. */
    public void load(SavedQuery q) {
        building = true;
        try {
            Matcher m = SIMPLE.matcher(q.expression());
            if (m.matches()) {
                nodeA.set(m.group(1).strip());
                String op = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
                operator.set(op == null ? Operator.ONLY : switch (op) {
                    case "AND" -> Operator.AND;
                    case "OR" -> Operator.OR;
                    case "NOT" -> Operator.NOT;
                    case "NEAR/PARA" -> Operator.SAME_PARAGRAPH;
                    case "NEAR/0" -> Operator.NEAR_OVERLAP;
                    default -> Operator.NEAR_CHARS;
                });
                if (m.group(3) != null) {
                    within.set(Integer.parseInt(m.group(3)));
                }
                nodeB.set(m.group(4) == null ? "" : m.group(4).strip());
            }
            SourceFilter f = q.filter() == null ? SourceFilter.ALL : q.filter();
            var first = f.attributes().entrySet().stream().findFirst();
            attribute.set(first.map(java.util.Map.Entry::getKey).orElse(""));
            attributeValue.set(first.map(java.util.Map.Entry::getValue).orElse(""));
            from.set(f.from());
            to.set(f.to());
            expression.set(q.expression());
            name.set(q.name());
        } finally {
            building = false;
        }
        run();
    }

    /** Writes the results as CSV (source, paragraph, page, start, end, passage) in the background. */
    public void exportCsv(Path file, Runnable done) {
        List<List<String>> rows = results.stream().map(r -> List.of(r.passage().source().path(),
                Integer.toString(r.passage().paragraph()), r.passage().page() > 0 ? Integer.toString(r.passage().page()) : "",
                Integer.toString(r.passage().span().start()), Integer.toString(r.passage().span().end()),
                r.passage().text())).toList();
        tasks.run("Exporting " + file.getFileName(), () -> {
            CsvFiles.write(file, List.of("Source", "Paragraph", "Page", "Start", "End", "Passage"), rows);
            return file;
        }, f -> done.run(), errors);
    }

    public StringProperty nodeAProperty() {
        return nodeA;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public IntegerProperty withinProperty() {
        return within;
    }

    public StringProperty nodeBProperty() {
        return nodeB;
    }

    public StringProperty attributeProperty() {
        return attribute;
    }

    public StringProperty attributeValueProperty() {
        return attributeValue;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The query as text; the builder writes it, and it can be edited by hand. */
    public StringProperty expressionProperty() {
        return expression;
    }

    /** The name to save the query under. */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper reading = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /** Whether a query is running or its rows below the first ones are still being read. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ObservableList<PassageRow> results() {
        return results;
    }
}
