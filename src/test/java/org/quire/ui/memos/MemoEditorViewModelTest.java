package org.quire.ui.memos;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MemoTarget;
import org.quire.service.Project;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

class MemoEditorViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNewEntryIsStampedWithDateTimeAndCoderListedNewestFirstAndUndoable() throws Exception {
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            MemoEditorViewModel journal = new MemoEditorViewModel(vm, "Notes on analysis", MemoTarget.Journal::new,
                    ZoneId.of("Europe/London"));
            journal.load();
            assertThat(journal.summaryProperty().get()).isEqualTo("No entries yet: write the first one below");

            journal.addEntry("Trust keeps coming up alongside money.");
            journal.addEntry("  Split Trust into trust in people and trust in processes.  ");

            assertThat(journal.entries()).extracting(e -> e.text()).containsExactly(
                    "Split Trust into trust in people and trust in processes.", "Trust keeps coming up alongside money.");
            assertThat(journal.stamp(journal.entries().get(0)))
                    .matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2,3} \\d{4}, \\d{2}:\\d{2} — Ann");
            assertThat(journal.summaryProperty().get()).startsWith("2 entries, the latest on ");
            assertThat(vm.undoStack().undoLabelProperty().get())
                    .isEqualTo("Undo memo entry 'Split Trust into trust in peo…'");

            vm.undo();
            assertThat(journal.entries()).extracting(e -> e.text())
                    .containsExactly("Trust keeps coming up alongside money.");
            journal.addEntry("   ");
            assertThat(vm.errorProperty().get()).isEqualTo("Write the entry first");
        }
    }
}
