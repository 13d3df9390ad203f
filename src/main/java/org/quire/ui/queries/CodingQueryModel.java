package org.quire.ui.queries;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.quire.service.queries.QueryResult;
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

    private record Ran(QueryResult result, List<PassageRow> rows) {
    }

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
        tasks.runStoppable("Running the coding query", stop -> {
            QueryResult r = project.queries().run(expr, filter, stop);
            return new Ran(r, PassageRow.withContext(project, r.passages()));
        }, ran -> {
            QueryResult r = ran.result();
            List<PassageRow> rows = ran.rows();
            results.setAll(rows);
            summary.set(String.format(Locale.ROOT, "%,d %s in %,d %s (%,d words)", rows.size(),
                    rows.size() == 1 ? "passage" : "passages", r.sources(), r.sources() == 1 ? "source" : "sources",
                    r.words()));
        }, e -> {
            results.clear();
            if (e instanceof java.util.concurrent.CancellationException) {
                summary.set("Cancelled");
            } else {
                summary.set("");
                errors.accept(e);
            }
        });
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

    public ObservableList<PassageRow> results() {
        return results;
    }
}
