package org.quire.ui.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePropertiesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsFormatEncodingWordsAndLetsAttributesBeEditedInPlaceWithUndo() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "The north star of the partnership.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            var source = project.sources().find("notes");
            project.attributes().setSourceValue(source, "Setting", "Town hall");
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            SourcePropertiesViewModel props = new SourcePropertiesViewModel(vm, source, ZoneOffset.UTC);
            props.load();

            assertThat(props.facts()).extracting(p -> p.name() + "=" + p.value())
                    .contains("Format=txt", "Encoding=UTF-8", "Words=6", "Characters=34");
            assertThat(props.attributes()).extracting(p -> p.name() + "=" + p.value()).containsExactly("Setting=Town hall");

            props.set("Setting", "Committee room 2");
            props.set("Data type", "Field note");
            assertThat(project.attributes().sourceValues(source))
                    .containsEntry("Setting", "Committee room 2").containsEntry("Data type", "Field note");
            assertThat(props.attributes()).extracting(p -> p.name() + "=" + p.value())
                    .contains("Setting=Committee room 2", "Data type=Field note");

            vm.undo();
            vm.undo();
            assertThat(project.attributes().sourceValues(source)).containsEntry("Setting", "Town hall")
                    .doesNotContainKey("Data type");
        }
    }
}
