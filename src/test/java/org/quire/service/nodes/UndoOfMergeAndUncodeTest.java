package org.quire.service.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodingService;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;

import static org.assertj.core.api.Assertions.assertThat;

/** Undoing a merge or an uncode puts back exactly what was there. */
class UndoOfMergeAndUncodeTest {
    private static final String TEXT = "Trust came later. Confidence grew. Reliance on the board was total.";

    @TempDir
    Path dir;

    private Project project(Path folder) throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, TEXT);
        Project p = Project.create(folder, "P", "Ann");
        p.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        return p;
    }

    @Test
    void unmergeRestoresNodesCodingsChildrenThemesAndMemosAndClearsWhatTheTargetGained() throws Exception {
        try (Project p = project(dir.resolve("P.quire"))) {
            var source = p.sources().find("notes").id();
            Node trust = p.nodes().createPath("Trust", "Good faith", null);
            Node trustPeople = p.nodes().createPath("Trust/People", "", null);
            Node confidence = p.nodes().createPath("Confidence", "Belief in others", "#aa0000");
            Node confidencePeople = p.nodes().createPath("Confidence/People", "", null);
            Node confidenceBoard = p.nodes().createPath("Confidence/Board", "", null);
            p.codings().code(source, trust.id(), new Span(0, 5));
            p.codings().code(source, confidence.id(), new Span(0, 5));
            p.codings().code(source, confidence.id(), new Span(18, 28));
            p.codings().code(source, confidencePeople.id(), new Span(35, 43));
            p.codings().code(source, confidenceBoard.id(), new Span(51, 56));
            p.memos().addEntry(new MemoTarget.OfNode(trust.id()), "Trust's own entry.");
            p.memos().addEntry(new MemoTarget.OfNode(confidence.id()), "Confidence's entry.");
            var theme = p.themes().create("Relations", "", null, List.of(confidence.id()));
            List<String> guidsBefore = p.codings().bySource(source).stream().map(Coding::guid).sorted().toList();

            NodeMerges.Merged merged = p.nodes().mergeRecorded(List.of(confidence.id()), trust.id());
            assertThat(p.nodes().tree().depthFirst()).extracting(Node::name).containsExactlyInAnyOrder("Trust", "People", "Board");
            assertThat(p.themes().nodes(theme.id())).extracting(Node::name).containsExactly("Trust");

            p.nodes().unmerge(merged);

            assertThat(p.nodes().tree().depthFirst().stream().map(n -> p.nodes().tree().path(n.id())).sorted().toList())
                    .containsExactly("Confidence", "Confidence/Board", "Confidence/People", "Trust", "Trust/People");
            Node back = p.nodes().byGuid(confidence.guid());
            assertThat(back.description()).isEqualTo("Belief in others");
            assertThat(back.color()).isEqualToIgnoringCase("#aa0000");
            assertThat(p.codings().bySource(source).stream().map(Coding::guid).sorted().toList())
                    .isEqualTo(guidsBefore);
            assertThat(p.codings().byNode(trust.id(), true)).extracting(Coding::span).containsExactly(new Span(0, 5));
            assertThat(p.codings().byNode(back.id(), false)).extracting(Coding::span)
                    .containsExactlyInAnyOrder(new Span(0, 5), new Span(18, 28));
            assertThat(p.nodes().byGuid(trustPeople.guid()).id()).isEqualTo(trustPeople.id());
            assertThat(p.memos().entries(new MemoTarget.OfNode(trust.id()))).extracting(MemoEntry::text)
                    .containsExactly("Trust's own entry.");
            assertThat(p.memos().entries(new MemoTarget.OfNode(back.id()))).extracting(MemoEntry::text)
                    .containsExactly("Confidence's entry.");
            assertThat(p.themes().nodes(theme.id())).extracting(Node::name).containsExactly("Confidence");
        }
    }

    @Test
    void undoingAnUncodeRemovesTheTrimmedPiecesAndBringsTheCodingsBackWithTheirGuids() throws Exception {
        try (Project p = project(dir.resolve("P.quire"))) {
            var source = p.sources().find("notes").id();
            Node trust = p.nodes().createPath("Trust", "", null);
            Node board = p.nodes().createPath("Board", "", null);
            Coding whole = p.codings().code(source, trust.id(), new Span(0, 34));
            Coding other = p.codings().code(source, board.id(), new Span(10, 20));

            CodingService.Uncoding done = p.codings().uncodeRecorded(source, null, new Span(5, 25));
            assertThat(done.removed()).extracting(Coding::guid).containsExactlyInAnyOrder(whole.guid(), other.guid());
            assertThat(p.codings().bySource(source)).extracting(Coding::span)
                    .containsExactlyInAnyOrder(new Span(0, 5), new Span(25, 34));

            p.codings().undoUncode(done);

            assertThat(p.codings().bySource(source)).extracting(c -> c.guid() + " " + c.span())
                    .containsExactlyInAnyOrder(whole.guid() + " " + new Span(0, 34), other.guid() + " " + new Span(10, 20));
            assertThat(p.audit().recent(5)).anySatisfy(e -> assertThat(e.summary()).startsWith("Coded again"));
        }
    }
}
