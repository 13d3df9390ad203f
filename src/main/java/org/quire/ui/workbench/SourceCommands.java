package org.quire.ui.workbench;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.quire.model.Source;
import org.quire.ui.sources.SourcePropertiesView;
import org.quire.ui.sources.SourcePropertiesViewModel;

/** A source's properties tab (facts and attributes), opened from the source list or the menu. */
final class SourceCommands {
    private final WorkbenchViewModel vm;
    private final TabPane tabs;
    private final Map<String, Tab> open = new HashMap<>();

    SourceCommands(WorkbenchViewModel vm, TabPane tabs) {
        this.vm = vm;
        this.tabs = tabs;
    }

    void openProperties(Source source) {
        Tab tab = open.get(source.guid());
        if (tab != null && tabs.getTabs().contains(tab)) {
            tabs.getSelectionModel().select(tab);
            return;
        }
        SourcePropertiesViewModel props = new SourcePropertiesViewModel(vm, source, ZoneId.systemDefault());
        tab = new Tab("Properties: " + source.name(), new SourcePropertiesView(props).build());
        tab.setId("source-properties-tab");
        tab.setOnClosed(e -> {
            props.dispose();
            open.remove(source.guid());
        });
        open.put(source.guid(), tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** File menu: the properties of the source in the document view. */
    MenuItem menuItem() {
        MenuItem item = new MenuItem("Source properties");
        item.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN));
        item.setOnAction(e -> {
            var doc = vm.documentProperty().get();
            if (doc == null) {
                vm.errorProperty().set("Open a source first, then its properties");
            } else {
                openProperties(doc.source());
            }
        });
        return item;
    }
}
