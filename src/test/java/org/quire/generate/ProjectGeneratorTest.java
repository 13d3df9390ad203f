package org.quire.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceText;
import org.quire.service.Project;

class ProjectGeneratorTest {
    private static final String CODER = "Generator Test";

    @TempDir
    Path dir;

    @Test
    void anXsProjectHasMixedSourcesACodeBookThreeLevelsDeepCodingsMemosAttributesAndThemes() throws Exception {
        ProjectGenerator.Report report = ProjectGenerator.generate(dir.resolve("G.quire"), GeneratorSize.XS, 3, CODER,
                ProjectGenerator.Progress.NONE);
        try (Project p = Project.open(dir.resolve("G.quire"), CODER)) {
            List<Source> sources = p.sources().list();
            assertEquals(GeneratorSize.XS.sources(), sources.size());
            assertTrue(sources.stream().anyMatch(s -> s.folder().equals("Interviews")));
            assertTrue(sources.stream().anyMatch(s -> s.folder().equals("Reports")));
            assertTrue(sources.stream().anyMatch(s -> s.folder().startsWith("Field notes/2019-")));
            long words = sources.stream().mapToLong(Source::wordCount).sum();
            assertEquals(report.words(), words);
            assertTrue(words >= GeneratorSize.XS.words() * 0.9 && words <= GeneratorSize.XS.words() * 1.3, "words " + words);

            NodeTree tree = p.nodes().tree();
            assertEquals(GeneratorSize.XS.nodes(), tree.size());
            Node leaf = tree.roots().get(0);
            int depth = 1;
            while (!tree.children(leaf.id()).isEmpty()) {
                leaf = tree.children(leaf.id()).get(0);
                depth++;
            }
            assertEquals(3, depth);

            Map<org.quire.model.NodeId, NodeCounts> counts = p.nodes().counts();
            long codings = counts.values().stream().mapToLong(NodeCounts::references).sum();
            assertEquals(report.codings(), codings);
            assertTrue(Math.abs(codings - GeneratorSize.XS.codings()) <= 2, "codings " + codings);

            Source transcript = sources.stream().filter(s -> s.folder().equals("Interviews")).findFirst().orElseThrow();
            SourceText text = p.sources().text(transcript.id());
            assertTrue(text.text().contains("\n\nINTERVIEWER: ") && text.text().contains("\n\nRESPONDENT: "));
            assertEquals(text.text(), Files.readString(p.sources().originalFile(transcript), StandardCharsets.UTF_8));

            List<Coding> all = new ArrayList<>();
            for (Source s : sources) {
                SourceText t = p.sources().text(s.id());
                for (Coding c : p.codings().bySource(s.id())) {
                    all.add(c);
                    String passage = t.extract(c.span());
                    // A passage is whole sentences: it starts with a capital and ends with a full stop.
                    assertTrue(Character.isUpperCase(passage.charAt(0)) && passage.endsWith("."), passage);
                }
            }
            assertEquals(codings, all.size());
            assertTrue(all.stream().anyMatch(a -> all.stream().anyMatch(b -> a != b
                    && a.sourceId().equals(b.sourceId()) && a.span().overlaps(b.span()))), "some codings overlap");

            Map<String, String> values = p.attributes().sourceValues(transcript);
            assertEquals("interview", values.get(ProjectGenerator.DATA_TYPE));
            assertTrue(values.get(ProjectGenerator.DATE).startsWith("2019-"));

            assertFalse(p.memos().entries(new MemoTarget.Journal()).isEmpty());
            assertTrue(p.memos().all().size() > 1);
            assertEquals(report.themes(), p.themes().list().size());
            assertTrue(p.audit().recent(100).stream().anyMatch(e -> e.action().equals("generate.sources")));
        }
    }

    @Test
    void theSameSeedGivesTheSameProject() {
        ProjectGenerator.generate(dir.resolve("A.quire"), GeneratorSize.XS, 11, CODER, ProjectGenerator.Progress.NONE);
        ProjectGenerator.generate(dir.resolve("B.quire"), GeneratorSize.XS, 11, CODER, ProjectGenerator.Progress.NONE);
        assertEquals(fingerprint(dir.resolve("A.quire")), fingerprint(dir.resolve("B.quire")));
    }

    private static List<String> fingerprint(Path folder) {
        try (Project p = Project.open(folder, CODER)) {
            List<String> out = new ArrayList<>();
            for (Source s : p.sources().list()) {
                out.add(s.path() + " " + s.wordCount());
                p.codings().bySource(s.id()).forEach(c -> out.add(p.nodes().get(c.nodeId()).name() + " " + c.span()));
            }
            return out;
        }
    }
}
