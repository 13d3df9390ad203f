package org.quire.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.QuireException;

/** Two processes, and a process killed mid-work: the guarantees users rely on most. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aProjectOpenInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path folder;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
        }
        Process child = ChildProcess.start("hold", folder.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> Project.open(folder, "Me"))
                    .isInstanceOf(QuireException.class)
                    .hasMessage("Project 'Test' is already open in another Quire window or process. Close it there first.");
            child.getOutputStream().close();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (Project p = Project.open(folder, "Me")) {
            assertThat(p.title()).isEqualTo("Test project");
        }
    }

    /**
     * The child codes as fast as it can, so its file grows and the database file's upkeep (decision
     * 0009) rewrites and frees chunks while it works; it is killed once upkeep has taken steps.
     */
    @Test
    void aKilledProcessLosesNothingItAcknowledgedAndTheProjectOpensAgain() throws Exception {
        Path folder;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            TestProjects.importText(p, dir, "notes.txt", "Some field notes to code.");
        }
        Process child = ChildProcess.start("work", folder.toString(), "notes");
        int acknowledged = -1;
        long upkeepSteps = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged = Integer.parseInt(parts[1]);
                    upkeepSteps = Long.parseLong(parts[2]);
                    if (acknowledged >= 40 && (upkeepSteps >= 3 || acknowledged >= 3_000)) {
                        // SIGKILL: no shutdown hooks, no close — like a crash or a power cut of the JVM.
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).isGreaterThanOrEqualTo(40);
        assertThat(upkeepSteps).as("steps of file upkeep before the kill").isGreaterThanOrEqualTo(3);
        try (Project p = Project.open(folder, "Me")) {
            int nodes = p.nodes().tree().size();
            assertThat(nodes).isGreaterThanOrEqualTo(41);
            for (int i = 0; i <= acknowledged; i++) {
                var node = p.nodes().find("Node " + i);
                assertThat(p.codings().byNode(node.id(), false)).hasSize(1);
            }
        }
    }

    @Test
    void aProcessKilledWhileUpkeepTidiesTheFileInAPauseLosesNothingItAcknowledged() throws Exception {
        Path folder;
        try (Project p = TestProjects.create(dir)) {
            folder = p.folder();
            // Words that do not repeat: the file is written compressed, and upkeep leaves a file under
            // 2 MB alone (a megabyte of one sentence repeated kept it there, and no step ever came).
            TestProjects.importText(p, dir, "notes.txt", randomWords(3_000_000));
        }
        // Upkeep moves chunks in a pause only in a file with enough holes, which depends on how fast
        // the machine ran the burst (a busy one left the file dense, and no move came in ten pauses):
        // here it moves whenever the file has a hole, so that the kill can land in a move.
        Process child = ChildProcess.start(List.of("-Dquire.upkeep.moveBelow=100"), "pauses", folder.toString(), "notes");
        int acknowledged = -1;
        boolean killedWhileIdle = false;
        StringBuilder pauses = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long pausedAt = 0;
            long stepsBefore = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Integer.parseInt(line.split(" ")[1]);
                } else if (line.equals("PAUSE")) {
                    pausedAt = System.nanoTime();
                    stepsBefore = -1;
                    pauses.append(pauses.isEmpty() ? "" : ", ");
                } else if (line.startsWith("IDLE ")) {
                    long steps = Long.parseLong(line.substring(5));
                    if (stepsBefore >= 0 && steps > stepsBefore) {
                        // Each step in a pause, by when it came (tenths of a second into the pause).
                        pauses.append((System.nanoTime() - pausedAt) / 100_000_000L).append(' ');
                    }
                    // Moves start 2 s after the last commit, which came just before PAUSE: a step seen from
                    // 1.95 s on moves chunks (copies come at 0.2-0.5 s), and the next may be under way. With
                    // compressed pages the moves of a pause are one or two steps at 2.0-2.1 s.
                    if (System.nanoTime() - pausedAt > 1_950_000_000L && stepsBefore >= 0 && steps > stepsBefore) {
                        child.destroyForcibly();
                        killedWhileIdle = true;
                        break;
                    }
                    stepsBefore = steps;
                }
                if (acknowledged >= 4_000) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killedWhileIdle).as("killed while upkeep tidied the file in a pause (%d edits acknowledged;"
                + " steps in each pause at tenths of a second: %s)", acknowledged, pauses).isTrue();
        try (Project p = Project.open(folder, "Me")) {
            assertThat(p.nodes().tree().size()).isGreaterThanOrEqualTo(acknowledged + 1);
            for (int i = 0; i <= acknowledged; i++) {
                var node = p.nodes().find("Node " + i);
                assertThat(p.codings().byNode(node.id(), false)).as("Node %d", i).hasSize(1);
            }
        }
    }

    private static String randomWords(int length) {
        java.util.Random random = new java.util.Random(26);
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            int letters = 2 + random.nextInt(9);
            for (int i = 0; i < letters; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
