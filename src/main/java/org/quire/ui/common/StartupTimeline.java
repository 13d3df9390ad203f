package org.quire.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * With the environment variable QUIRE_STARTUP_REPORT set, the moments of the workbench's start
 * (the window built, the project open, the workbench built, the first screen read), each in
 * milliseconds since the epoch, printed after the start-up report's line: where the start-up
 * benchmark's time goes (src/packaging/startup-bench.sh subtracts the time it launched Quire).
 * Without the variable, nothing.
 */
public final class StartupTimeline {
    private static final boolean ON = System.getenv("QUIRE_STARTUP_REPORT") != null;
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTimeline() {
    }

    /** Notes that {@code what} happened now (any thread). */
    public static void mark(String what) {
        if (!ON) {
            return;
        }
        String line = "quire: startup: " + what + " at " + System.currentTimeMillis() + " ms since the epoch ("
                + Thread.currentThread().getName() + ")";
        synchronized (MARKS) {
            MARKS.add(line);
        }
    }

    /** The moments noted so far, one a line, oldest first. */
    public static String marks() {
        synchronized (MARKS) {
            return String.join(System.lineSeparator(), MARKS);
        }
    }
}
