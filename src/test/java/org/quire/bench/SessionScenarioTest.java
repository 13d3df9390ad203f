package org.quire.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quire.generate.GeneratorSize;
import org.quire.model.QuireException;

/** The session scenario at XS: every action is made and timed, and the folder's sizes are reported. */
class SessionScenarioTest {
    @Test
    void anXsSessionMakesEveryActionAndReportsSizesAndMemory() throws Exception {
        SessionScenario.Report r = SessionScenario.run(new SessionScenario.Config(GeneratorSize.XS, null, 120, 1,
                "Session Test", true), line -> { });

        assertEquals(120, r.actions());
        // Every action is one of the four edits, each timed once; the workbench's reads follow each.
        long edits = r.latencies().stream().filter(l -> !l.what().startsWith("open") && !l.what().startsWith("after") && !l.what().startsWith("any"))
                .mapToLong(SessionScenario.Latency::count).sum();
        assertEquals(120, edits, r.latencies().toString());
        assertTrue(r.latencies().stream().filter(l -> l.what().startsWith("after")).allMatch(l -> l.count() == 120));
        assertTrue(r.maxDatabase() >= r.endDatabase() && r.endDatabase() > 0, r.markdown());
        assertTrue(r.compactedDatabase() > 0 && r.compactedDatabase() <= r.afterCloseDatabase(), r.markdown());
        assertTrue(r.heapUsedBytes() > 0 && r.histogram() != null, r.markdown());
        assertTrue(r.markdown().contains("| file upkeep copies chunks | at most 65% live |"), r.markdown());
        assertTrue(r.markdown().contains("| code a passage |"), r.markdown());
        // Every edit is counted by how long the file upkeep held the store during it.
        assertTrue(r.upkeep().actions() >= 120, r.markdown());
        assertTrue(r.markdown().contains("| upkeep's hold during an edit"), r.markdown());
    }

    @Test
    void aSessionAtAPersonsPaceWaitsBetweenActions() throws Exception {
        long t0 = System.nanoTime();
        SessionScenario.Report r = SessionScenario.run(new SessionScenario.Config(GeneratorSize.XS, null, 12, 1,
                "Session Test", false, 50, 60), line -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds >= 12 * 0.05, "12 actions 50-60 ms apart took " + seconds + " s");
        assertTrue(r.markdown().contains("an action every 50–60 ms"), r.markdown());
    }

    @Test
    void thePaceIsReadAsMinusSeparatedMillisecondsAndABadOneIsRefused() {
        assertArrayEquals(new int[] {300, 1000}, SessionScenario.Config.pace("300-1000"));
        assertArrayEquals(new int[] {500, 500}, SessionScenario.Config.pace("500"));
        assertArrayEquals(new int[] {0, 0}, SessionScenario.Config.pace(null));
        QuireException bad = assertThrows(QuireException.class, () -> SessionScenario.Config.pace("fast"));
        assertTrue(bad.getMessage().contains("'fast'"), bad.getMessage());
        QuireException backwards = assertThrows(QuireException.class, () -> new SessionScenario.Config(GeneratorSize.XS,
                null, 10, 1, "c", false, 900, 300));
        assertTrue(backwards.getMessage().contains("900-300"), backwards.getMessage());
    }
}
