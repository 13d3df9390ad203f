package org.quire.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.service.Project;

/**
 * The training run of the installed program's start-up cache for the command line
 * (src/packaging/Packager.java, docs/install.md#start-up): runs the everyday commands once each,
 * in this one process, on a project made beforehand by {@code quire sample DIR}.
 *
 * <pre>java -XX:AOTCacheOutput=quire-cli.aot -cp … org.quire.cli.StartupTraining DIR</pre>
 *
 * A start-up cache records what one process loaded and linked, and a command starts with all of
 * it; so this is the quick commands a person types many times (reading, searching, a small edit),
 * not the workbench nor the importers, whose classes would only slow every command's start. Exits
 * with status 1, naming the command, if one of them fails: the cache must not be trained on an
 * error message.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining DIR (a project made by quire sample DIR)");
            System.exit(2);
        }
        String dir = Path.of(args[0]).toString();
        String node;
        try (Project p = Project.open(Path.of(dir), "training")) {
            NodeTree tree = p.nodes().tree();
            List<Node> nodes = tree.depthFirst();
            if (nodes.isEmpty()) {
                System.err.println("StartupTraining: " + dir + " has no nodes; make it with quire sample DIR");
                System.exit(1);
                return;
            }
            node = tree.path(nodes.get(0).id());
        }
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("--help"),
                List.of("sources", "--help"),
                List.of("sources", dir),
                List.of("sources", dir, "--json"),
                List.of("node", "list", dir),
                List.of("node", "list", dir, "--json"),
                List.of("codings", "--node=" + node, dir),
                List.of("search", dir, "trust"),
                List.of("memo", "show", "--node=" + node, dir),
                List.of("audit", "--limit=20", dir),
                List.of("node", "add", dir, "Start-up training"),
                List.of("node", "delete", dir, "Start-up training")));
        for (List<String> command : commands) {
            StringWriter err = new StringWriter();
            int code = new Cli(new PrintWriter(Writer.nullWriter()), new PrintWriter(err), false)
                    .run(command.toArray(String[]::new));
            if (code != Cli.OK) {
                System.err.println("StartupTraining: quire " + String.join(" ", command) + " exited " + code + ": "
                        + err.toString().strip());
                System.exit(1);
            }
        }
    }
}
