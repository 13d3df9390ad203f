package org.quire;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.quire.cli.Cli;
import org.quire.ui.QuireApp;

/**
 * Starts Quire: the workbench without arguments, or with a project folder (DIR.quire) or a
 * REFI-QDA project file (.qdpx) as a file manager passes one; else the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "bench".equals(args[0]) && "workbench".equalsIgnoreCase(option(args, "--scenario"))) {
            benchWorkbench(args);
            return;
        }
        if (opensWorkbench(args)) {
            if (!hasDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))) {
                // JavaFX would fail with a stack trace; on a server or over ssh, say what works instead.
                System.err.println("quire: no display to open the workbench on (DISPLAY is not set);"
                        + " the commands work without one: quire --help");
                System.exit(1);
            }
            org.quire.ui.common.StartupTimeline.mark("main");
            QuireApp.launchWorkbench(args);
            return;
        }
        System.exit(Cli.forSystem().run(args));
    }

    /**
     * {@code quire bench --scenario workbench --project DIR [--actions N] [--seed N]}: the real
     * window on DIR, timed by its frames ({@link org.quire.ui.WorkbenchBench}). The command line
     * cannot reach the window, so the launcher starts it.
     */
    private static void benchWorkbench(String[] args) {
        String project = option(args, "--project");
        if (project == null || !Files.isDirectory(Path.of(project))) {
            System.err.println("quire bench --scenario workbench needs --project DIR, a project folder"
                    + (project == null ? "" : " (" + project + " is not one)"));
            System.exit(2);
        }
        if (!hasDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println("quire: the workbench scenario needs a display (DISPLAY is not set; Xvfb is enough)");
            System.exit(1);
        }
        int actions;
        long seed;
        try {
            actions = Integer.parseInt(Objects.requireNonNullElse(option(args, "--actions"), "50"));
            seed = Long.parseLong(Objects.requireNonNullElse(option(args, "--seed"), "42"));
        } catch (NumberFormatException e) {
            System.err.println("quire bench --scenario workbench: --actions and --seed take whole numbers ("
                    + e.getMessage() + ")");
            System.exit(2);
            return;
        }
        if (actions < 1) {
            System.err.println("quire bench --scenario workbench: --actions must be at least 1 (was " + actions + ")");
            System.exit(2);
        }
        org.quire.ui.WorkbenchBench.run(Path.of(project), actions, seed);
        System.exit(org.quire.ui.WorkbenchBench.failed() ? 1 : 0);
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Windows and macOS always have one; other systems (X11, Wayland) name theirs in the environment. */
    static boolean hasDisplay(String os, String x11, String wayland) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win") || name.contains("mac")) {
            return true;
        }
        return (x11 != null && !x11.isBlank()) || (wayland != null && !wayland.isBlank());
    }

    /** No arguments, or only existing project folders and .qdpx files (the first is opened). */
    static boolean opensWorkbench(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            try {
                Path p = Path.of(a);
                String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
                boolean project = name.endsWith(".quire") && Files.isDirectory(p);
                boolean qdpx = name.endsWith(".qdpx") && Files.isRegularFile(p);
                if (!project && !qdpx) {
                    return false;
                }
            } catch (InvalidPathException e) {
                return false;
            }
        }
        return true;
    }
}
