package org.quire.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.quire.model.ActivityKind;
import org.quire.model.ActivityTally;
import org.quire.model.CoderId;
import org.quire.model.SourceId;

/** The record of analysis work that changes nothing else: sources opened, matrices built, queries run, exports made. */
public final class ActivityStore {
    private final Jdbc jdbc;

    ActivityStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ActivityKind kind, SourceId source, String detail, CoderId coder, Instant at) {
        jdbc.insert("INSERT INTO activity (kind, source_id, detail, coder_id, at) VALUES (?, ?, ?, ?, ?)", kind,
                source == null ? null : source.value(), detail, coder.value(), at);
    }

    public boolean opened(SourceId source) {
        return jdbc.count("SELECT COUNT(*) FROM activity WHERE kind = ? AND source_id = ?", ActivityKind.SOURCE_OPENED,
                source.value()) > 0;
    }

    /** Every source opened for reading at least once. */
    public java.util.Set<SourceId> openedSources() {
        java.util.Set<SourceId> out = new java.util.HashSet<>();
        jdbc.list("SELECT DISTINCT source_id FROM activity WHERE kind = ? AND source_id IS NOT NULL",
                rs -> out.add(new SourceId(rs.getLong(1))), ActivityKind.SOURCE_OPENED);
        return out;
    }

    /** Count, first and last time of every kind of activity recorded (kinds never recorded are absent). */
    public Map<ActivityKind, ActivityTally> tallies() {
        Map<ActivityKind, ActivityTally> out = new EnumMap<>(ActivityKind.class);
        jdbc.list("SELECT kind, COUNT(*), MIN(at) AS first_at, MAX(at) AS last_at FROM activity GROUP BY kind", rs -> out.put(
                ActivityKind.valueOf(rs.getString(1)), new ActivityTally(rs.getLong(2), Jdbc.instant(rs, "first_at"),
                        Jdbc.instant(rs, "last_at"))));
        return out;
    }
}
