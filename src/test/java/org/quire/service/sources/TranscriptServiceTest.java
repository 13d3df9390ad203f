package org.quire.service.sources;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.CaseLink;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscriptServiceTest {
    private static final String TRANSCRIPT = """
            [00:00:05] INTERVIEWER: How did the partnership start?

            [00:00:12] RESPONDENT: Over a cup of tea, honestly.
            It grew from there.

            [00:01:40] INTERVIEWER: And now?

            [00:01:47] RESPONDENT: Now it runs on spreadsheets.
            """;

    @TempDir
    Path dir;

    @Test
    void timestampsAreRecordedAsPositionsAtImport() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "ruth.txt", TRANSCRIPT);
            String text = p.sources().text(s.id()).text();
            var stamps = p.transcripts().timestamps(s.id());
            assertThat(stamps).extracting(t -> t.seconds()).containsExactly(5, 12, 100, 107);
            assertThat(text.substring(stamps.get(2).span().start(), stamps.get(2).span().end())).contains("00:01:40");
        }
    }

    @Test
    void eachSpeakersTurnsAreLinkedToACasePerSpeakerWithRenamesAndSkips() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "ruth.txt", TRANSCRIPT);
            Map<String, Integer> linked = p.transcripts().codeSpeakersToCases(s.id(),
                    Map.of("Respondent", "Ruth Alderney", "Interviewer", ""));
            assertThat(linked).containsExactly(Map.entry("Ruth Alderney", 2));
            var ruth = p.cases().find("Ruth Alderney");
            String text = p.sources().text(s.id()).text();
            assertThat(p.cases().links(ruth.id())).extracting(CaseLink::span)
                    .extracting(span -> text.substring(span.start(), span.end()))
                    .satisfiesExactly(
                            first -> assertThat(first).contains("Over a cup of tea").contains("It grew from there."),
                            second -> assertThat(second).contains("Now it runs on spreadsheets."));
            assertThat(p.cases().list()).hasSize(1);
            // Running it again links nothing twice.
            assertThat(p.transcripts().codeSpeakersToCases(s.id(), Map.of("Respondent", "Ruth Alderney",
                    "Interviewer", ""))).isEmpty();
        }
    }

    @Test
    void aSourceWithoutSpeakersSaysSo() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            Source s = TestProjects.importText(p, dir, "notes.txt", "Note: the meeting began late.\n\nNo speakers.");
            assertThatThrownBy(() -> p.transcripts().codeSpeakersToCases(s.id(), Map.of()))
                    .isInstanceOf(QuireException.class).hasMessageContaining("has no speaker turns");
        }
    }
}
