package org.quire.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.quire.service.exchange.ExportOptions;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.service.exchange.ExportService;

/**
 * File → Export: every export a supervisor reads, in each of its formats, then REFI-QDA. Each asks
 * where to save with the desktop's own dialog, starting in Documents (then the folder used last).
 */
final class ExportMenu {
    private static final List<What> ORDER = List.of(What.REPORT, What.THEMES, What.FRAMEWORK, What.CODEBOOK, What.WORDS,
            What.PASSAGES);

    private final ExportsModel model;
    private final Node owner;
    private final Supplier<List<String>> selectedNodes;

    /** @param selectedNodes the paths of the nodes selected in the code book (coded passages of selected codes) */
    ExportMenu(ExportsModel model, Node owner, Supplier<List<String>> selectedNodes) {
        this.model = model;
        this.owner = owner;
        this.selectedNodes = selectedNodes;
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
            if (what == What.PASSAGES) {
                passageItems(sub);
            }
            export.getItems().add(sub);
        }
        export.getItems().add(new SeparatorMenuItem());
        export.getItems().addAll(refiItems);
        return export;
    }

    // Coded passages: the items above export every code; these only the codes selected in the code book.
    private void passageItems(Menu sub) {
        sub.getItems().forEach(i -> i.setText("All codes: " + i.getText()));
        sub.getItems().add(new SeparatorMenuItem());
        for (Format format : List.of(Format.XLSX, Format.CSV)) {
            MenuItem item = new MenuItem("Selected codes: " + caption(What.PASSAGES, format) + "…");
            item.setId("export-passages-selected-" + format.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> {
                List<String> paths = selectedNodes.get();
                save(What.PASSAGES, format).ifPresent(p -> model.export(ExportOptions.of(format, What.PASSAGES)
                        .nodes(paths, false), p));
            });
            sub.getItems().add(item);
        }
        sub.setOnShowing(e -> sub.getItems().stream().filter(i -> i.getId() != null
                && i.getId().startsWith("export-passages-selected-"))
                .forEach(i -> i.setDisable(selectedNodes.get().isEmpty())));
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

    Optional<Path> save(What what, Format format) {
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
