package org.quire;

import org.quire.cli.Cli;

/** Starts Quire: the command line when given arguments. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = Cli.forSystem();
        if (args.length == 0) {
            // Without arguments Quire will open the workbench; until it exists, say how to use the CLI.
            cli.printHelp();
            return;
        }
        System.exit(cli.run(args));
    }
}
