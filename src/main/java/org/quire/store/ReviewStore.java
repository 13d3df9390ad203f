package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.CoderId;
import org.quire.model.ReviewAnchor;
import org.quire.model.ReviewComment;
import org.quire.model.ReviewStatus;

/** Review comments brought back from exports, and the researcher's replies (see V8__review_comments.sql). */
public final class ReviewStore {
    private static final String COLUMNS = "SELECT id, guid, anchor, label, reviewer, written_at, body, quoted,"
            + " file_kind, file_name, status, imported_at FROM review_comment";

    /** A comment read from a file, to be kept. */
    public record NewComment(String guid, String fingerprint, ReviewAnchor anchor, String label, String reviewer,
                             Instant writtenAt, String body, String quoted, String fileKind, String fileName) {
    }

    private final Jdbc jdbc;

    ReviewStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a comment with this fingerprint is already kept. */
    public boolean has(String fingerprint) {
        return jdbc.count("SELECT COUNT(*) FROM review_comment WHERE fingerprint = ?", fingerprint) > 0;
    }

    public long insert(NewComment c, CoderId by, Instant at) {
        return jdbc.insert("INSERT INTO review_comment (guid, fingerprint, anchor, object_guid, label, reviewer,"
                        + " written_at, body, quoted, file_kind, file_name, status, imported_at, imported_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.guid(), c.fingerprint(),
                c.anchor().toString(), c.anchor().objectGuid(), c.label(), c.reviewer(), c.writtenAt(),
                new Jdbc.LongText(c.body()), new Jdbc.LongText(c.quoted()), c.fileKind(), c.fileName(), ReviewStatus.OPEN, at,
                by.value());
    }

    /** Every comment with its replies, oldest first. */
    public List<ReviewComment> all() {
        Map<Long, List<ReviewComment.Reply>> replies = new HashMap<>();
        jdbc.list("SELECT r.comment_id, r.guid, r.body, c.name, r.written_at FROM review_reply r"
                + " JOIN coder c ON c.id = r.written_by ORDER BY r.id", rs -> replies.computeIfAbsent(rs.getLong(1),
                k -> new ArrayList<>()).add(new ReviewComment.Reply(rs.getString(2), rs.getString(3), rs.getString(4),
                Jdbc.instant(rs, "written_at"))));
        return jdbc.list(COLUMNS + " ORDER BY id", rs -> map(rs, replies.getOrDefault(rs.getLong("id"), List.of())));
    }

    /** An open comment, without its replies: what a marker in the workbench needs. */
    public record Open(long id, ReviewAnchor anchor, String reviewer, String body) {
    }

    /** Every open comment, oldest first, in one query (no replies read). */
    public List<Open> open() {
        return jdbc.list("SELECT id, anchor, reviewer, body FROM review_comment WHERE status = ? ORDER BY id",
                rs -> new Open(rs.getLong(1), ReviewAnchor.parse(rs.getString(2)), rs.getString(3), rs.getString(4)),
                ReviewStatus.OPEN);
    }

    public Optional<ReviewComment> get(long id) {
        List<ReviewComment.Reply> replies = jdbc.list("SELECT r.guid, r.body, c.name, r.written_at FROM review_reply r"
                + " JOIN coder c ON c.id = r.written_by WHERE r.comment_id = ? ORDER BY r.id", rs ->
                new ReviewComment.Reply(rs.getString(1), rs.getString(2), rs.getString(3),
                        Jdbc.instant(rs, "written_at")), id);
        return jdbc.one(COLUMNS + " WHERE id = ?", rs -> map(rs, replies), id);
    }

    public void addReply(long commentId, String guid, String body, CoderId by, Instant at) {
        jdbc.insert("INSERT INTO review_reply (guid, comment_id, body, written_at, written_by) VALUES (?, ?, ?, ?, ?)",
                guid, commentId, new Jdbc.LongText(body), at, by.value());
    }

    public void setStatus(long commentId, ReviewStatus status) {
        jdbc.update("UPDATE review_comment SET status = ? WHERE id = ?", status, commentId);
    }

    private static ReviewComment map(ResultSet rs, List<ReviewComment.Reply> replies) throws SQLException {
        return new ReviewComment(rs.getLong("id"), rs.getString("guid"), ReviewAnchor.parse(rs.getString("anchor")),
                rs.getString("label"), rs.getString("reviewer"), Jdbc.instant(rs, "written_at"), rs.getString("body"),
                rs.getString("quoted"), rs.getString("file_kind"), rs.getString("file_name"),
                ReviewStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "imported_at"), replies);
    }
}
