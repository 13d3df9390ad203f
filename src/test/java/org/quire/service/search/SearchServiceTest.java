package org.quire.service.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.AuditEntry;
import org.quire.model.Node;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchServiceTest {
    @TempDir
    Path dir;

    private static final String NOTES = """
            The volunteers met the trust board on Monday.

            One volunteer said the voluntary sector was never asked. The board agreed to meet again.
            """;

    private SearchResult search(Project p, String query) {
        return p.search().search(query, SearchOptions.defaults());
    }

    @Test
    void hitsMapToExactlyTheMatchedCharactersIncludingAfterEmoji() throws Exception {
        String text = "Party 🎉🎉 then the volunteers 💙 arrived.\n\nVolunteer 👩🏽‍⚕️ nurses stayed.";
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "emoji.txt", text);
            SearchResult r = search(p, "volunteer");
            assertThat(r.totalHits()).isEqualTo(2);
            for (SearchHit h : r.hits()) {
                assertThat(p.sources().extract(s.id(), h.span())).isEqualTo(h.hit());
            }
            assertThat(r.hits()).extracting(SearchHit::hit).containsExactly("volunteers", "Volunteer");
            assertThat(r.hits().get(0).span()).isEqualTo(new Span(text.indexOf("volunteers"),
                    text.indexOf("volunteers") + "volunteers".length()));
            assertThat(r.hits().get(1).paragraph()).isEqualTo(2);
            assertThat(r.hits().get(0).left()).endsWith("🎉🎉 then the ");
            assertThat(r.hits().get(0).right()).startsWith(" 💙 arrived.");
        }
    }

    @Test
    void wordAndWildcardHitsAreEachOccurrenceOnceAndWordsAfterNotAreNotHits() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "notes.txt", NOTES);
            // Read from the terms' postings: the same as the phrase path gives, word by word.
            assertThat(search(p, "volunt* AND board").hits()).extracting(SearchHit::hit)
                    .containsExactly("volunteers", "board", "volunteer", "voluntary", "board");
            // A word found by both the stemmed word and the wildcard is one hit.
            assertThat(search(p, "volunteer OR volunteer*").totalHits()).isEqualTo(2);
            assertThat(search(p, "board NOT volunt*").totalHits()).isZero();
            assertThat(search(p, "trust OR (sector NOT asked)").hits()).extracting(SearchHit::hit)
                    .containsExactly("trust");
            assertThat(search(p, "\"trust board\" OR monday").hits()).extracting(SearchHit::hit)
                    .containsExactly("trust board", "Monday");
        }
    }

    @Test
    void stemmingFindsOtherFormsAndExactDoesNot() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "notes.txt", NOTES);
            assertThat(search(p, "volunteer").hits()).extracting(SearchHit::hit)
                    .containsExactly("volunteers", "volunteer");
            assertThat(p.search().search("volunteer", SearchOptions.defaults().exact(true)).hits())
                    .extracting(SearchHit::hit).containsExactly("volunteer");
        }
    }

    @Test
    void phrasesWildcardsFuzzyProximityAndBooleans() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "notes.txt", NOTES + "\nThe organization of the sector matters.\n");
            assertThat(search(p, "\"voluntary sector\"").hits()).extracting(SearchHit::hit)
                    .containsExactly("voluntary sector");
            assertThat(search(p, "volunt*").hits()).extracting(SearchHit::hit)
                    .containsExactly("volunteers", "volunteer", "voluntary");
            assertThat(search(p, "organisation~").hits()).extracting(SearchHit::hit).containsExactly("organization");
            assertThat(search(p, "\"volunteer sector\"~5").totalHits()).isEqualTo(1);
            assertThat(search(p, "\"volunteer sector\"").totalHits()).isZero();
            // AND is the default between words: both must be in the same paragraph.
            assertThat(search(p, "board monday").hits()).extracting(SearchHit::hit).containsExactly("board", "Monday");
            assertThat(search(p, "board NOT monday").hits()).extracting(SearchHit::hit).containsExactly("board");
            assertThat(search(p, "(monday OR asked) AND board").totalHits()).isEqualTo(4);
        }
    }

    @Test
    void aMalformedQuerySaysWhatAndWhere() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "notes.txt", NOTES);
            assertThatThrownBy(() -> search(p, "board AND"))
                    .isInstanceOf(QuireException.class)
                    .hasMessageStartingWith("Cannot parse 'board AND': the query ends too early at position 9");
            assertThatThrownBy(() -> search(p, "\"board meeting"))
                    .isInstanceOf(QuireException.class)
                    .hasMessageContaining("Cannot parse '\"board meeting': a quote or bracket is not closed");
        }
    }

    @Test
    void searchesCanBeRestrictedByFolderAttributeDateAndNode() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source a = TestProjects.importText(p, dir, "a.txt", "The board met in March.");
            Source b = TestProjects.importText(p, dir, "b.txt", "The board met in June. The board was tired.");
            p.attributes().setSourceValue(a, "data type", "interview");
            p.attributes().setSourceValue(b, "data type", "minutes");
            p.attributes().define(org.quire.model.AttributeScope.SOURCE, "date", org.quire.model.AttributeType.DATE,
                    List.of());
            p.attributes().setSourceValue(a, "date", "2024-03-01");
            p.attributes().setSourceValue(b, "date", "2024-06-01");
            assertThat(search(p, "board").totalSources()).isEqualTo(2);
            SearchOptions interviews = SearchOptions.defaults().filter(SourceFilter.ALL.where("Data Type", "Interview"));
            assertThat(p.search().search("board", interviews).hits()).extracting(h -> h.source().name())
                    .containsExactly("a");
            SearchOptions spring = SearchOptions.defaults().filter(SourceFilter.ALL.between(LocalDate.of(2024, 5, 1),
                    LocalDate.of(2024, 7, 1)));
            assertThat(p.search().search("board", spring).totalHits()).isEqualTo(2);
            assertThat(p.search().search("board", SearchOptions.defaults().filter(SourceFilter.ALL.inFolder("x")))
                    .totalHits()).isZero();
            Node tired = p.nodes().createPath("Tired", null, null);
            p.codings().code(b.id(), tired.id(), new Span(23, 43));
            SearchResult inNode = p.search().search("board", SearchOptions.defaults().inNode(tired.id()));
            assertThat(inNode.hits()).extracting(SearchHit::span).containsExactly(new Span(27, 32));
        }
    }

    @Test
    void codingFromSearchIsOneAuditedActionThatSkipsWhatIsAlreadyCoded() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "notes.txt", NOTES);
            Node node = p.nodes().createPath("Volunteering", null, null);
            SearchResult r = search(p, "volunteer");
            SearchCoding first = p.search().codeHits("volunteer", r.hits(), node.id(), Spread.SENTENCE);
            assertThat(first.created()).extracting(c -> p.sources().extract(s.id(), c.span())).containsExactly(
                    "The volunteers met the trust board on Monday.",
                    "One volunteer said the voluntary sector was never asked.");
            SearchCoding again = p.search().codeHits("volunteer", r.hits(), node.id(), Spread.SENTENCE);
            assertThat(again.created()).isEmpty();
            assertThat(again.alreadyCoded()).isEqualTo(2);
            SearchCoding paragraphs = p.search().codeHits("volunteer", r.hits(), node.id(), Spread.PARAGRAPH);
            assertThat(paragraphs.created()).extracting(c -> p.sources().extract(s.id(), c.span()))
                    .containsExactly(
                            "One volunteer said the voluntary sector was never asked. The board agreed to meet again.");
            // The first paragraph is the same text as its one sentence: already coded.
            assertThat(paragraphs.alreadyCoded()).isEqualTo(1);
            List<AuditEntry> summaries = p.audit().recent(50).stream()
                    .filter(e -> e.action().equals("search.code")).toList();
            assertThat(summaries).hasSize(3);
            assertThat(summaries.get(2).summary())
                    .isEqualTo("Coded 2 passages found by search 'volunteer' at 'Volunteering' (sentence; 0 already coded)");
            assertThat(summaries.get(2).after()).contains(first.created().get(0).guid());
            assertThat(p.audit().recent(50).stream().filter(e -> e.action().equals("coding.add"))).hasSize(3);
            assertThat(summaries.get(0).summary()).endsWith("(paragraph; 1 already coded)");
            assertThat(p.codings().byNode(node.id(), false)).hasSize(3);
        }
    }

    @Test
    void theIndexFollowsImportAndDelete() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            assertThat(search(p, "partnership").totalHits()).isEqualTo(1);
            Source b = TestProjects.importText(p, dir, "b.txt", "Another partnership.");
            assertThat(search(p, "partnership").totalHits()).isEqualTo(2);
            p.sources().delete(b.id());
            assertThat(search(p, "partnership").totalHits()).isEqualTo(1);
        }
    }

    @Test
    void hitsFollowTheReadingOrderAfterASourceIsRenamedAndEachSearchCountsForThePhaseTracker() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            Source b = TestProjects.importText(p, dir, "b.txt", "Another partnership.");
            assertThat(search(p, "partnership").hits()).extracting(h -> h.source().name()).containsExactly("a", "b");
            p.sources().rename(b.id(), "0 first");
            assertThat(search(p, "partnership").hits()).extracting(h -> h.source().name())
                    .containsExactly("0 first", "a");
            // Recorded on a thread of its own, yet counted as soon as anyone asks.
            long searches = p.activity().tallies().get(org.quire.model.ActivityKind.SEARCH).count();
            search(p, "working");
            assertThat(p.activity().tallies().get(org.quire.model.ActivityKind.SEARCH).count()).isEqualTo(searches + 1);
        }
    }

    @Test
    void theLanguageChosenWhenTheProjectIsCreatedStemsItsSearches() throws Exception {
        try (Project p = Project.create(dir.resolve("De.quire"), "Feldnotizen", TestProjects.CODER, "DE")) {
            assertThat(p.language()).isEqualTo("de");
            TestProjects.importText(p, dir, "notiz.txt", "Die Freiwilligen trafen den Vorstand.");
            assertThat(search(p, "Freiwillige").hits()).extracting(SearchHit::hit).containsExactly("Freiwilligen");
            assertThat(p.search().search("Freiwillige", SearchOptions.defaults().exact(true)).totalHits()).isZero();
        }
        assertThatThrownBy(() -> Project.create(dir.resolve("Xx.quire"), "x", TestProjects.CODER, "klingon"))
                .isInstanceOf(QuireException.class).hasMessageContaining("'klingon'").hasMessageContaining("de, fr");
        assertThat(dir.resolve("Xx.quire")).doesNotExist();
    }

    @Test
    void aDeletedIndexIsRebuiltWithProgress() throws Exception {
        Path folder;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            TestProjects.importText(p, dir, "b.txt", "Another partnership.");
            search(p, "partnership");
        }
        deleteTree(folder.resolve("index"));
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            int[] calls = new int[2];
            p.search().prepareIndex((done, total) -> {
                calls[0] = done;
                calls[1] = total;
            }, () -> false);
            assertThat(calls).containsExactly(2, 2);
            assertThat(p.search().indexStatus().found()).isEqualTo("MISSING");
            assertThat(search(p, "partnership").totalHits()).isEqualTo(2);
        }
    }

    @Test
    void aRebuildOfManySourcesFindsExactlyWhatTheIndexBuiltByImportingFound() throws Exception {
        // More sources than a rebuild reads ahead, each of several paragraphs and one long one that
        // is cut into passages, so batches, read-ahead and the workers' last flushes all take part.
        Path notes = Files.createDirectories(dir.resolve("notes"));
        for (int i = 0; i < 300; i++) {
            String longParagraph = ("Partnership board minutes number " + i + ". ").repeat(80);
            Files.writeString(notes.resolve(String.format("note-%03d.txt", i)), "Volunteers met in week " + i
                    + ".\n\n" + longParagraph + "\n\nThe trust asked about partnership " + (i % 7) + " again.\n");
        }
        try (Project p = TestProjects.create(dir)) {
            p.search().prepareIndex(IndexProgress.NONE, () -> false);
            p.sources().importPaths(List.of(notes), org.quire.service.sources.ImportOptions.defaults(),
                    org.quire.service.sources.ImportProgress.NONE, () -> false);
            SearchOptions all = SearchOptions.defaults().limit(0);
            List<String> queries = List.of("partnership", "\"trust asked\"", "volunt*", "minutes AND week", "number~");
            List<SearchResult> followed = queries.stream().map(q -> p.search().search(q, all)).toList();
            assertThat(followed.get(0).totalSources()).isEqualTo(300);

            int[] progress = new int[2];
            assertThat(p.search().rebuildIndex((done, total) -> {
                progress[0] = done;
                progress[1] = total;
            }, () -> false)).isTrue();

            assertThat(progress).containsExactly(300, 300);
            assertThat(queries.stream().map(q -> p.search().search(q, all)).toList()).isEqualTo(followed);
        }
    }

    @Test
    void anImportIntoANewProjectIsIndexedWhileItIsStoredAndNeedsNoRebuild() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("new-notes"));
        for (int i = 0; i < 450; i++) {
            Files.writeString(notes.resolve(String.format("note-%03d.txt", i)), "Volunteers met in week " + i
                    + ".\n\nThe trust asked about partnership " + (i % 7) + " again.\n");
        }
        Path folder;
        SearchOptions all = SearchOptions.defaults().limit(0);
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            p.sources().importPaths(List.of(notes), org.quire.service.sources.ImportOptions.defaults(),
                    org.quire.service.sources.ImportProgress.NONE, () -> false);
            int[] rebuilt = new int[1];
            p.search().prepareIndex((done, total) -> rebuilt[0]++, () -> false);
            assertThat(rebuilt[0]).as("sources read back for a rebuild").isZero();
            assertThat(p.search().search("partnership", all).totalSources()).isEqualTo(450);
            TestProjects.importText(p, dir, "late.txt", "A late partnership.");
        }
        // Committed when the project closed: found as it was left, at the project's generation.
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            assertThat(p.search().indexStatus().found()).isEqualTo("CURRENT");
            int[] rebuilt = new int[1];
            p.search().prepareIndex((done, total) -> rebuilt[0]++, () -> false);
            assertThat(rebuilt[0]).isZero();
            assertThat(p.search().search("partnership", all).totalSources()).isEqualTo(451);
            assertThat(p.search().search("\"week 449\"", all).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void aCorruptIndexIsRebuilt() throws Exception {
        Path folder;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            search(p, "partnership");
        }
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            assertThat(search(p, "partnership").totalHits()).isEqualTo(1);
            assertThat(p.search().indexStatus().found()).isEqualTo("CORRUPT");
        }
    }

    @Test
    void aCancelledRebuildIsFinishedOnTheNextSearch() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            assertThat(p.search().rebuildIndex(IndexProgress.NONE, () -> true)).isFalse();
            assertThat(search(p, "partnership").totalHits()).isEqualTo(1);
        }
    }

    @Test
    void aCrashBetweenTheDatabaseCommitAndTheIndexCommitIsRepairedOnOpen() throws Exception {
        Path folder;
        Path saved = dir.resolve("index-before");
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            TestProjects.importText(p, dir, "a.txt", "Partnership working.");
            TestProjects.importText(p, dir, "gone.txt", "A partnership that will be deleted.");
            search(p, "partnership");
        }
        copyTree(folder.resolve("index"), saved);
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            TestProjects.importText(p, dir, "b.txt", "A later partnership.");
            p.sources().delete(p.sources().find("gone").id());
        }
        // The index as it was before those two commits: as if the process died after each H2 commit.
        deleteTree(folder.resolve("index"));
        copyTree(saved, folder.resolve("index"));
        try (Project p = Project.open(folder, TestProjects.CODER)) {
            assertThat(search(p, "partnership").hits()).extracting(h -> h.source().name()).containsExactly("a", "b");
            assertThat(p.search().indexStatus().found()).isEqualTo("CURRENT");
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    static void deleteTree(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
