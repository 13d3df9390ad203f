package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsAProjectFolderOrAQdpxFileOpenTheWorkbench() throws Exception {
        Path project = Files.createDirectories(dir.resolve("Fieldwork.quire"));
        Path qdpx = Files.writeString(dir.resolve("From NVivo.QDPX"), "zip");

        assertThat(Main.opensWorkbench(new String[0])).isTrue();
        assertThat(Main.opensWorkbench(new String[] {project.toString()})).isTrue();
        assertThat(Main.opensWorkbench(new String[] {project + "/"})).isTrue();
        assertThat(Main.opensWorkbench(new String[] {qdpx.toString()})).isTrue();
        assertThat(Main.opensWorkbench(new String[] {qdpx.toString(), project.toString()})).isTrue();
    }

    @Test
    void commandsAndMissingOrOtherFilesGoToTheCommandLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "text");
        Path folder = Files.createDirectories(dir.resolve("Fieldwork"));

        assertThat(Main.opensWorkbench(new String[] {"sources", dir.resolve("P.quire").toString()})).isFalse();
        assertThat(Main.opensWorkbench(new String[] {"--help"})).isFalse();
        assertThat(Main.opensWorkbench(new String[] {dir.resolve("Missing.quire").toString()})).isFalse();
        assertThat(Main.opensWorkbench(new String[] {text.toString()})).isFalse();
        assertThat(Main.opensWorkbench(new String[] {folder.toString()})).isFalse();
        assertThat(Main.opensWorkbench(new String[] {dir.resolve("gone.qdpx").toString()})).isFalse();
    }

    @Test
    void withoutADisplayOnLinuxTheWorkbenchIsNotTried() {
        assertThat(Main.hasDisplay("Linux", null, null)).isFalse();
        assertThat(Main.hasDisplay("Linux", "", " ")).isFalse();
        assertThat(Main.hasDisplay("Linux", ":0", null)).isTrue();
        assertThat(Main.hasDisplay("Linux", null, "wayland-0")).isTrue();
        assertThat(Main.hasDisplay("Windows 11", null, null)).isTrue();
        assertThat(Main.hasDisplay("Mac OS X", null, null)).isTrue();
    }

    @Test
    void theWorkbenchScenarioReadsItsOptionsInEitherSpelling() {
        String[] args = {"bench", "--scenario", "workbench", "--project=/tmp/M.quire", "--actions", "20"};
        assertThat(Main.option(args, "--scenario")).isEqualTo("workbench");
        assertThat(Main.option(args, "--project")).isEqualTo("/tmp/M.quire");
        assertThat(Main.option(args, "--actions")).isEqualTo("20");
        assertThat(Main.option(args, "--seed")).isNull();
        assertThat(Main.option(new String[] {"bench", "--scenario"}, "--scenario")).as("no value after it").isNull();
    }
}
