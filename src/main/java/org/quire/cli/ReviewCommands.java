package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.ReviewComment;
import org.quire.model.ReviewStatus;
import org.quire.service.Project;
import org.quire.service.review.ReviewImport;
import org.quire.service.review.ReviewItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quire review import|list|reply|resolve}: a supervisor's comments brought back from the exports;
 * {@code quire review changes}: what changed since the last review export.
 */
@Command(name = "review", description = "Import a supervisor's commented export and answer the comments;"
        + " list what changed since the last review.",
        subcommands = {ReviewCommands.Import.class, ReviewCommands.ListComments.class, ReviewCommands.Reply.class,
                ReviewCommands.Resolve.class, ReviewChangesCommand.class})
final class ReviewCommands {
    private ReviewCommands() {
    }

    @Command(name = "import", description = "Read the comments of a review page's saved file (.quirereview),"
            + " a commented Word report or an Excel theme matrix; importing it twice adds nothing.")
    static final class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "The commented file, of any of the three kinds.")
        Path file;

        @Override
        int run(Project project, PrintWriter out) {
            ReviewImport r = project.reviews().importFile(file);
            out.println("Imported " + Text.plural(r.added().size(), "comment", "comments") + " from " + r.file()
                    + " (" + kind(r.kind()) + ")" + (r.already() == 0 ? "" : "; "
                    + Text.plural(r.already(), "comment was", "comments were") + " already in the project"));
            for (ReviewComment c : r.added()) {
                out.println("  #" + c.id() + "  " + c.reviewer() + " on " + c.label());
            }
            return Cli.OK;
        }

        private static String kind(String kind) {
            return switch (kind) {
                case "word" -> "Word report";
                case "excel" -> "Excel workbook";
                default -> "review page";
            };
        }
    }

    /** One comment as {@code quire review list --json} prints it. */
    record CommentRow(long id, String status, String anchor, String object, String objectState, String reviewer,
                      String writtenAt, String text, String quoted, String currentText, String file,
                      List<ReplyRow> replies) {
        static CommentRow of(ReviewItem i) {
            ReviewComment c = i.comment();
            return new CommentRow(c.id(), c.status().label(), c.anchor().toString(), i.object(),
                    i.state().name().toLowerCase(java.util.Locale.ROOT), c.reviewer(),
                    c.writtenAt() == null ? null : c.writtenAt().toString(), c.body(), c.quoted(), i.currentText(),
                    c.fileName(), c.replies().stream().map(r -> new ReplyRow(r.author(), r.at().toString(), r.body()))
                    .toList());
        }
    }

    record ReplyRow(String author, String at, String text) {
    }

    @Command(name = "list", description = "List the review comments with their object, reviewer, status and text.")
    static final class ListComments extends ProjectCommand {
        @Option(names = "--status", paramLabel = "STATUS", description = "Only open, answered or resolved comments.")
        String status;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<ReviewItem> items = project.reviews().list(status == null ? null : ReviewStatus.parse(status));
            if (json.json) {
                Json.print(out, items.stream().map(CommentRow::of).toList());
                return Cli.OK;
            }
            if (items.isEmpty()) {
                out.println(status == null ? "No review comments yet: import one with 'quire review import'."
                        : "No " + status + " review comments.");
                return Cli.OK;
            }
            for (ReviewItem i : items) {
                ReviewComment c = i.comment();
                out.println("#" + c.id() + "  [" + c.status().label() + "]  " + i.object()
                        + (i.state() == ReviewItem.ObjectState.CURRENT ? "" : "  (" + i.state().label() + ")"));
                out.println("    " + c.reviewer() + (c.writtenAt() == null ? "" : ", " + Text.minute(c.writtenAt()))
                        + ": " + c.body().strip().replace("\n", "\n    "));
                if (i.state() != ReviewItem.ObjectState.CURRENT && !c.quoted().isBlank()) {
                    out.println("    on the words: " + Text.indent(c.quoted().strip(), "      ").strip());
                }
                for (ReviewComment.Reply r : c.replies()) {
                    out.println("    ↳ " + r.author() + ", " + Text.minute(r.at()) + ": " + r.body().strip());
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "reply", description = "Answer a review comment (it becomes answered).")
    static final class Reply extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "ID", description = "The comment's number, as 'quire review list' shows.")
        long id;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "TEXT", description = "The reply (words are joined).")
        List<String> words;

        @Override
        int run(Project project, PrintWriter out) {
            ReviewItem i = project.reviews().reply(id, String.join(" ", words));
            out.println("Replied to #" + id + " (" + i.comment().reviewer() + " on " + i.object() + "); it is "
                    + i.comment().status().label());
            return Cli.OK;
        }
    }

    @Command(name = "resolve", description = "Mark a review comment resolved.")
    static final class Resolve extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "ID", description = "The comment's number, as 'quire review list' shows.")
        long id;

        @Override
        int run(Project project, PrintWriter out) {
            ReviewItem i = project.reviews().resolve(id);
            out.println("Resolved #" + id + " (" + i.comment().reviewer() + " on " + i.object() + ")");
            return Cli.OK;
        }
    }
}
