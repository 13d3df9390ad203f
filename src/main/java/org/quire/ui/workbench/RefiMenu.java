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
            File file = open.showOpenDialog(window());
            if (file != null) {
                importProject(file);
            }
        });
        return item;
    }

    /** Asks where to create the new project (beside the file, to begin with) and imports {@code file} there. */
    void importProject(File file) {
        String base = file.getName().replaceFirst("\\.[^.]*$", "");
        save("Where to create the new project", base + ".quire", "Quire project", "*.quire", file.getParentFile())
                .map(p -> p.getFileName().toString().endsWith(".quire") ? p : p.resolveSibling(p.getFileName() + ".quire"))
                .ifPresent(folder -> vm.importProject(file.toPath(), folder));
    }

    /**
     * The window the dialogs belong to. Right after the workbench is built (Quire opened on a
     * .qdpx) the owner may not be in the scene until the next pulse lays it out; the window showing
     * then is Quire's.
     */
    private javafx.stage.Window window() {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            return owner.getScene().getWindow();
        }
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).findFirst().orElse(null);
    }

    private java.util.Optional<Path> save(String title, String name, String kind, String pattern) {
        return save(title, name, kind, pattern, exports.startFolder().toFile());
    }

    private java.util.Optional<Path> save(String title, String name, String kind, String pattern, File folder) {
        FileChooser chooser = new FileChooser();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(window());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }
}
