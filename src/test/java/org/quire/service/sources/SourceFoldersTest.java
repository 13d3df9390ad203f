package org.quire.service.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFoldersTest {
    @TempDir
    Path dir;

    /** Field notes at the top, two interviews in Interviews/Round 1, imported from a folder. */
    private Project project() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("Interviews/Round 1"));
        Files.writeString(data.resolve("Day 1.txt"), "Arrived at nine. Met Ruth at the hall.");
        Files.writeString(data.resolve("Interviews/Round 1/Ruth.txt"), "INTERVIEWER: How did it start?");
        Files.writeString(data.resolve("Interviews/Round 1/Sam.txt"), "INTERVIEWER: Who came first?");
        Project p = TestProjects.create(dir);
        p.sources().importAsFolders(List.of(data.resolve("Day 1.txt"), data.resolve("Interviews")), ImportOptions.defaults(),
                ImportProgress.NONE, () -> false);
        return p;
    }

    private static Source named(Project p, String name) {
        return p.sources().list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importedFoldersAreListedWithTheirParentsAndEachSourceKeepsItsFileName() throws Exception {
        try (Project p = project()) {
            assertThat(p.folders().list()).containsExactly("Interviews", "Interviews/Round 1");
            assertThat(p.sources().list()).extracting(Source::path, Source::fileName).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Day 1", "Day 1.txt"),
                    org.assertj.core.groups.Tuple.tuple("Interviews/Round 1/Ruth", "Ruth.txt"),
                    org.assertj.core.groups.Tuple.tuple("Interviews/Round 1/Sam", "Sam.txt"));
        }
    }

    @Test
    void anEmptyFolderMadeByTheResearcherStaysAndOutlivesAReopen() throws Exception {
        try (Project p = project()) {
            assertThat(p.folders().create("Interviews", "Round 2")).isEqualTo("Interviews/Round 2");
            assertThat(p.folders().create("", "Minutes")).isEqualTo("Minutes");
        }
        try (Project p = Project.open(dir.resolve("Test.quire"), "tester")) {
            assertThat(p.folders().list()).containsExactly("Interviews", "Interviews/Round 1", "Interviews/Round 2",
                    "Minutes");
            assertThat(p.audit().recent(2)).extracting(e -> e.summary())
                    .containsExactly("Made folder 'Minutes'", "Made folder 'Interviews/Round 2'");
        }
    }

    @Test
    void aPathIsMadeWithItsMissingParentsInOneStepOrNotAtAll() throws Exception {
        try (Project p = project()) {
            assertThat(p.folders().createPath("interviews/Round 2/Follow-ups")).isEqualTo("Interviews/Round 2/Follow-ups");
            assertThatThrownBy(() -> p.folders().createPath("Minutes/2018/Bad\u0001name"))
                    .isInstanceOf(QuireException.class).hasMessageContaining("must be on one line");
            assertThatThrownBy(() -> p.folders().createPath("Interviews/round 1"))
                    .hasMessage("There is already a folder 'Interviews/Round 1'");
            assertThat(p.folders().list()).containsExactly("Interviews", "Interviews/Round 1", "Interviews/Round 2",
                    "Interviews/Round 2/Follow-ups");
        }
    }

    @Test
    void renamingAFolderCarriesItsSourcesAndSubFolders() throws Exception {
        try (Project p = project()) {
            p.folders().create("Interviews/Round 1", "Follow-ups");
            assertThat(p.folders().rename("Interviews", "Conversations")).isEqualTo("Conversations");
            assertThat(p.folders().list()).containsExactly("Conversations", "Conversations/Round 1",
                    "Conversations/Round 1/Follow-ups");
            assertThat(named(p, "Ruth").path()).isEqualTo("Conversations/Round 1/Ruth");
            assertThat(p.sources().find("Conversations/Round 1/Sam").name()).isEqualTo("Sam");
        }
    }

    @Test
    void movingAFolderIntoAnotherKeepsItsContentsAndCannotGoIntoItself() throws Exception {
        try (Project p = project()) {
            p.folders().create("", "Archive");
            assertThat(p.folders().move("Interviews/Round 1", "Archive")).isEqualTo("Archive/Round 1");
            assertThat(named(p, "Sam").folder()).isEqualTo("Archive/Round 1");
            assertThat(p.folders().list()).containsExactly("Archive", "Archive/Round 1", "Interviews");
            assertThatThrownBy(() -> p.folders().move("Archive", "Archive/Round 1"))
                    .isInstanceOf(QuireException.class).hasMessage("Cannot move folder 'Archive' into itself");
        }
    }

    @Test
    void aFolderIsDeletedOnlyWhenNoSourceIsInItAndStaysWhenItsLastSourceLeaves() throws Exception {
        try (Project p = project()) {
            assertThatThrownBy(() -> p.folders().delete("Interviews")).isInstanceOf(QuireException.class)
                    .hasMessage("Folder 'Interviews' still holds 2 sources; move or delete them first");
            List<SourceId> both = List.of(named(p, "Ruth").id(), named(p, "Sam").id());
            p.folders().moveSources(both, "");
            assertThat(p.folders().list()).containsExactly("Interviews", "Interviews/Round 1");
            p.folders().delete("Interviews");
            assertThat(p.folders().list()).isEmpty();
            assertThat(p.sources().list()).extracting(Source::path).containsExactlyInAnyOrder("Day 1", "Ruth", "Sam");
        }
    }

    @Test
    void aMoveIntoAFolderWithASourceOfTheSameNameChangesNothing() throws Exception {
        try (Project p = project()) {
            p.folders().create("", "Elsewhere");
            var moved = p.folders().moveSources(List.of(named(p, "Day 1").id()), "Elsewhere");
            Files.writeString(dir.resolve("Day 1.txt"), "A different first day, in another place.");
            p.sources().importPaths(List.of(dir.resolve("Day 1.txt")), ImportOptions.defaults(), ImportProgress.NONE,
                    () -> false);
            SourceId other = p.sources().find("Day 1").id();
            assertThat(p.sources().find("Elsewhere/Day 1").id()).isNotEqualTo(other);
            assertThatThrownBy(() -> p.folders().moveSources(List.of(other, named(p, "Ruth").id()), "Elsewhere"))
                    .isInstanceOf(QuireException.class).hasMessage("Cannot move 'Day 1': folder 'Elsewhere' already has"
                            + " a source named 'Day 1'; rename one of them first");
            assertThat(named(p, "Ruth").folder()).isEqualTo("Interviews/Round 1");

            p.sources().delete(other);
            p.folders().moveBack(moved);
            assertThat(p.sources().list()).extracting(Source::path).containsExactlyInAnyOrder("Day 1",
                    "Interviews/Round 1/Ruth", "Interviews/Round 1/Sam");
        }
    }

    @Test
    void namesThatAreNotFoldersAreRefusedNamingTheProblem() throws Exception {
        try (Project p = project()) {
            assertThatThrownBy(() -> p.folders().create("", "a/b")).hasMessageContaining("cannot contain '/'");
            assertThatThrownBy(() -> p.folders().create("", "interviews"))
                    .hasMessage("There is already a folder 'Interviews'");
            assertThatThrownBy(() -> p.folders().create("Nowhere", "x")).hasMessage("No folder 'Nowhere' in this project");
            assertThatThrownBy(() -> p.folders().rename("", "x"))
                    .hasMessage("The top of the Sources pane is not a folder that can be changed");
            assertThat(p.folders().list()).containsExactly("Interviews", "Interviews/Round 1");
        }
    }
}
