package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.service.Project;
import org.quire.service.sources.SourceFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire folder ...}: the folders sources are kept in, as the Sources pane shows them. */
@Command(name = "folder", description = "List, make, rename, move and delete source folders; move sources into them.",
        subcommands = {FolderCommands.ListFolders.class, FolderCommands.Add.class, FolderCommands.Rename.class,
                FolderCommands.Move.class, FolderCommands.Delete.class, FolderCommands.MoveSources.class})
final class FolderCommands {
    private FolderCommands() {
    }

    @Command(name = "list", description = "Every folder, with how many sources are in it.")
    static final class ListFolders extends ProjectCommand {
        @Mixin
        JsonOption json;

        record FolderRow(String path, String name, String parent, int sources) {
        }

        @Override
        int run(Project project, PrintWriter out) {
            List<Source> sources = project.sources().list();
            List<FolderRow> rows = new ArrayList<>();
            for (String f : project.folders().list()) {
                int in = (int) sources.stream().filter(s -> s.folder().equals(f)).count();
                rows.add(new FolderRow(f, SourceFolders.nameOf(f), SourceFolders.parentOf(f), in));
            }
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("No folders: every source is at the top. Make one with 'quire folder add'.");
            } else {
                int width = rows.stream().mapToInt(r -> Text.width(r.path())).max().orElse(0);
                rows.forEach(r -> out.println(Text.pad(r.path(), width) + "  " + Text.plural(r.sources(), "source",
                        "sources")));
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", description = "Make a folder (and its parents), e.g. 'Interviews/Wave 2'.")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Override
        int run(Project project, PrintWriter out) {
            String at = project.folders().createPath(path);
            out.println("Made folder '" + at + "'");
            return Cli.OK;
        }
    }

    @Command(name = "rename", description = "Rename a folder; what is in it stays in it.")
    static final class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "NEW_NAME")
        String newName;

        @Override
        int run(Project project, PrintWriter out) {
            out.println("Renamed folder '" + path + "' to '" + project.folders().rename(path, newName) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "move", description = "Move a folder, with everything in it, into another ('' for the top).")
    static final class Move extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "INTO")
        String into;

        @Override
        int run(Project project, PrintWriter out) {
            out.println("Moved folder '" + path + "' to '" + project.folders().move(path, into) + "'");
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a folder that holds no sources (and the empty folders in it).")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Override
        int run(Project project, PrintWriter out) {
            project.folders().delete(path);
            out.println("Deleted folder '" + path + "'");
            return Cli.OK;
        }
    }

    @Command(name = "put", description = "Move sources into a folder ('' for the top).")
    static final class MoveSources extends ProjectCommand {
        @Option(names = "--into", required = true, paramLabel = "FOLDER", description = "Where they go.")
        String folder;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE", description = "Source names or folder/name.")
        List<String> names;

        @Override
        int run(Project project, PrintWriter out) {
            List<SourceId> ids = names.stream().map(n -> project.sources().find(n).id()).toList();
            var moved = project.folders().moveSources(ids, folder);
            out.println("Moved " + Text.plural(moved.size(), "source", "sources") + " to "
                    + (org.quire.model.FolderPath.normalize(folder).isEmpty() ? "the top" : "'" + folder + "'"));
            return Cli.OK;
        }
    }
}
