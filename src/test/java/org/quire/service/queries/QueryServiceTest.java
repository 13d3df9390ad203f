package org.quire.service.queries;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryServiceTest {
    @TempDir
    Path dir;

    //                                     0         1         2         3         4         5
    //                                     012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "Trust was low at first.\n\nThe voluntary sector felt unheard.\n";

    private Project project;
    private Source source;

    private Project setUp() throws Exception {
        project = TestProjects.create(dir);
        source = TestProjects.importText(project, dir, "a.txt", TEXT);
        Node trust = project.nodes().createPath("Partnership/Trust", null, null);
        Node low = project.nodes().createPath("Feelings/Low", null, null);
        Node sector = project.nodes().createPath("Voluntary sector", null, null);
        project.codings().code(source.id(), trust.id(), new Span(0, 23));   // Trust was low at first.
        project.codings().code(source.id(), low.id(), new Span(10, 13));    // low
        project.codings().code(source.id(), sector.id(), new Span(29, 45)); // voluntary sector
        return project;
    }

    private String texts(QueryResult r) {
        return String.join("|", r.passages().stream().map(Passage::text).toList());
    }

    @Test
    void andOrNotCombineCodedText() throws Exception {
        try (Project p = setUp()) {
            assertThat(texts(p.queries().run("\"Partnership/Trust\" AND \"Feelings/Low\"", SourceFilter.ALL)))
                    .isEqualTo("low");
            assertThat(texts(p.queries().run("\"Partnership/Trust\" NOT \"Feelings/Low\"", SourceFilter.ALL)))
                    .isEqualTo("Trust was | at first.");
            QueryResult or = p.queries().run("\"Feelings/Low\" OR \"Voluntary sector\"", SourceFilter.ALL);
            assertThat(texts(or)).isEqualTo("low|voluntary sector");
            assertThat(or.words()).isEqualTo(3);
            assertThat(or.passages().get(1).paragraph()).isEqualTo(2);
            // A parent node stands for its whole subtree.
            assertThat(texts(p.queries().run("\"Feelings\" AND \"Partnership\"", SourceFilter.ALL))).isEqualTo("low");
        }
    }

    @Test
    void nearFindsPassagesWithinSomeCharactersOrInTheSameParagraph() throws Exception {
        try (Project p = setUp()) {
            assertThat(texts(p.queries().run("\"Feelings/Low\" NEAR/10 \"Voluntary sector\"", SourceFilter.ALL)))
                    .isEmpty();
            assertThat(texts(p.queries().run("\"Feelings/Low\" NEAR/16 \"Voluntary sector\"", SourceFilter.ALL)))
                    .isEqualTo("low|voluntary sector");
            assertThat(texts(p.queries().run("\"Feelings/Low\" NEAR/0 \"Partnership/Trust\"", SourceFilter.ALL)))
                    .isEqualTo("Trust was low at first.");
            assertThat(texts(p.queries().run("\"Feelings/Low\" NEAR/PARA \"Voluntary sector\"", SourceFilter.ALL)))
                    .isEmpty();
            assertThat(texts(p.queries().run("(\"Feelings/Low\" OR \"Voluntary sector\") AND \"Partnership/Trust\"",
                    SourceFilter.ALL))).isEqualTo("low");
        }
    }

    @Test
    void attributeConditionsLimitTheSources() throws Exception {
        try (Project p = setUp()) {
            p.attributes().setSourceValue(source, "data type", "minutes");
            assertThat(p.queries().run("\"Feelings/Low\"", SourceFilter.ALL.where("data type", "interview"))
                    .passages()).isEmpty();
            assertThat(p.queries().run("\"Feelings/Low\"", SourceFilter.ALL.where("data type", "minutes"))
                    .passages()).hasSize(1);
        }
    }

    @Test
    void mistakesAreReportedWithTheirPosition() throws Exception {
        try (Project p = setUp()) {
            assertThatThrownBy(() -> p.queries().run("\"Feelings/Low\" AND", SourceFilter.ALL))
                    .isInstanceOf(QuireException.class)
                    .hasMessage("Cannot parse query '\"Feelings/Low\" AND': the query ends too early; expected a node"
                            + " path in double quotes at position 19");
            assertThatThrownBy(() -> p.queries().run("\"A\" NEAR/x \"B\"", SourceFilter.ALL))
                    .hasMessageContaining("write NEAR/n");
            assertThatThrownBy(() -> p.queries().run("\"Nope\"", SourceFilter.ALL))
                    .hasMessageContaining("Nope");
        }
    }

    @Test
    void savedQueriesRunAgainstTheCurrentCoding() throws Exception {
        try (Project p = setUp()) {
            p.queries().save("Low trust", "\"Partnership/Trust\" AND \"Feelings/Low\"",
                    SourceFilter.ALL.where("data type", "minutes"));
            p.attributes().setSourceValue(source, "data type", "minutes");
            assertThat(p.queries().saved()).extracting(SavedQuery::name).containsExactly("Low trust");
            assertThat(p.queries().saved().get(0).filter().attributes()).containsEntry("data type", "minutes");
            assertThat(texts(p.queries().runSaved("low trust"))).isEqualTo("low");
            p.codings().code(source.id(), p.nodes().find("Feelings/Low").id(), new Span(17, 22));
            assertThat(texts(p.queries().runSaved("Low trust"))).isEqualTo("low|first");
            p.queries().save("Low trust", "\"Feelings/Low\"", SourceFilter.ALL);
            assertThat(p.queries().saved()).hasSize(1);
            p.queries().delete("Low trust");
            assertThat(p.queries().saved()).isEmpty();
            assertThat(p.audit().recent(20).stream().map(e -> e.action()).filter(a -> a.startsWith("query.")))
                    .containsExactly("query.delete", "query.update", "query.save");
        }
    }

    @Test
    void theFirstRowsTheRestAndTheWordsReadApartAreExactlyWhatRunGives() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            java.util.List<Path> files = new java.util.ArrayList<>();
            for (int i = 0; i < 130; i++) {
                Path f = dir.resolve("notes/day " + i + ".txt");
                java.nio.file.Files.createDirectories(f.getParent());
                java.nio.file.Files.writeString(f, "Day " + i + " began early.\n\nTrust was low, so on 🙂 funding was late "
                        + "and the meeting ran on.\n");
                files.add(f);
            }
            p.sources().importPaths(files, org.quire.service.sources.ImportOptions.defaults(),
                    org.quire.service.sources.ImportProgress.NONE, () -> false);
            Node trust = p.nodes().createPath("Trust", null, null);
            Node funding = p.nodes().createPath("Funding", null, null);
            for (Source s : p.sources().list()) {
                String text = p.sources().text(s.id()).text();
                int t = text.indexOf("Trust");
                int f = text.indexOf("funding");
                p.codings().code(s.id(), trust.id(), new Span(t, t + 13));
                p.codings().code(s.id(), funding.id(), new Span(f, f + 16));
            }
            String or = "\"Trust\" OR \"Funding\"";
            QueryResult run = p.queries().run(or, SourceFilter.ALL);
            assertThat(run.passages()).hasSize(260);

            QueryMatches found = p.queries().find(or, SourceFilter.ALL, () -> false);
            assertThat(found.sources()).isEqualTo(run.sources()).isEqualTo(130);
            java.util.List<QueryMatches.Match> all = found.matches();
            java.util.List<Passage> apart = new java.util.ArrayList<>(p.queries().passages(all.subList(0, 100)));
            apart.addAll(p.queries().passages(all.subList(100, all.size())));
            assertThat(apart).isEqualTo(run.passages());
            assertThat(p.queries().words(found)).isEqualTo(run.words()).isEqualTo(260 * 3);

            java.util.List<PassageWithContext> rows = p.queries().passagesInContext(all.subList(0, 2), 8);
            assertThat(rows).extracting(PassageWithContext::passage).isEqualTo(run.passages().subList(0, 2));
            assertThat(rows.get(0).passage().text()).isEqualTo("Trust was low");
            assertThat(rows.get(0).left()).isEqualTo("…early.\n\n");
            // The context stops before the emoji rather than cutting it in half.
            assertThat(rows.get(0).right()).isEqualTo(", so on …");
            assertThat(rows.get(1).passage().text()).isEqualTo("funding was late");
            assertThat(rows.get(1).right()).isEqualTo(" and the…");
        }
    }
}
