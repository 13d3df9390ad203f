package org.quire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quire.generate.GeneratorSize;

/** The session scenario at XS: every action is made and timed, and the folder's sizes are reported. */
class SessionScenarioTest {
    @Test
    void anXsSessionMakesEveryActionAndReportsSizesAndMemory() throws Exception {
        SessionScenario.Report r = SessionScenario.run(new SessionScenario.Config(GeneratorSize.XS, null, 120, 1,
                "Session Test", true), line -> { });

        assertEquals(120, r.actions());
        // Every action is one of the four edits, each timed once; the workbench's reads follow each.
        long edits = r.latencies().stream().filter(l -> !l.what().startsWith("open") && !l.what().startsWith("after"))
                .mapToLong(SessionScenario.Latency::count).sum();
        assertEquals(120, edits, r.latencies().toString());
        assertTrue(r.latencies().stream().filter(l -> l.what().startsWith("after")).allMatch(l -> l.count() == 120));
        assertTrue(r.maxDatabase() >= r.endDatabase() && r.endDatabase() > 0, r.markdown());
        assertTrue(r.compactedDatabase() > 0 && r.compactedDatabase() <= r.afterCloseDatabase(), r.markdown());
        assertTrue(r.heapUsedBytes() > 0 && r.histogram() != null, r.markdown());
        assertTrue(r.markdown().contains("| code a passage |"), r.markdown());
    }
}
