package org.quire.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workbench's icons: Material Design glyphs (Ikonli), one name per action so that the same
 * action looks the same everywhere. Their colour comes from the style sheets ({@code .quire-icon}).
 */
public final class Icons {
    public static final String SEARCH = "mdi2m-magnify";
    public static final String RUN = "mdi2p-play";
    public static final String SAVE = "mdi2c-content-save-outline";
    public static final String EXPORT = "mdi2f-file-export-outline";
    public static final String CODE = "mdi2t-tag-plus-outline";
    public static final String UNCODE = "mdi2t-tag-remove-outline";
    public static final String NEW_NODE = "mdi2t-tag-plus";
    public static final String ANNOTATE = "mdi2c-comment-text-outline";
    public static final String NEW = "mdi2p-plus";
    public static final String OPEN = "mdi2f-folder-open-outline";
    public static final String OPEN_FILE = "mdi2o-open-in-new";
    public static final String FOLDER = "mdi2f-folder";
    public static final String SOURCE = "mdi2f-file-document-outline";
    public static final String JOURNAL = "mdi2n-notebook-outline";
    public static final String DELETE = "mdi2d-delete-outline";
    public static final String RENAME = "mdi2p-pencil-outline";
    public static final String COUNT = "mdi2f-format-list-numbered";
    public static final String CANCEL = "mdi2c-close";

    private Icons() {
    }

    /** A glyph of the given Ikonli code, sized to the text around it. */
    public static FontIcon of(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("quire-icon");
        return icon;
    }

    /** Puts the icon on a button, left of its text, and returns the button. */
    public static <B extends ButtonBase> B on(B button, String code) {
        button.setGraphic(of(code));
        button.setGraphicTextGap(6);
        return button;
    }

    /** Puts the icon on a menu item, and returns the item. */
    public static <M extends MenuItem> M on(M item, String code) {
        item.setGraphic(of(code));
        return item;
    }
}
