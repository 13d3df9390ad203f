package org.quire.ui.projects;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Help → About Quire: the version (as {@code quire --version} prints it), what it runs on and from
 * where, and the licence — what a bug report needs.
 */
final class AboutPanel extends OverlayPanel {
    private final Label version = new Label();
    private final Label runtime = hint("");
    private final Label location = hint("");

    AboutPanel() {
        super("about-panel", "About Quire");
        version.setId("about-version");
        version.getStyleClass().add("panel-heading");
        Label what = hint("A workbench for qualitative data analysis and thematic analysis. Your projects are"
                + " folders you choose; installing, upgrading or removing Quire never touches them.");
        Label licence = hint("Free and open source under the Apache License 2.0.");
        Button close = button("Close", "about-close");
        close.setOnAction(e -> hide());
        // The panel has one button; this unseen one lets Esc close it as it closes the others.
        Button esc = button("", "about-esc");
        esc.setOnAction(e -> hide());
        esc.setVisible(false);
        esc.setManaged(false);
        layOut(new VBox(8, version, what, runtime, location, licence), esc, close);
    }

    /** "Quire 0.1.0", from the jar's manifest; a build run from classes has none. */
    static String version() {
        String v = AboutPanel.class.getPackage().getImplementationVersion();
        return "Quire " + (v == null ? "(development build)" : v);
    }

    @Override
    void refresh() {
        version.setText(version());
        runtime.setText("Runs on Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor", "?")
                + ") and JavaFX " + System.getProperty("javafx.runtime.version", "?") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".");
        location.setText("Installed in " + installedIn() + ".");
    }

    /** The installed application's folder (the launcher's, for an installed Quire), else the jar's. */
    private static String installedIn() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            Path bin = Path.of(launcher).toAbsolutePath().getParent();
            return String.valueOf(bin == null ? launcher : bin.getParent());
        }
        try {
            return Path.of(AboutPanel.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "(unknown)";
        }
    }

    @Override
    void focusFirst() {
        requestFocus();
    }
}
