package org.quire.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.service.exchange.ExportService;

/**
 * File → Export: every export a supervisor reads, in each of its formats, then REFI-QDA. Each asks
 * where to save with the desktop's own dialog, starting in Documents (then the folder used last).
 */
final class ExportMenu {
    private static final List<What> ORDER = List.of(What.REPORT, What.THEMES, What.FRAMEWORK, What.CODEBOOK, What.WORDS);

    private final ExportsModel model;
    private final Node owner;

    ExportMenu(ExportsModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The Export menu: a sub-menu per export and a file format in each, then the REFI-QDA items. */
    Menu menu(List<MenuItem> refiItems) {
        Menu export = new Menu("Export");
        export.setId("export-menu");
        for (What what : ORDER) {
            Menu sub = new Menu(ExportsModel.label(what));
            for (Format format : Format.values()) {
                if (ExportService.formats(what).contains(format)) {
                    MenuItem item = new MenuItem(caption(what, format) + "…");
                    item.setId("export-" + what.name().toLowerCase(Locale.ROOT) + "-" + format.name().toLowerCase(Locale.ROOT));
                    item.setOnAction(e -> save(what, format).ifPresent(p -> model.export(what, format, p)));
                    sub.getItems().add(item);
                }
            }
            export.getItems().add(sub);
        }
        export.getItems().add(new SeparatorMenuItem());
        export.getItems().addAll(refiItems);
        return export;
    }

    static String caption(What what, Format format) {
        return switch (format) {
            case XLSX -> "Excel workbook (.xlsx)";
            case DOCX -> "Word document (.docx)";
            case HTML -> what == What.THEMES || what == What.REPORT ? "Review page for a browser (.html)" : "Web page (.html)";
            case CSV -> "CSV table (.csv)";
            case JSON -> "JSON data (.json)";
        };
    }

    private Optional<Path> save(What what, Format format) {
        return saveDialog(model, owner, "Export the " + ExportsModel.label(what).toLowerCase(Locale.ROOT),
                model.fileName(what, format), caption(what, format), "*." + format.name().toLowerCase(Locale.ROOT));
    }

    /** The desktop's save dialog, starting in Documents or the folder used last. */
    static Optional<Path> saveDialog(ExportsModel model, Node owner, String title, String name, String kind,
                                     String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(model.startFolder().toFile());
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
