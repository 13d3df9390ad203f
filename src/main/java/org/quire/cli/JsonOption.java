package org.quire.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option of every listing. Field names are documented in docs/cli.md. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text (field names: see docs/cli.md).")
    boolean json;
}
