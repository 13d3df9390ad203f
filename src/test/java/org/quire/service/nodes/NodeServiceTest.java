package org.quire.service.nodes;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeServiceTest {
    @TempDir
    Path dir;
    Project project;
    Source notes;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(dir);
        notes = TestProjects.importText(project, dir, "notes.txt",
                "Trust grew slowly between the teams.\n\nFunding was cut in March, and trust fell away.");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void createPathMakesMissingParentsAndReturnsExistingNodes() {
        Node child = project.nodes().createPath("Partnership/Trust", "Confidence in the other sector", "#112233");
        Node again = project.nodes().createPath("partnership/TRUST", null, null);
        assertThat(again.id()).isEqualTo(child.id());
        assertThat(project.nodes().tree().path(child.id())).isEqualTo("Partnership/Trust");
        assertThat(child.color()).isEqualTo("#112233");
    }

    @Test
    void siblingNamesMustBeUniqueIgnoringCase() {
        project.nodes().create(null, "Trust", "", null);
        assertThatThrownBy(() -> project.nodes().create(null, "trust", "", null))
                .isInstanceOf(QuireException.class).hasMessage("There is already a node named 'Trust' at the top level");
    }

    @Test
    void theSameNameIsAllowedUnderDifferentParents() {
        Node a = project.nodes().createPath("Voluntary sector/Trust", null, null);
        Node b = project.nodes().createPath("Public sector/Trust", null, null);
        assertThat(a.id()).isNotEqualTo(b.id());
    }

    @Test
    void renameDescribeAndRecolourAreKept() {
        Node n = project.nodes().create(null, "Trsut", "", null);
        project.nodes().rename(n.id(), "Trust");
        project.nodes().describe(n.id(), "Belief that the other side will deliver");
        project.nodes().recolor(n.id(), "#aabbcc");
        Node after = project.nodes().get(n.id());
        assertThat(after.name()).isEqualTo("Trust");
        assertThat(after.description()).isEqualTo("Belief that the other side will deliver");
        assertThat(after.color()).isEqualTo("#AABBCC");
    }

    @Test
    void aBadColourIsRefusedNamingTheValue() {
        Node n = project.nodes().create(null, "Trust", "", null);
        assertThatThrownBy(() -> project.nodes().recolor(n.id(), "blue"))
                .isInstanceOf(QuireException.class).hasMessageContaining("'blue'");
    }

    @Test
    void movingANodeUnderItselfOrItsDescendantIsRefused() {
        Node parent = project.nodes().createPath("A", null, null);
        Node child = project.nodes().createPath("A/B/C", null, null);
        assertThatThrownBy(() -> project.nodes().move(parent.id(), parent.id()))
                .isInstanceOf(QuireException.class).hasMessageContaining("under itself");
        assertThatThrownBy(() -> project.nodes().move(parent.id(), child.id()))
                .isInstanceOf(QuireException.class).hasMessageContaining("under itself or one of its own children");
        assertThat(project.nodes().get(parent.id()).parentId()).isNull();
    }

    @Test
    void movingANodeTakesItsChildrenAlong() {
        Node b = project.nodes().createPath("A/B", null, null);
        Node c = project.nodes().createPath("A/B/C", null, null);
        Node x = project.nodes().createPath("X", null, null);
        project.nodes().move(b.id(), x.id());
        assertThat(project.nodes().tree().path(c.id())).isEqualTo("X/B/C");
        project.nodes().move(b.id(), null);
        assertThat(project.nodes().tree().path(c.id())).isEqualTo("B/C");
    }

    @Test
    void movingNextToASameNamedSiblingIsRefused() {
        Node trust = project.nodes().createPath("A/Trust", null, null);
        project.nodes().createPath("B/Trust", null, null);
        Node b = project.nodes().find("B");
        assertThatThrownBy(() -> project.nodes().move(trust.id(), b.id()))
                .isInstanceOf(QuireException.class).hasMessageContaining("already a node named 'Trust' under 'B'");
    }

    @Test
    void mergingNodesMovesEveryCodingToTheTargetAndNotesItInTheTargetsMemo() {
        Node trust = project.nodes().create(null, "Trust", "", null);
        Node confidence = project.nodes().create(null, "Confidence", "", null);
        Node faith = project.nodes().create(null, "Faith", "", null);
        project.codings().code(notes.id(), confidence.id(), new Span(0, 5));
        project.codings().code(notes.id(), faith.id(), new Span(6, 10));
        project.codings().code(notes.id(), trust.id(), new Span(0, 5));
        project.memos().addEntry(new MemoTarget.OfNode(confidence.id()), "Started as a synonym of trust.");

        NodeService.MergeResult result = project.nodes().merge(List.of(confidence.id(), faith.id()), trust.id());

        assertThat(result.nodesMerged()).isEqualTo(2);
        assertThat(project.codings().byNode(trust.id(), false)).extracting(Coding::span)
                .containsExactlyInAnyOrder(new Span(0, 5), new Span(6, 10));
        assertThat(project.nodes().tree().size()).isEqualTo(1);
        assertThat(project.memos().entries(new MemoTarget.OfNode(trust.id())))
                .extracting(e -> e.text())
                .contains("Started as a synonym of trust.")
                .anySatisfy(t -> assertThat(t).contains("Merged 'Confidence', 'Faith' into this node"));
    }

    @Test
    void mergingMovesChildNodesUnderTheTargetJoiningSameNamedOnes() {
        Node target = project.nodes().createPath("Funding", null, null);
        Node existing = project.nodes().createPath("Funding/Cuts", null, null);
        Node cuts = project.nodes().createPath("Money/Cuts", null, null);
        Node grants = project.nodes().createPath("Money/Grants", null, null);
        project.codings().code(notes.id(), cuts.id(), new Span(38, 45));
        project.nodes().merge(List.of(project.nodes().find("Money").id()), target.id());
        assertThat(project.nodes().tree().path(grants.id())).isEqualTo("Funding/Grants");
        assertThat(project.codings().byNode(existing.id(), false)).hasSize(1);
    }

    @Test
    void mergingIntoADescendantIsRefusedAndChangesNothing() {
        Node parent = project.nodes().createPath("A", null, null);
        Node child = project.nodes().createPath("A/B", null, null);
        project.codings().code(notes.id(), parent.id(), new Span(0, 5));
        assertThatThrownBy(() -> project.nodes().merge(List.of(parent.id()), child.id()))
                .isInstanceOf(QuireException.class).hasMessageContaining("one of its own descendants");
        assertThat(project.codings().byNode(parent.id(), false)).hasSize(1);
        assertThat(project.nodes().tree().size()).isEqualTo(2);
    }

    @Test
    void mergingAlsoMovesThemeMembership() {
        Node a = project.nodes().create(null, "A", "", null);
        Node b = project.nodes().create(null, "B", "", null);
        Theme theme = project.themes().create("Fragile trust", "", null, List.of(a.id()));
        project.nodes().merge(List.of(a.id()), b.id());
        assertThat(project.themes().nodes(theme.id())).extracting(Node::id).containsExactly(b.id());
    }

    @Test
    void deletingANodeRemovesItsChildrenAndCodingsAndSaysHowMany() {
        Node parent = project.nodes().createPath("Funding", null, null);
        Node child = project.nodes().createPath("Funding/Cuts", null, null);
        project.codings().code(notes.id(), parent.id(), new Span(38, 45));
        project.codings().code(notes.id(), child.id(), new Span(38, 60));
        Node other = project.nodes().create(null, "Trust", "", null);
        project.codings().code(notes.id(), other.id(), new Span(0, 5));

        assertThat(project.nodes().deletionImpact(parent.id())).isEqualTo(new NodeService.DeletionImpact(1, 2));
        project.nodes().delete(parent.id());

        assertThat(project.nodes().tree().size()).isEqualTo(1);
        assertThat(project.codings().bySource(notes.id())).extracting(Coding::nodeId).containsExactly(other.id());
    }

    @Test
    void aDeletedNodeIsRestoredWithItsChildrenCodingsMemoAndThemes() {
        Node parent = project.nodes().createPath("Funding", "Money matters", "#123456");
        Node child = project.nodes().createPath("Funding/Cuts", "Reductions", null);
        project.codings().code(notes.id(), parent.id(), new Span(38, 45));
        project.codings().code(notes.id(), child.id(), new Span(38, 60));
        project.memos().addEntry(new MemoTarget.OfNode(child.id()), "Cuts arrive in March.");
        Theme theme = project.themes().create("Precarity", "", null, List.of(child.id()));

        NodeService.DeletedNodes gone = project.nodes().delete(parent.id());
        assertThat(gone.impact()).isEqualTo(new NodeService.DeletionImpact(1, 2));
        assertThat(project.nodes().tree().size()).isZero();

        Node back = project.nodes().restore(gone);
        assertThat(back.guid()).isEqualTo(parent.guid());
        Node cuts = project.nodes().find("Funding/Cuts");
        assertThat(cuts.guid()).isEqualTo(child.guid());
        assertThat(cuts.description()).isEqualTo("Reductions");
        assertThat(project.codings().byNode(cuts.id(), false)).extracting(Coding::span).containsExactly(new Span(38, 60));
        assertThat(project.memos().entries(new MemoTarget.OfNode(cuts.id()))).extracting(e -> e.text())
                .containsExactly("Cuts arrive in March.");
        assertThat(project.themes().nodes(theme.id())).extracting(Node::guid).containsExactly(child.guid());
        assertThat(project.audit().forNode(back.id())).extracting(e -> e.action()).first().isEqualTo("node.restore");
    }

    @Test
    void countsAreOwnAndAggregatedWithoutDoubleCountingOverlaps() throws Exception {
        Source second = TestProjects.importText(project, dir, "second.txt", "Trust again here.");
        Node parent = project.nodes().createPath("Relations", null, null);
        Node child = project.nodes().createPath("Relations/Trust", null, null);
        project.codings().code(notes.id(), child.id(), new Span(0, 18));   // "Trust grew slowly " → 3 words
        project.codings().code(notes.id(), child.id(), new Span(6, 24));   // overlaps: union 0..24
        project.codings().code(notes.id(), parent.id(), new Span(0, 18));  // same passage at the parent
        project.codings().code(second.id(), child.id(), new Span(0, 5));

        var counts = project.nodes().counts();
        NodeCounts c = counts.get(child.id());
        assertThat(c.references()).isEqualTo(3);
        assertThat(c.sources()).isEqualTo(2);
        assertThat(c.characters()).isEqualTo(24 + 5);
        assertThat(c.words()).isEqualTo(4 + 1); // Trust grew slowly between | Trust
        NodeCounts p = counts.get(parent.id());
        assertThat(p.references()).isEqualTo(1);
        assertThat(p.aggregateReferences()).isEqualTo(3);
        assertThat(p.aggregateSources()).isEqualTo(2);
        assertThat(p.aggregateCharacters()).isEqualTo(29);
    }
}
