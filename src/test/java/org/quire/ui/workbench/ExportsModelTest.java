package org.quire.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.ui.common.DirectTaskRunner;

class ExportsModelTest {
    @TempDir
    Path dir;

    private final List<String> remembered = new ArrayList<>();
    private final ExportsModel.LastFolder memory = new ExportsModel.LastFolder() {
        @Override
        public String get() {
            return remembered.isEmpty() ? null : remembered.get(remembered.size() - 1);
        }

        @Override
        public void set(String folder) {
            remembered.add(folder);
        }
    };

    @Test
    void theSaveDialogStartsInDocumentsThenInTheFolderUsedLast() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertThat(ExportsModel.startFolder(null, home)).isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(ExportsModel.startFolder(null, home)).isEqualTo(documents);
        Path chosen = Files.createDirectories(dir.resolve("For supervisor"));
        assertThat(ExportsModel.startFolder(chosen.toString(), home)).isEqualTo(chosen);
        // A folder that has gone since is not offered.
        assertThat(ExportsModel.startFolder(dir.resolve("gone").toString(), home)).isEqualTo(documents);
    }

    @Test
    void anExportWritesTheFileRemembersItsFolderAndOffersIt() throws Exception {
        try (Project p = Project.create(dir.resolve("P.quire"), "Study: year 1/2", "Ann")) {
            List<Throwable> failures = new ArrayList<>();
            ExportsModel model = new ExportsModel(p, new DirectTaskRunner(), memory, failures::add);
            String name = model.fileName(What.CODEBOOK, Format.DOCX);
            assertThat(name).isEqualTo("Study- year 1-2 - Code book.docx");
            Path out = Files.createDirectories(dir.resolve("out")).resolve(name);

            model.export(What.CODEBOOK, Format.DOCX, out);

            assertThat(failures).isEmpty();
            assertThat(model.writtenProperty().get()).isEqualTo(out);
            assertThat(model.messageProperty().get()).isEqualTo("Exported to " + out);
            assertThat(remembered).containsExactly(dir.resolve("out").toString());
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
                assertThat(doc.getParagraphs()).isNotEmpty();
            }
        }
    }

    @Test
    void aFailedExportSaysWhyAndOffersNothing() throws Exception {
        try (Project p = Project.create(dir.resolve("Q.quire"), "Q", "Ann")) {
            List<Throwable> failures = new ArrayList<>();
            ExportsModel model = new ExportsModel(p, new DirectTaskRunner(), memory, failures::add);
            // A project without themes has no theme matrices to export.
            model.export(What.THEMES, Format.XLSX, dir.resolve("t.xlsx"));
            assertThat(failures).singleElement().extracting(Throwable::getMessage).asString().contains("no themes");
            assertThat(model.writtenProperty().get()).isNull();
            assertThat(remembered).isEmpty();
        }
    }
}
