package org.quire;

import org.quire.cli.Cli;
import org.quire.ui.QuireApp;

/** Starts Quire: the workbench without arguments (or with a project folder), else the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))
                && args[0].endsWith(".quire"))) {
            QuireApp.launchWorkbench(args);
            return;
        }
        System.exit(Cli.forSystem().run(args));
    }
}
