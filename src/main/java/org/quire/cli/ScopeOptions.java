package org.quire.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.SourceFilter;
import picocli.CommandLine.Option;

/** The options that narrow a search, word list or query to some sources. */
final class ScopeOptions {
    @Option(names = "--folder", paramLabel = "F", description = "Only sources in folder F and its sub-folders.")
    String folder;

    @Option(names = "--where", paramLabel = "KEY=VALUE",
            description = "Only sources whose attribute KEY has VALUE (ignoring case); repeatable.")
    List<KeyValue> where = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only sources whose 'date' is on or after DATE (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only sources whose 'date' is on or before DATE.")
    LocalDate to;

    SourceFilter filter() {
        SourceFilter f = SourceFilter.ALL.inFolder(folder).between(from, to);
        for (KeyValue kv : where) {
            f = f.where(kv.key(), kv.value());
        }
        return f;
    }
}
