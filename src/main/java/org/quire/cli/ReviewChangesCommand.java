package org.quire.cli;

import java.io.PrintWriter;
import org.quire.model.ReviewPoint;
import org.quire.service.Project;
import org.quire.service.review.ReviewChangeList;
import org.quire.service.review.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire review changes DIR [--since last|DATE] [--json]}: what changed since a review export. */
@Command(name = "changes", description = "List what changed since the last review export (review page, Word report"
        + " or theme or framework workbook): themes added, renamed, discarded or deleted with the reasons given, status"
        + " changes, definitions and narratives word by word, extracts added to or removed from each theme, codes"
        + " merged or moved, checklist answers. Edited words show as [-deleted-] and {+inserted+}.")
final class ReviewChangesCommand extends ProjectCommand {
    @Option(names = "--since", paramLabel = "last|DATE", defaultValue = "last", description = "The review point:"
            + " 'last' (the default) or a date (yyyy-mm-dd) for the last review export made on or before that day.")
    String since;

    @Mixin
    JsonOption json;

    @Override
    int run(Project project, PrintWriter out) {
        ReviewChangeList changes = project.reviewChanges().since(since);
        if (json.json) {
            Json.print(out, changes);
            return Cli.OK;
        }
        ReviewPoint p = changes.since();
        out.println("Changes since the " + p.kind().label() + " '" + p.fileName() + "' of " + Text.minute(p.at())
                + " (" + p.coder() + ")" + (changes.isEmpty() ? ": none." : ":"));
        for (ReviewChangeList.Group g : changes.groups()) {
            out.println();
            out.println(g.heading());
            for (ReviewChangeList.Line l : g.lines()) {
                out.println("  - " + l.text());
                if (!l.diff().isEmpty()) {
                    out.println(Text.indent(WordDiff.marked(l.diff()).strip(), "      "));
                }
            }
        }
        return Cli.OK;
    }
}
