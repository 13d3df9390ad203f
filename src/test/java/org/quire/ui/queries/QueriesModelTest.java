package org.quire.ui.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.queries.MatrixValue;
import org.quire.service.queries.SavedQuery;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.UndoStack;

/** The query screens' behaviour without a toolkit: plain JUnit over a real project. */
class QueriesModelTest {
    @TempDir
    Path dir;

    private Project project;
    private QueriesModel model;
    private final List<Throwable> errors = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final UndoStack undo = new UndoStack();

    @BeforeEach
    void open() throws Exception {
        project = QueryFixture.create(dir);
        model = new QueriesModel(project, new DirectTaskRunner(), undo, errors::add,
                (Source s, Span span) -> opened.add(s.name() + " " + span));
        model.refresh();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void pickersOfferNodePathsFoldersAndAttributeValues() {
        assertThat(model.nodePaths()).containsExactly("Funding", "Relations", "Relations/Trust", "Vision");
        assertThat(model.choicesProperty().get().folders()).containsExactly("Field notes", "Interviews");
        assertThat(model.choicesProperty().get().attributeValues().get("data type"))
                .containsExactlyInAnyOrder("field note", "interview");
    }

    @Test
    void wordFrequencyCountsByStemAndCanBeRestrictedToAFolderOrToCodedText() {
        WordsModel words = model.words();
        words.count(3, 3, false, "", Scope.ALL);
        assertThat(words.words()).extracting(w -> w.word() + "=" + w.count()).startsWith("funding=3", "trust=3");

        words.count(10, 3, false, "ruth, council", new Scope(Scope.Kind.FOLDER, "Interviews", null));
        assertThat(words.words()).extracting(w -> w.word()).contains("funding", "volunteers")
                .doesNotContain("board", "ruth", "council");
        assertThat(words.summaryProperty().get()).endsWith("in 1 source in folder 'Interviews'");

        words.count(10, 3, true, "", new Scope(Scope.Kind.NODE, "Vision", null));
        assertThat(words.words()).extracting(w -> w.word()).containsExactlyInAnyOrder("north", "star", "named");

        words.count(10, 3, false, "", new Scope(Scope.Kind.ATTRIBUTE, "data type", "interview"));
        assertThat(words.words()).extracting(w -> w.word()).contains("volunteers").doesNotContain("board");
        assertThat(errors).isEmpty();
    }

    @Test
    void aScopeWithoutItsFolderSaysWhatIsMissing() {
        model.words().count(10, 3, false, "", new Scope(Scope.Kind.FOLDER, " ", null));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("Choose a folder to restrict to, or choose All sources"));
    }

    @Test
    void wordListIsExportedAsCsv() throws Exception {
        model.words().count(2, 3, false, "", Scope.ALL);
        Path file = dir.resolve("words.csv");
        List<Path> done = new ArrayList<>();
        model.words().exportCsv(file, () -> done.add(file));
        assertThat(done).containsExactly(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFWord,Count,Weighted percent,Forms\r\nfunding,3,6.67,funding\r\n"
                        + "trust,3,6.67,trust\r\n");
    }

    @Test
    void builderMakesTheExpressionAndRunsItWithPassagesInContext() {
        CodingQueryModel q = model.coding();
        q.nodeAProperty().set("Relations/Trust");
        q.operatorProperty().set(CodingQueryModel.Operator.AND);
        q.nodeBProperty().set("Funding");
        assertThat(q.expressionProperty().get()).isEqualTo("\"Relations/Trust\" AND \"Funding\"");
        q.run();
        assertThat(q.results()).singleElement().satisfies(r -> {
            assertThat(r.oneLine()).isEqualTo("trust was tested by the funding gap.");
            assertThat(r.left()).endsWith("Funding worries came up again; ");
            assertThat(r.right()).startsWith("\n\nA north star");
            assertThat(r.where()).isEqualTo("¶ 2");
        });
        assertThat(q.summaryProperty().get()).isEqualTo("1 passage in 1 source (7 words)");

        q.operatorProperty().set(CodingQueryModel.Operator.NEAR_CHARS);
        q.withinProperty().set(5);
        assertThat(q.expressionProperty().get()).isEqualTo("\"Relations/Trust\" NEAR/5 \"Funding\"");
        q.operatorProperty().set(CodingQueryModel.Operator.SAME_PARAGRAPH);
        q.run();
        assertThat(q.results()).extracting(r -> r.passage().source().name() + ": " + r.oneLine()).containsExactly(
                "day 1: Funding worries came up again; trust was tested by the funding gap.",
                "ruth: Ruth said the funding was late.", "ruth: She did not trust the council.");

        q.open(q.results().get(1));
        assertThat(opened).containsExactly("ruth " + QueryFixture.span(QueryFixture.INTERVIEW,
                "Ruth said the funding was late."));
    }

    @Test
    void attributeAndDateConditionsLimitTheSources() {
        CodingQueryModel q = model.coding();
        q.nodeAProperty().set("Funding");
        q.operatorProperty().set(CodingQueryModel.Operator.ONLY);
        q.attributeProperty().set("data type");
        q.attributeValueProperty().set("field note");
        q.run();
        assertThat(q.results()).extracting(r -> r.passage().source().name()).containsExactly("day 1");
        q.attributeProperty().set("");
        q.fromProperty().set(LocalDate.of(2018, 1, 1));
        q.toProperty().set(LocalDate.of(2018, 12, 31));
        q.run();
        assertThat(q.results()).extracting(r -> r.passage().source().name()).containsExactly("ruth");
        q.attributeProperty().set("data type");
        q.attributeValueProperty().set("");
        q.run();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("Choose a value of 'data type', or clear the attribute"));
    }

    @Test
    void aSavedQueryIsListedReloadedIntoTheBuilderRenamedAndDeletedWithUndo() {
        CodingQueryModel q = model.coding();
        q.nodeAProperty().set("Relations/Trust");
        q.operatorProperty().set(CodingQueryModel.Operator.NOT);
        q.nodeBProperty().set("Funding");
        q.attributeProperty().set("data type");
        q.attributeValueProperty().set("interview");
        q.nameProperty().set("Trust without money");
        q.save();
        SavedQueriesModel saved = model.saved();
        assertThat(saved.queries()).extracting(SavedQuery::name).containsExactly("Trust without money");

        q.nodeAProperty().set("Vision");
        q.operatorProperty().set(CodingQueryModel.Operator.ONLY);
        q.attributeProperty().set("");
        q.load(saved.queries().get(0));
        assertThat(q.nodeAProperty().get()).isEqualTo("Relations/Trust");
        assertThat(q.operatorProperty().get()).isEqualTo(CodingQueryModel.Operator.NOT);
        assertThat(q.nodeBProperty().get()).isEqualTo("Funding");
        assertThat(q.attributeValueProperty().get()).isEqualTo("interview");
        assertThat(q.results()).extracting(PassageRow::oneLine).containsExactly("She did not trust the council.");

        saved.rename(saved.queries().get(0), "Distrust");
        assertThat(saved.queries()).extracting(SavedQuery::name).containsExactly("Distrust");
        undoLast();
        assertThat(saved.queries()).extracting(SavedQuery::name).containsExactly("Trust without money");

        saved.delete(saved.queries().get(0));
        assertThat(saved.queries()).isEmpty();
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo delete query 'Trust without money'");
        undoLast();
        assertThat(saved.queries()).singleElement().satisfies(s -> {
            assertThat(s.expression()).isEqualTo("\"Relations/Trust\" NOT \"Funding\"");
            assertThat(s.filter().attributes()).containsEntry("data type", "interview");
        });
        assertThat(errors).isEmpty();
    }

    @Test
    void matrixOfNodesByDataTypeShadesCellsAndDrillsDownToPassages() throws Exception {
        MatrixModel m = model.matrix();
        m.run(new MatrixModel.AxisChoice(MatrixModel.AxisKind.NODES, List.of("Relations", "Funding", "Vision"), null),
                new MatrixModel.AxisChoice(MatrixModel.AxisKind.ATTRIBUTE, List.of(), "data type"));
        assertThat(errors).isEmpty();
        assertThat(m.resultProperty().get().columns()).containsExactly("field note", "interview");
        assertThat(List.of(m.text(0, 0), m.text(0, 1), m.text(1, 0), m.text(1, 1), m.text(2, 0), m.text(2, 1)))
                .containsExactly("2", "1", "1", "1", "1", "0");
        assertThat(m.shade(0, 0)).isEqualTo(1.0);
        assertThat(m.shade(2, 1)).isEqualTo(0.0);
        assertThat(m.shade(1, 1)).isEqualTo(0.5);

        m.percentProperty().set(MatrixModel.Percent.ROW);
        assertThat(m.text(0, 0)).isEqualTo("66.7%");
        m.percentProperty().set(MatrixModel.Percent.NONE);
        m.valueProperty().set(MatrixValue.SOURCES);
        assertThat(m.text(0, 0)).isEqualTo("1");

        m.openCell(0, 0);
        assertThat(m.cellPassages()).extracting(PassageRow::oneLine).containsExactly(
                "Trust between the partners grew slowly.", "trust was tested by the funding gap.");
        assertThat(m.cellTitleProperty().get()).isEqualTo("Relations × field note: 2 passages");
        m.open(m.cellPassages().get(1));
        assertThat(opened).containsExactly("day 1 " + QueryFixture.span(QueryFixture.NOTE,
                "trust was tested by the funding gap."));

        Path file = dir.resolve("matrix.csv");
        m.exportCsv(file, () -> { });
        assertThat(Files.readString(file)).isEqualTo("\uFEFF\"\",field note,interview\r\nRelations,1,1\r\n"
                + "Funding,1,1\r\nVision,1,0\r\n");
    }

    @Test
    void aMatrixWithoutNodesChosenSaysSo() {
        model.matrix().run(new MatrixModel.AxisChoice(MatrixModel.AxisKind.NODES, List.of(), null),
                new MatrixModel.AxisChoice(MatrixModel.AxisKind.CASES, List.of(), null));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("Choose the nodes for the rows"));
        assertThat(model.matrix().resultProperty().get()).isNull();
    }

    private void undoLast() {
        UndoStack.Edit e = undo.popUndo();
        e.undo();
    }

    @Test
    void aLongResultShowsItsFirstRowsThenTheRestAndItsWordsAndCannotBeExportedHalfRead() throws Exception {
        Source note = project.sources().find("day 1");
        Source ruth = project.sources().find("ruth");
        org.quire.model.Node vision = project.nodes().createPath("Every other letter", "", null);
        int passages = 0;
        for (Source s : List.of(note, ruth)) {
            for (int at = 0; at + 1 < s.length(); at += 2) {
                project.codings().code(s.id(), vision.id(), new Span(at, at + 1));
                passages++;
            }
        }
        assertThat(passages).isGreaterThan(org.quire.service.queries.QueryService.FIRST_ROWS);
        // Tasks wait until the test lets each one run, as the background thread would keep them.
        org.quire.ui.common.QueuedTaskRunner stepped = new org.quire.ui.common.QueuedTaskRunner();
        CodingQueryModel q = new QueriesModel(project, stepped, undo, errors::add, (s, span) -> { }).coding();
        q.expressionProperty().set("\"Every other letter\"");
        q.run();
        assertThat(q.readingProperty().get()).isTrue();

        stepped.runOne();
        assertThat(q.results()).hasSize(org.quire.service.queries.QueryService.FIRST_ROWS);
        assertThat(q.summaryProperty().get()).isEqualTo(passages + " passages in 2 sources (counting words…)");
        assertThat(q.readingProperty().get()).as("the rest is still being read").isTrue();

        stepped.runOne();
        assertThat(q.results()).hasSize(passages);
        assertThat(q.results().get(0).oneLine()).isEqualTo("T");
        assertThat(q.summaryProperty().get()).startsWith(passages + " passages in 2 sources (").endsWith(" words)");
        assertThat(q.readingProperty().get()).isFalse();
        assertThat(stepped.idle()).isTrue();
        assertThat(errors).isEmpty();
    }
}
