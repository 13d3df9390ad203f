package org.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run builds only the command it names (Cli.addCommands); every command must still be reachable. */
class CommandRegistrationTest {
    @Test
    void everyCommandAndAliasIsFoundByItsNameAndBuiltAlone() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : QuireCommand.COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        assertThat(names).doesNotHaveDuplicates();

        for (String name : names) {
            QuireCli.Result r = QuireCli.run(name, "--help");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: quire " + name);
            CommandLine cmd = cli().commandLine(new String[] {name, "--help"});
            assertThat(cmd.getSubcommands()).as(name).hasSize(1);
        }
    }

    @Test
    void optionsBeforeTheCommandAndTheCommandsOwnHelpReadAsBefore() {
        assertThat(cli().commandLine(new String[] {"--debug", "sources", "P.quire"})
                .getSubcommands()).containsOnlyKeys("sources");
        assertThat(cli().commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(cli().commandLine(new String[] {"--help"}).getSubcommands())
                .hasSize(QuireCommand.COMMANDS.size());
        assertThat(cli().commandLine(new String[] {"sourcez"}).getSubcommands())
                .hasSize(QuireCommand.COMMANDS.size());
        assertThat(QuireCli.run("--version").out()).startsWith("Quire ");
        // --debug is inherited by a command registered on its own, as it was by the annotation.
        QuireCli.Result r = QuireCli.run("sources", "--debug", "no-such-folder.quire");
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("QuireException");
    }

    private static Cli cli() {
        return new Cli(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                false);
    }
}
