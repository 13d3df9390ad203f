package org.quire;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.quire.cli.Cli;
import org.quire.ui.QuireApp;

/**
 * Starts Quire: the workbench without arguments, or with a project folder (DIR.quire) or a
 * REFI-QDA project file (.qdpx) as a file manager passes one; else the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensWorkbench(args)) {
            if (!hasDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))) {
                // JavaFX would fail with a stack trace; on a server or over ssh, say what works instead.
                System.err.println("quire: no display to open the workbench on (DISPLAY is not set);"
                        + " the commands work without one: quire --help");
                System.exit(1);
            }
            QuireApp.launchWorkbench(args);
            return;
        }
        System.exit(Cli.forSystem().run(args));
    }

    /** Windows and macOS always have one; other systems (X11, Wayland) name theirs in the environment. */
    static boolean hasDisplay(String os, String x11, String wayland) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win") || name.contains("mac")) {
            return true;
        }
        return (x11 != null && !x11.isBlank()) || (wayland != null && !wayland.isBlank());
    }

    /** No arguments, or only existing project folders and .qdpx files (the first is opened). */
    static boolean opensWorkbench(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            try {
                Path p = Path.of(a);
                String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
                boolean project = name.endsWith(".quire") && Files.isDirectory(p);
                boolean qdpx = name.endsWith(".qdpx") && Files.isRegularFile(p);
                if (!project && !qdpx) {
                    return false;
                }
            } catch (InvalidPathException e) {
                return false;
            }
        }
        return true;
    }
}
