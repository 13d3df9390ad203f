package org.quire.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;

/**
 * A second Quire process for tests that need one: it opens a project and either holds it open
 * ("hold") or makes changes and reports each as it is acknowledged ("work"; "pauses": with a pause
 * of 4 s after every 400, reporting upkeep's steps while it lasts), until it is killed.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        try (Project p = Project.open(folder, "Child")) {
            if (args[0].equals("hold")) {
                System.out.println("OPEN");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return;
            }
            Source s = p.sources().find(args[2]);
            boolean pauses = args[0].equals("pauses");
            for (int i = 0; ; i++) {
                if (pauses && i > 0 && i % 400 == 0) {
                    // A person stops to read: after 2 s without a commit upkeep moves chunks into the
                    // holes the burst left; the test kills the process while it does.
                    System.out.println("PAUSE");
                    long until = System.nanoTime() + 4_000_000_000L;
                    while (System.nanoTime() < until) {
                        Thread.sleep(5);
                        var upkeep = org.quire.store.Database.upkeepSoFar();
                        System.out.println("IDLE " + upkeep.steps());
                        System.out.flush();
                    }
                }
                Node n = p.nodes().create(null, "Node " + i, "made by the child", null);
                p.codings().code(s.id(), n.id(), new Span(0, 1 + i % 5));
                // How many steps the database file's upkeep has taken so far: the test kills the
                // process once it is compacting, so that a kill can land in the middle of it.
                var upkeep = org.quire.store.Database.upkeepSoFar();
                System.out.println("ACK " + i + " " + (upkeep.steps() + upkeep.pressureSteps()));
                System.out.flush();
            }
        }
    }

    /** Starts this class in a new JVM with the test class path. */
    static Process start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** Starts this class in a new JVM with the test class path and these JVM options. */
    static Process start(List<String> options, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
