package org.quire.service.themes;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeMap;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.nodes.NodeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeMapServiceTest {
    @TempDir
    Path dir;

    @Test
    void positionsAndLinksPersistAndSurviveReopening() {
        Path folder;
        MapElement purpose;
        MapElement conflict;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            Node trust = p.nodes().create(null, "Trust", "", null);
            Theme a = p.themes().create("Shared purpose", "", null, List.of(trust.id()));
            Theme b = p.themes().create("Funding conflict", "", null, List.of());
            purpose = MapElement.of(a.id());
            conflict = MapElement.of(b.id());
            p.themeMap().move(purpose, 400, 250);
            p.themeMap().link(conflict, purpose, "contradicts");
            p.themeMap().link(MapElement.of(trust.id()), conflict, "eases");
        }
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            ThemeMap map = p.themeMap().map();
            ThemeMap.Box box = map.box(purpose);
            assertThat(box.x()).isEqualTo(400);
            assertThat(box.y()).isEqualTo(250);
            assertThat(box.placed()).isTrue();
            assertThat(map.box(conflict).placed()).isFalse();
            assertThat(map.links()).extracting(MapLink::label).containsExactly("contradicts", "eases");
            assertThat(map.links().get(0).from()).isEqualTo(conflict);
        }
    }

    @Test
    void deletingANodeRemovesItFromThemesAndFromTheMapWithItsLinks() {
        try (Project p = TestProjects.create(dir)) {
            Node trust = p.nodes().create(null, "Trust", "", null);
            Node vision = p.nodes().create(null, "Vision", "", null);
            Theme a = p.themes().create("Shared purpose", "", null, List.of(trust.id(), vision.id()));
            p.themeMap().move(MapElement.of(trust.id()), 10, 300);
            p.themeMap().link(MapElement.of(trust.id()), MapElement.of(a.id()), "leads to");

            p.nodes().delete(trust.id());

            assertThat(p.themes().nodes(a.id())).extracting(Node::name).containsExactly("Vision");
            ThemeMap map = p.themeMap().map();
            assertThat(map.box(MapElement.of(trust.id()))).isNull();
            assertThat(map.links()).isEmpty();
            assertThat(map.structure()).noneMatch(e -> e.part().equals(MapElement.of(trust.id())));
            assertThat(map.box(MapElement.of(vision.id()))).isNotNull();
        }
    }

    @Test
    void undoingANodeDeletionBringsBackItsMapBoxWhereItWasAndItsLinks() {
        try (Project p = TestProjects.create(dir)) {
            Node parent = p.nodes().create(null, "Relationships", "", null);
            Node trust = p.nodes().create(parent.id(), "Trust", "", null);
            Node vision = p.nodes().create(null, "Vision", "", null);
            Theme a = p.themes().create("Shared purpose", "", null, List.of(trust.id(), vision.id(), parent.id()));
            p.themeMap().move(MapElement.of(trust.id()), 10, 300);
            p.themeMap().move(MapElement.of(parent.id()), 240, 420);
            MapLink toTheme = p.themeMap().link(MapElement.of(trust.id()), MapElement.of(a.id()), "leads to");
            MapLink toNode = p.themeMap().link(MapElement.of(vision.id()), MapElement.of(trust.id()), "contradicts");
            MapLink inside = p.themeMap().link(MapElement.of(parent.id()), MapElement.of(trust.id()), "frames");

            NodeService.DeletedNodes gone = p.nodes().delete(parent.id());
            assertThat(p.themeMap().map().links()).isEmpty();
            Node back = p.nodes().restore(gone);

            Node trustBack = p.nodes().byGuid(trust.guid());
            ThemeMap map = p.themeMap().map();
            ThemeMap.Box box = map.box(MapElement.of(trustBack.id()));
            assertThat(box.placed()).isTrue();
            assertThat(box.x()).isEqualTo(10);
            assertThat(box.y()).isEqualTo(300);
            assertThat(map.box(MapElement.of(back.id())).x()).isEqualTo(240);
            assertThat(map.links()).extracting(MapLink::guid)
                    .containsExactlyInAnyOrder(toTheme.guid(), toNode.guid(), inside.guid());
            MapLink fromParent = map.links().stream().filter(l -> l.guid().equals(inside.guid())).findFirst().orElseThrow();
            assertThat(fromParent.from()).isEqualTo(MapElement.of(back.id()));
            assertThat(fromParent.to()).isEqualTo(MapElement.of(trustBack.id()));
            assertThat(fromParent.label()).isEqualTo("frames");
        }
    }

    @Test
    void undoingANodeDeletionSkipsALinkWhoseOtherEndWasDeletedMeanwhile() {
        try (Project p = TestProjects.create(dir)) {
            Node trust = p.nodes().create(null, "Trust", "", null);
            Theme a = p.themes().create("Shared purpose", "", null, List.of(trust.id()));
            Theme b = p.themes().create("Funding conflict", "", null, List.of());
            p.themeMap().link(MapElement.of(trust.id()), MapElement.of(a.id()), "leads to");
            MapLink kept = p.themeMap().link(MapElement.of(trust.id()), MapElement.of(b.id()), "eases");

            NodeService.DeletedNodes gone = p.nodes().delete(trust.id());
            p.themes().delete(a.id());
            p.nodes().restore(gone);

            assertThat(p.themeMap().map().links()).extracting(MapLink::guid).containsExactly(kept.guid());
        }
    }

    @Test
    void undoingAThemeDeletionBringsBackItsTextsNodesSubThemesMemoMapPlaceAndLinks() {
        try (Project p = TestProjects.create(dir)) {
            Node trust = p.nodes().create(null, "Trust", "", null);
            Theme a = p.themes().create("Shared purpose", "what holds them together", null, List.of(trust.id()));
            p.themes().describe(a.id(), "what holds them together", "meetings", "money", "# Purpose");
            Theme sub = p.themes().create("Common goals", "", a.id(), List.of());
            Theme other = p.themes().create("Funding conflict", "", null, List.of());
            p.memos().addEntry(new org.quire.model.MemoTarget.OfTheme(a.id()), "first thoughts");
            p.themeMap().move(MapElement.of(a.id()), 500, 60);
            MapLink link = p.themeMap().link(MapElement.of(other.id()), MapElement.of(a.id()), "contradicts");

            ThemeService.DeletionImpact impact = p.themes().deletionImpact(a.id());
            assertThat(impact).isEqualTo(new ThemeService.DeletionImpact(1, 1, 1, 1));
            ThemeService.DeletedTheme gone = p.themes().delete(a.id());
            assertThat(p.themes().get(sub.id()).parentId()).isNull();
            Theme back = p.themes().restore(gone);

            assertThat(back.guid()).isEqualTo(a.guid());
            assertThat(back.scopeIn()).isEqualTo("meetings");
            assertThat(back.narrative()).isEqualTo("# Purpose");
            assertThat(p.themes().get(sub.id()).parentId()).isEqualTo(back.id());
            assertThat(p.themes().nodes(back.id())).extracting(Node::name).containsExactly("Trust");
            assertThat(p.memos().entries(new org.quire.model.MemoTarget.OfTheme(back.id())))
                    .extracting(org.quire.model.MemoEntry::text).containsExactly("first thoughts");
            ThemeMap map = p.themeMap().map();
            assertThat(map.box(MapElement.of(back.id())).x()).isEqualTo(500);
            assertThat(map.links()).singleElement().satisfies(l -> {
                assertThat(l.guid()).isEqualTo(link.guid());
                assertThat(l.to()).isEqualTo(MapElement.of(back.id()));
            });
            assertThat(p.themes().statusHistory(back.id())).isNotEmpty();
        }
    }

    @Test
    void theDefaultLayoutPutsSubThemesAndNodesBelowTheirThemeWithoutOverlap() {
        try (Project p = TestProjects.create(dir)) {
            Node trust = p.nodes().create(null, "Trust", "", null);
            Node vision = p.nodes().create(null, "Vision", "", null);
            Theme top = p.themes().create("Partnership", "", null, List.of(trust.id()));
            Theme sub = p.themes().create("Shared purpose", "", top.id(), List.of(vision.id(), trust.id()));
            ThemeMap map = p.themeMap().map();

            assertThat(map.boxes()).hasSize(4);
            assertThat(map.box(MapElement.of(sub.id())).y()).isGreaterThan(map.box(MapElement.of(top.id())).y());
            assertThat(map.box(MapElement.of(vision.id())).y()).isGreaterThan(map.box(MapElement.of(sub.id())).y());
            // Trust feeds both themes: one box, two structure lines.
            assertThat(map.structure()).filteredOn(e -> e.part().equals(MapElement.of(trust.id()))).hasSize(2);
            for (ThemeMap.Box x : map.boxes()) {
                for (ThemeMap.Box y : map.boxes()) {
                    if (x != y) {
                        boolean apart = Math.abs(x.x() - y.x()) >= ThemeMap.BOX_WIDTH
                                || Math.abs(x.y() - y.y()) >= ThemeMap.BOX_HEIGHT;
                        assertThat(apart).as(x.label() + " vs " + y.label()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void linksNeedALabelAndTwoDifferentBoxesAndAreNotDuplicated() {
        try (Project p = TestProjects.create(dir)) {
            MapElement a = MapElement.of(p.themes().create("A", "", null, List.of()).id());
            MapElement b = MapElement.of(p.themes().create("B", "", null, List.of()).id());
            p.themeMap().link(a, b, "leads to");

            assertThatThrownBy(() -> p.themeMap().link(a, b, " ")).isInstanceOf(QuireException.class)
                    .hasMessageContaining("needs a label");
            assertThatThrownBy(() -> p.themeMap().link(a, a, "is part of")).isInstanceOf(QuireException.class);
            assertThatThrownBy(() -> p.themeMap().link(a, b, "Leads To")).isInstanceOf(QuireException.class)
                    .hasMessageContaining("already leads to");
            assertThat(p.themeMap().unlink(a, b, null)).extracting(MapLink::label).containsExactly("leads to");
            assertThat(p.themeMap().map().links()).isEmpty();
        }
    }

    @Test
    void theMapExportsAsSvgAndAsAPngOfTheMapsSize() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Node trust = p.nodes().create(null, "Trust & <doubt>", "", null);
            Theme a = p.themes().create("Shared purpose", "", null, List.of(trust.id()));
            Theme b = p.themes().create("Funding conflict", "", null, List.of());
            p.themeMap().link(MapElement.of(b.id()), MapElement.of(a.id()), "contradicts");
            Path svg = dir.resolve("out/map.svg");
            Path png = dir.resolve("out/map.png");

            p.themeMap().exportSvg(svg);
            p.themeMap().exportPng(png, 2);

            String text = Files.readString(svg);
            assertThat(text).startsWith("<?xml").contains("<svg").contains("Trust &amp; &lt;doubt&gt;")
                    .contains(">contradicts<").contains("id=\"t" + a.id().value() + "\"");
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
            BufferedImage image = ImageIO.read(png.toFile());
            ThemeMap map = p.themeMap().map();
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(Math.max(map.width(), 300) * 2));
            assertThat(p.activity().tallies().get(org.quire.model.ActivityKind.EXPORT).count()).isEqualTo(2);
        }
    }
}
