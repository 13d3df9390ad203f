package org.quire.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quire.model.QuireException;
import org.quire.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Runs the {@code quire} command line in-process and returns its exit code, never calling
 * {@link System#exit}: {@link org.quire.Main} does that, and tests call {@link #run} directly.
 *
 * <p>Errors become one line on stderr: {@code quire: <message>}. A stack trace is printed only
 * with {@code --debug}.
 */
public final class Cli {
    /** Success. */
    public static final int OK = 0;
    /** A user error: a bad option or value, or an operation the project refused. */
    public static final int USER_ERROR = 1;
    /** A bug or an unexpected failure of the machine (disk, memory). */
    public static final int INTERNAL_ERROR = 2;

    private static final String DEBUG = "--debug";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;

    /**
     * @param interactive whether stderr is a terminal a person watches: long work then draws a
     *                    progress bar there
     */
    public Cli(PrintWriter out, PrintWriter err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** A CLI on the process's own streams, writing UTF-8 whatever the platform's default charset. */
    public static Cli forSystem() {
        return new Cli(utf8(System.out), utf8(System.err), isTerminal());
    }

    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        return execute(commandLine(args), args);
    }

    int execute(CommandLine cmd, String[] args) {
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints the top-level help, as {@code quire --help} does. */
    public void printHelp() {
        commandLine(new String[0]).usage(out);
        out.flush();
    }

    /** The configured command line; {@code args} are needed up front to see {@code --debug}. */
    CommandLine commandLine(String[] args) {
        QuireCommand root = new QuireCommand(interactive);
        CommandLine cmd = new CommandLine(root);
        addCommands(cmd, args);
        cmd.registerConverter(Span.class, new Converters.SpanConverter());
        cmd.registerConverter(KeyValue.class, new Converters.KeyValueConverter());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(parameterErrors(args));
        cmd.setExecutionExceptionHandler(executionErrors(root, args));
        return cmd;
    }

    /**
     * Registers the command named in {@code args} alone when there is one, none for
     * {@code --version}, else every command (for help, and for picocli's suggestions after a
     * misspelt name). Help for a command and its errors read the same either way; only the run is
     * quicker.
     */
    private static void addCommands(CommandLine cmd, String[] args) {
        String named = commandName(args);
        if (named == null && (List.of(args).contains("--version") || List.of(args).contains("-V"))) {
            return;
        }
        if (named != null) {
            for (Class<?> command : QuireCommand.COMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation.name().equals(named) || List.of(annotation.aliases()).contains(named)) {
                    cmd.addSubcommand(command);
                    return;
                }
            }
        }
        for (Class<?> command : QuireCommand.COMMANDS) {
            cmd.addSubcommand(command);
        }
    }

    /** The first argument that is not an option: the root command's options take no values. */
    private static String commandName(String[] args) {
        for (String a : args) {
            if ("--".equals(a)) {
                return null;
            }
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private IParameterExceptionHandler parameterErrors(String[] args) {
        return (ParameterException e, String[] ignored) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            // picocli starts some messages with "Error: "; the "quire: " prefix already says it.
            String message = oneLine(e.getMessage()).replaceFirst("^Error: ", "");
            err.println("quire: " + message + " (try '" + command + " --help')");
            if (debug(null, args)) {
                e.printStackTrace(err);
            }
            return USER_ERROR;
        };
    }

    private IExecutionExceptionHandler executionErrors(QuireCommand root, String[] args) {
        return (Exception e, CommandLine ignored, ParseResult parsed) -> {
            boolean debug = debug(root, args);
            // A stopped import (Ctrl-C) says so in one line, like any refusal.
            if (e instanceof QuireException || e instanceof java.util.concurrent.CancellationException) {
                err.println("quire: " + oneLine(e.getMessage()));
                if (debug) {
                    e.printStackTrace(err);
                }
                return USER_ERROR;
            }
            err.println("quire: internal error: " + oneLine(String.valueOf(e.getMessage()))
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        };
    }

    // The option is read from the arguments too: a parse error can stop picocli before it sets it.
    private static boolean debug(QuireCommand root, String[] args) {
        if (root != null && root.debug) {
            return true;
        }
        for (String a : args) {
            if ("--".equals(a)) {
                return false;
            }
            if (DEBUG.equals(a)) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * Whether stderr is an interactive terminal. From Java 22, {@link System#console()} returns a
     * console even when output is redirected, and {@code Console.isTerminal()} tells the difference.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
