package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quire.model.AuditEntry;
import org.quire.model.QuireException;
import org.quire.service.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire audit}: the audit trail, newest first. */
@Command(name = "audit", description = "Show the audit trail, newest first: what changed, when and by whom.")
final class AuditCommand extends ProjectCommand {
    @ArgGroup(exclusive = true)
    Concerning concerning;

    static final class Concerning {
        @Option(names = "--node", paramLabel = "PATH", description = "Only what happened to this node and its codings.")
        String node;

        @Option(names = "--theme", paramLabel = "NAME", description = "Only what happened to this theme.")
        String theme;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption json;

    @Override
    int run(Project project, PrintWriter out) {
        if (limit < 1) {
            throw new QuireException("--limit must be 1 or more, not " + limit);
        }
        List<AuditEntry> entries;
        if (concerning != null && concerning.node != null) {
            entries = project.audit().forNode(project.nodes().find(concerning.node).id());
        } else if (concerning != null && concerning.theme != null) {
            entries = project.audit().forTheme(project.themes().find(concerning.theme).id());
        } else {
            entries = project.audit().recent(limit);
        }
        entries = entries.stream().limit(limit).toList();
        if (json.json) {
            Json.print(out, entries.stream().map(Rows.AuditRow::of).toList());
        } else {
            for (AuditEntry e : entries) {
                out.println(Text.second(e.at()) + "  " + e.coder() + "  " + e.summary());
            }
        }
        return Cli.OK;
    }
}
