package org.quire.service.search;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.TestProjects;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;

import static org.assertj.core.api.Assertions.assertThat;

class WordFrequencyServiceTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Volunteers and volunteers. A volunteer volunteered. The trust, the trust, "
            + "the partnership.";

    @Test
    void wordsWithTheSameStemAreCountedTogetherUnderTheirCommonestForm() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a.txt", TEXT);
            WordFrequency f = p.words().words(WordOptions.defaults());
            // 12 words in all, stop words (and, a, the) included in the total.
            assertThat(f.totalWords()).isEqualTo(12);
            WordCount first = f.words().get(0);
            assertThat(first.word()).isEqualTo("volunteers");
            assertThat(first.count()).isEqualTo(4);
            assertThat(first.forms()).containsExactly("volunteers", "volunteer", "volunteered");
            assertThat(first.weightedPercent()).isCloseTo(4 * 100.0 / 12, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(f.words()).extracting(WordCount::word).containsExactly("volunteers", "trust", "partnership");
        }
    }

    @Test
    void exactCountsEachFormAndStopWordsAndShortWordsAreLeftOut() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "a.txt", TEXT);
            WordFrequency f = p.words().words(WordOptions.defaults().exact(true).stopWords(Set.of("Trust")));
            assertThat(f.words()).extracting(WordCount::word, WordCount::count).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("volunteers", 2L),
                    org.assertj.core.groups.Tuple.tuple("partnership", 1L),
                    org.assertj.core.groups.Tuple.tuple("volunteer", 1L),
                    org.assertj.core.groups.Tuple.tuple("volunteered", 1L));
            assertThat(p.words().words(WordOptions.defaults().exact(true).minLength(11).top(1)).words())
                    .extracting(WordCount::word).containsExactly("partnership");
        }
    }

    @Test
    void countsCanBeLimitedToTextCodedAtANodeOrToAFolder() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "a.txt", TEXT);
            java.nio.file.Files.writeString(dir.resolve("b.txt"), "Nothing about partnership here.");
            p.sources().importPaths(java.util.List.of(dir.resolve("b.txt")), ImportOptions.defaults().withFolder("sub"),
                    ImportProgress.NONE, () -> false);
            Node n = p.nodes().createPath("Trust", null, null);
            p.codings().code(s.id(), n.id(), new Span(TEXT.indexOf("The trust"), TEXT.length()));
            WordFrequency coded = p.words().words(WordOptions.defaults().inNode(n.id()));
            assertThat(coded.totalWords()).isEqualTo(6);
            assertThat(coded.words()).extracting(WordCount::word).containsExactly("trust", "partnership");
            assertThat(p.words().words(WordOptions.defaults().filter(SourceFilter.ALL.inFolder("sub"))).sources())
                    .isEqualTo(1);
        }
    }

    @Test
    void aFolderCountsFromTheIndexWhatItsTextsSayWhetherItHoldsMostSourcesOrFewAndTheTopIsThePrefixOfTheWholeList()
            throws Exception {
        try (Project p = TestProjects.create(dir)) {
            String[] texts = {"Trust grew slowly; trust was tested.", "The rota, the rota again, and tea.",
                "Funding was late and trust fell.", "Volunteers kept the kettle on.", "A board met; the board voted.",
                "Tea and trust.", "Nobody asked about funding.", "The kettle and the rota, again.",
                "Trust in the board grew."};
            java.util.List<Path> files = files(texts);
            // One import, so one index segment holds both folders: "big" is most of its documents and
            // is counted by subtracting the others from each word's total, "small" by walking its own.
            p.sources().importPaths(files, ImportOptions.defaults().withFolder("big"), ImportProgress.NONE, () -> false);
            p.folders().createPath("small");
            p.folders().moveSources(p.sources().list().stream().filter(s -> s.name().equals("n5") || s.name().equals("n6"))
                    .map(Source::id).toList(), "small");
            p.search().search("trust", SearchOptions.defaults());
            // A deleted source leaves its documents in the index, marked deleted: they must not count.
            p.sources().delete(p.sources().list().stream().filter(s -> s.name().equals("n4")).findFirst()
                    .orElseThrow().id());
            for (String folder : new String[] {"big", "small"}) {
                // The same texts counted by the tokenizer, as text coded at a node is.
                Node whole = p.nodes().createPath("Whole " + folder, null, null);
                for (Source s : p.sources().list()) {
                    if (s.folder().equals(folder)) {
                        p.codings().code(s.id(), whole.id(), new Span(0, s.length()));
                    }
                }
                WordOptions exact = WordOptions.defaults().exact(true).top(1000);
                WordFrequency fromIndex = p.words().words(exact.filter(SourceFilter.ALL.inFolder(folder)));
                WordFrequency fromText = p.words().words(exact.inNode(whole.id()));
                assertThat(fromIndex.words()).as(folder).isNotEmpty().isEqualTo(fromText.words());
                assertThat(fromIndex.totalWords()).as(folder).isEqualTo(fromText.totalWords());
                assertThat(p.words().words(exact.top(2).filter(SourceFilter.ALL.inFolder(folder))).words())
                        .isEqualTo(fromIndex.words().subList(0, 2));
            }
        }
    }

    @Test
    void aFolderListKeptWithTheIndexStaysEqualToItsTextsCountedAfterImportMoveRenameAndDelete() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            String[] texts = {"Trust grew slowly; trust was tested.", "The rota, the rota again, and tea.",
                "Funding was late and trust fell.", "Volunteers kept the kettle on.", "A board met; the board voted."};
            java.util.List<Path> files = files(texts);
            p.sources().importPaths(files, ImportOptions.defaults().withFolder("notes/2019"), ImportProgress.NONE,
                    () -> false);
            p.search().search("trust", SearchOptions.defaults());
            assertFolderListsMatchTheirTexts(p, "after the first import");
            // A second import adds a segment of its own to the index.
            java.nio.file.Files.writeString(dir.resolve("in/late.txt"), "Late trust, late funding, late tea.");
            p.sources().importPaths(java.util.List.of(dir.resolve("in/late.txt")),
                    ImportOptions.defaults().withFolder("notes/2020"), ImportProgress.NONE, () -> false);
            assertFolderListsMatchTheirTexts(p, "after a second import");
            p.folders().createPath("minutes");
            p.folders().moveSources(p.sources().list().stream().filter(s -> s.name().equals("n1")).map(Source::id)
                    .toList(), "minutes");
            assertFolderListsMatchTheirTexts(p, "after a source moved to another folder");
            p.folders().rename("notes/2019", "2019 notes");
            assertFolderListsMatchTheirTexts(p, "after a folder was renamed");
            p.sources().delete(p.sources().list().stream().filter(s -> s.name().equals("n0")).findFirst()
                    .orElseThrow().id());
            assertFolderListsMatchTheirTexts(p, "after a source was deleted");
        }
    }

    // Every folder's (and parent folder's) exact list and total, against its sources' texts counted by the tokenizer.
    private static void assertFolderListsMatchTheirTexts(Project p, String when) {
        java.util.Set<String> folders = new java.util.TreeSet<>();
        for (Source s : p.sources().list()) {
            for (String f = s.folder(); !f.isEmpty(); f = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "") {
                folders.add(f);
            }
        }
        for (String folder : folders) {
            org.quire.index.WordCounter expected = new org.quire.index.WordCounter();
            int sources = 0;
            for (Source s : p.sources().list()) {
                if (s.folder().equals(folder) || s.folder().startsWith(folder + "/")) {
                    String text = p.sources().text(s.id()).text();
                    expected.add(text, 0, text.length());
                    sources++;
                }
            }
            WordFrequency f = p.words().words(WordOptions.defaults().exact(true).top(1000).minLength(1)
                    .stopWords(Set.of()).filter(SourceFilter.ALL.inFolder(folder)));
            java.util.Map<String, Long> counted = new java.util.TreeMap<>();
            f.words().forEach(w -> counted.put(w.word(), w.count()));
            java.util.Map<String, Long> wanted = new java.util.TreeMap<>();
            expected.counts().forEach((w, c) -> {
                if (!org.quire.index.IndexSchema.englishStopWords().contains(w)) {
                    wanted.put(w, c[0]);
                }
            });
            assertThat(counted).as(folder + " " + when).isEqualTo(wanted);
            assertThat(f.totalWords()).as(folder + " " + when).isEqualTo(expected.total());
            assertThat(f.sources()).as(folder + " " + when).isEqualTo(sources);
        }
    }

    /** The texts as files in/n0.txt, in/n1.txt, … of the test's folder. */
    private java.util.List<Path> files(String... texts) throws java.io.IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path f = dir.resolve("in/n" + i + ".txt");
            java.nio.file.Files.createDirectories(f.getParent());
            java.nio.file.Files.writeString(f, texts[i]);
            files.add(f);
        }
        return files;
    }
}
