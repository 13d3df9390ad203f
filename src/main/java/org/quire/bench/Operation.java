package org.quire.bench;

/**
 * One thing a user waits for, measured by the benchmark harness. Later features (search, word
 * frequency, matrices, exports) add themselves as new implementations; the harness needs no change.
 */
public interface Operation {
    /** One measured run: how long the measured part took and how much it processed (0 if nothing countable). */
    record Sample(long nanos, long units) {
        public static Sample of(long nanos) {
            return new Sample(nanos, 0);
        }
    }

    /**
     * What the operation must achieve: a p95 under {@code limit} milliseconds, or (for throughput)
     * a median rate of at least {@code limit} units per second.
     */
    record Target(double limit, boolean rate) {
        /**
         * What a user waits for at a click must feel instant: p95 under 50 ms at size M, so a slower
         * laptop still stays under 100 ms (the brief, "Scale and speed").
         */
        public static final double INSTANT_MS = 50;

        /** The target of every interactive row: p95 under {@link #INSTANT_MS}. */
        public static Target instant() {
            return p95Under(INSTANT_MS);
        }

        public static Target p95Under(double millis) {
            return new Target(millis, false);
        }

        public static Target rateAtLeast(double perSecond) {
            return new Target(perSecond, true);
        }

        @Override
        public String toString() {
            return rate ? String.format(java.util.Locale.ROOT, "≥ %,.0f/s", limit)
                    : String.format(java.util.Locale.ROOT, "p95 < %.0f ms", limit);
        }
    }

    /** The row label, also the key in the JSON report. */
    String name();

    /** What {@link Sample#units()} counts ("words", "rows"), or null when a rate means nothing. */
    default String unit() {
        return null;
    }

    /** The target at size M, or null when there is none. */
    default Target target() {
        return null;
    }

    /** How many measured runs to make when {@code requested} were asked for (heavy operations do fewer). */
    default int runs(int requested) {
        return requested;
    }

    /**
     * For a raw floor: the start of the name of the row it is the floor of (Ours as a share of it is
     * a target). The two are then measured turn about, warm-ups included, so that neither runs on
     * code the other has just compiled or on a machine the other has just loaded.
     */
    default String floorOf() {
        return null;
    }

    /** Prepares, once, before the warm-up runs (e.g. writes the files to import). */
    default void setUp(BenchContext context) throws Exception {
    }

    /** Undoes what {@link #setUp} added to the project, once after the measured runs (also after a failure). */
    default void tearDown(BenchContext context) throws Exception {
    }

    /** One run; times only the part the user waits for and leaves the project as it found it. */
    Sample run(BenchContext context) throws Exception;

    /**
     * A throughput row (import, rebuild and their raw floors): counted in words unless it says
     * otherwise, and run a quarter of {@code --runs} times (at least 3), each run being long.
     */
    interface Throughput extends Operation {
        @Override
        default String unit() {
            return "words";
        }

        @Override
        default int runs(int requested) {
            return Math.max(3, requested / 4);
        }
    }
}
