package org.quire.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/** The File menu's REFI-QDA items: Export → QDPX / QDC, and Import project (QDPX). */
final class RefiMenu {
    private final RefiViewModel vm;
    private final Node owner;
    private final ExportsModel exports;

    /**
     * @param owner   any node of the window, for the file dialogs
     * @param exports where save dialogs start
     */
    RefiMenu(RefiViewModel vm, Node owner, ExportsModel exports) {
        this.vm = vm;
        this.owner = owner;
        this.exports = exports;
    }

    /** QDPX and QDC, for the end of File → Export. */
    java.util.List<MenuItem> exportItems() {
        MenuItem qdpx = new MenuItem("QDPX (whole project, REFI-QDA)…");
        qdpx.setOnAction(e -> save("Export the project as QDPX", "project.qdpx", "REFI-QDA project", "*.qdpx")
                .ifPresent(vm::exportQdpx));
        MenuItem qdc = new MenuItem("QDC (code book, REFI-QDA)…");
        qdc.setOnAction(e -> save("Export the code book as QDC", "codebook.qdc", "REFI-QDA code book", "*.qdc")
                .ifPresent(vm::exportQdc));
        return java.util.List.of(qdpx, qdc);
    }

    MenuItem importProjectItem() {
        MenuItem item = new MenuItem("Import project (QDPX)…");
        item.setOnAction(e -> {
            FileChooser open = new FileChooser();
            open.setTitle("Open a project from NVivo, ATLAS.ti, MAXQDA or QualCoder");
            open.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA project", "*.qdpx", "*.qde"));
            File file = open.showOpenDialog(owner.getScene().getWindow());
            if (file == null) {
                return;
            }
            String base = file.getName().replaceFirst("\\.[^.]*$", "");
            save("Where to create the new project", base + ".quire", "Quire project", "*.quire")
                    .map(p -> p.getFileName().toString().endsWith(".quire") ? p : p.resolveSibling(p.getFileName() + ".quire"))
                    .ifPresent(folder -> vm.importProject(file.toPath(), folder));
        });
        return item;
    }

    private java.util.Optional<Path> save(String title, String name, String kind, String pattern) {
        return ExportMenu.saveDialog(exports, owner, title, name, kind, pattern);
    }
}
