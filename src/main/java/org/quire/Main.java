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
            QuireApp.launchWorkbench(args);
            return;
        }
        System.exit(Cli.forSystem().run(args));
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
