package org.quire.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.prefs.UserSettings;

class ProjectSessionTest {
    @TempDir
    Path dir;

    /** The user's preferences, kept in a map as java.util.prefs would keep them. */
    static final class MapStore implements UserSettings.Store {
        final Map<String, String> values = new HashMap<>();

        @Override
        public String get(String key) {
            return values.get(key);
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }
    }

    private final MapStore store = new MapStore();
    private final UserSettings settings = new UserSettings(store);
    private final ProjectSession session = new ProjectSession(new DirectTaskRunner(), settings, "Ann");

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private Path project(String name, String title) {
        Path folder = dir.resolve(name + ".quire");
        Project.create(folder, title, "Setup").close();
        return folder;
    }

    @Test
    void aNewProjectIsOfferedAFreeNameSoCreateWorksAtOnce(@TempDir Path dir) throws Exception {
        assertThat(NewProjectPanel.freeTitle(dir)).isEqualTo("My study");
        Files.createDirectories(dir.resolve("My study.quire"));
        Files.createDirectories(dir.resolve("My study 2.quire"));
        assertThat(NewProjectPanel.freeTitle(dir)).isEqualTo("My study 3");
    }

    @Test
    void openingAnotherProjectShowsItClosesTheFirstAndPutsItFirstInTheRecentList() {
        Path a = project("A", "Project A");
        Path b = project("B", "Project B");
        session.open(a);
        session.open(b);

        assertThat(session.titleProperty().get()).isEqualTo("Project B");
        assertThat(session.projectProperty().get().folder()).isEqualTo(b);
        assertThat(session.recent()).extracting(ProjectSession.RecentEntry::title).containsExactly("Project B", "Project A");
        // A's lock was released: another process (here, the test) can open it now.
        Project.open(a, "Someone else").close();
    }

    @Test
    void recentProjectsAreMostRecentFirstListedOnceAtMostTenAndKeptForTheNextStart() {
        for (int i = 0; i < 12; i++) {
            settings.opened(dir.resolve("P" + i + ".quire"), "P" + i);
        }
        settings.opened(dir.resolve("P5.quire"), "P5 renamed");
        settings.opened(dir.resolve("sub/../P7.quire"), "P7");

        UserSettings nextStart = new UserSettings(store);
        List<String> titles = nextStart.recent().stream().map(UserSettings.Recent::title).toList();
        assertThat(titles).containsExactly("P7", "P5 renamed", "P11", "P10", "P9", "P8", "P6", "P4", "P3", "P2");
        assertThat(nextStart.lastProject()).isEqualTo(dir.resolve("P7.quire").toAbsolutePath());
    }

    @Test
    void aMovedProjectIsShownUnavailableAndTryingToOpenItSaysWhyAndDropsIt() throws Exception {
        Path a = project("A", "Project A");
        Path gone = project("Gone", "Gone");
        session.open(gone);
        session.open(a);
        Files.move(gone, dir.resolve("Moved.quire"));

        session.refreshRecent();
        assertThat(session.recent()).extracting(ProjectSession.RecentEntry::available).containsExactly(true, false);

        session.open(gone);
        assertThat(session.messageProperty().get()).contains(gone.toString()).contains("no longer there")
                .contains("'Project A' is still open");
        assertThat(session.projectProperty().get().folder()).isEqualTo(a);
        assertThat(session.recent()).extracting(ProjectSession.RecentEntry::folder).containsExactly(a.toAbsolutePath());
    }

    @Test
    void aProjectOpenElsewhereIsRefusedWithAClearMessageAndTheCurrentOneStaysOpenAndUsable() {
        Path a = project("A", "Project A");
        Path b = project("B", "Project B");
        session.open(a);
        try (Project elsewhere = Project.open(b, "Beth")) {
            session.open(b);

            assertThat(session.messageProperty().get()).contains("'B' is already open in another Quire window")
                    .contains("'Project A' is still open");
            assertThat(session.titleProperty().get()).isEqualTo("Project A");
            Project current = session.projectProperty().get();
            assertThat(current.folder()).isEqualTo(a);
            current.nodes().createPath("Still working", null, null);
            assertThat(current.nodes().tree().depthFirst()).hasSize(1);
        }
        assertThat(settings.lastProject()).isEqualTo(a.toAbsolutePath());
    }

    @Test
    void aFolderThatIsNotAProjectIsRefusedAndNothingChanges() throws Exception {
        Path a = project("A", "Project A");
        Path plain = Files.createDirectories(dir.resolve("Holiday photos"));
        session.open(a);
        session.open(plain);

        assertThat(session.messageProperty().get()).contains("No Quire project at").contains("Holiday photos");
        assertThat(session.projectProperty().get().folder()).isEqualTo(a);
        assertThat(session.recent()).hasSize(1);
    }

    @Test
    void aNewProjectIsCreatedInTheChosenFolderOpenedAndRemembered() {
        Path a = project("A", "Project A");
        session.open(a);
        session.create(dir, "Fieldwork 2018", "");

        Path created = dir.resolve("Fieldwork 2018.quire");
        assertThat(session.projectProperty().get().folder()).isEqualTo(created);
        assertThat(session.titleProperty().get()).isEqualTo("Fieldwork 2018");
        assertThat(session.projectProperty().get().coder().name()).isEqualTo("Ann");
        assertThat(settings.lastProject()).isEqualTo(created.toAbsolutePath());
        assertThat(session.projectProperty().get().language()).isEqualTo("en");

        session.create(dir, "Interviews DE", "", "de");
        assertThat(session.projectProperty().get().language()).isEqualTo("de");
    }

    @Test
    void creatingAProjectInAFolderThatIsNotEmptySaysWhyAndKeepsTheCurrentOne() throws Exception {
        Path a = project("A", "Project A");
        Files.createDirectories(dir.resolve("Busy.quire"));
        Files.writeString(dir.resolve("Busy.quire/notes.txt"), "mine");
        session.open(a);
        session.create(dir, "Busy", "Busy");

        assertThat(session.messageProperty().get()).contains("the folder is not empty");
        assertThat(session.projectProperty().get().folder()).isEqualTo(a);
        assertThat(Files.readString(dir.resolve("Busy.quire/notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aNewCoderNameIsRecordedWithTheNextChangeAndRemembered() {
        Path a = project("A", "Project A");
        session.open(a);
        session.projectProperty().get().nodes().createPath("Before", null, null);

        session.changeCoder("  Beth Jones ");
        session.projectProperty().get().nodes().createPath("After", null, null);

        Project reopened = session.projectProperty().get();
        assertThat(reopened.coder().name()).isEqualTo("Beth Jones");
        assertThat(reopened.audit().recent(10)).filteredOn(e -> e.action().startsWith("node."))
                .extracting(e -> e.summary().contains("After") ? "After:" + e.coder() : "Before:" + e.coder())
                .containsExactlyInAnyOrder("Before:Ann", "After:Beth Jones");
        assertThat(new UserSettings(store).coder()).isEqualTo("Beth Jones");
    }

    @Test
    void aNameThatCannotBeACoderIsRefusedAndTheProjectStaysOpenUnderTheOldName() {
        Path a = project("A", "Project A");
        session.open(a);
        session.changeCoder("x".repeat(300));

        assertThat(session.messageProperty().get()).contains("longer than 200 characters");
        assertThat(session.coderProperty().get()).isEqualTo("Ann");
        assertThat(session.projectProperty().get().coder().name()).isEqualTo("Ann");
        assertThat(settings.coder()).isNull();
    }

    @Test
    void withoutAnArgumentTheLastProjectReopensAndAMissingOneFallsBackToTheSample() throws Exception {
        Path a = project("A", "Project A");
        Path sample = project("Sample", "Sample");
        settings.opened(a, "Project A");
        session.openAtStart(null, () -> sample);
        assertThat(session.projectProperty().get().folder()).isEqualTo(a.toAbsolutePath());
        session.shutdown();

        Files.move(a, dir.resolve("Elsewhere.quire"));
        ProjectSession next = new ProjectSession(new DirectTaskRunner(), settings, "Ann");
        next.openAtStart(null, () -> sample);
        assertThat(next.projectProperty().get().folder()).isEqualTo(sample);
        next.shutdown();
    }

    @Test
    void aTitleBecomesAFolderNameEverySystemAccepts() {
        assertThat(NewProjectPanel.folderName("  Fieldwork: wards 3/4 \"pilot\"? ")).isEqualTo("Fieldwork- wards 3-4 -pilot-");
    }

    @Test
    void veryLongFoldersPushTheOldestOutRatherThanOverflowTheStoredList() {
        String deep = "d".repeat(3000);
        for (int i = 0; i < 5; i++) {
            settings.opened(dir.resolve(deep + i), "T" + i);
        }
        assertThat(settings.recent()).extracting(UserSettings.Recent::title).containsExactly("T4", "T3");
        assertThat(store.values.get("recent.projects").length()).isLessThanOrEqualTo(8192);
    }

    @Test
    void closingLeavesNoProjectOpenAndReleasesItsLock() {
        Path a = project("A", "Project A");
        session.open(a);
        session.close();

        assertThat(session.projectProperty().get()).isNull();
        assertThat(session.titleProperty().get()).isEmpty();
        Project.open(a, "Someone else").close();
    }
}
