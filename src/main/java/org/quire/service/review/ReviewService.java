package org.quire.service.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.imports.review.ReviewFile;
import org.quire.imports.review.ReviewFiles;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.ReviewComment;
import org.quire.model.ReviewStatus;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.ReviewStore;

/**
 * A supervisor's review, brought back into the project: comments read from the exports they
 * commented (review page, Word report, Excel theme matrix), each kept with its object, reviewer,
 * date and the words it was written on; the researcher's replies and resolutions. Every import,
 * reply and resolution is one transaction recorded in the audit trail.
 */
public final class ReviewService {
    private final Database db;
    private final Coder coder;

    public ReviewService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /**
     * Reads a commented export and keeps the comments the project does not have yet. A file
     * exported from another project, a damaged one or one that carries no anchors is refused
     * with a message naming it, and nothing changes.
     */
    public ReviewImport importFile(Path file) {
        ReviewFile f = ReviewFiles.read(file);
        String name = file.getFileName().toString();
        return db.write(coder, tx -> {
            String mine = tx.settings().get("guid").orElse("");
            String title = tx.settings().get("title").orElse(db.layout().displayName());
            if (f.projectGuid().isBlank()) {
                throw new QuireException("Cannot import the review " + name + ": it does not say which project it was"
                        + " exported from (made by an older Quire, or not a Quire export)");
            }
            if (!f.projectGuid().equalsIgnoreCase(mine)) {
                throw new QuireException("Cannot import the review " + name + ": it was exported from another project"
                        + (f.projectTitle().isBlank() ? "" : " ('" + f.projectTitle() + "')") + ", not from '" + title
                        + "'");
            }
            ReviewObjects objects = new ReviewObjects(tx);
            List<ReviewComment> added = new ArrayList<>();
            int already = 0;
            for (ReviewFile.Comment c : f.comments()) {
                String fingerprint = fingerprint(c);
                if (tx.reviews().has(fingerprint)) {
                    already++;
                    continue;
                }
                ReviewObjects.Found now = objects.find(c.anchor());
                String label = c.label().isBlank() ? now.label() : c.label();
                String quoted = c.quoted().isBlank() && !now.gone() ? now.text() : c.quoted();
                String guid = Guids.next();
                long id = tx.reviews().insert(new ReviewStore.NewComment(guid, fingerprint, c.anchor(), clip(label, 990),
                        clip(c.reviewer(), 190), c.writtenAt(), c.text(), quoted, f.kind(), clip(name, 590)),
                        tx.coder().id(), tx.now());
                tx.audit().record("review.comment", "review_comment", guid, c.reviewer() + " commented on "
                        + label + ": " + shorten(c.text()), null, Map.of("anchor", c.anchor().toString(),
                        "reviewer", c.reviewer(), "text", c.text(), "file", name), c.anchor().objectGuid());
                added.add(tx.reviews().get(id).orElseThrow());
            }
            return new ReviewImport(name, f.kind(), added, already);
        });
    }

    /** Every comment, oldest first, with how its object stands now; {@code status} null for all. */
    public List<ReviewItem> list(ReviewStatus status) {
        return db.read(tx -> {
            ReviewObjects objects = new ReviewObjects(tx);
            List<ReviewItem> out = new ArrayList<>();
            for (ReviewComment c : tx.reviews().all()) {
                if (status != null && c.status() != status) {
                    continue;
                }
                out.add(item(objects, c));
            }
            return out;
        });
    }

    /**
     * How many open comments each theme has on itself, its definition or its narrative, by theme
     * GUID (lower case): the badge on its card.
     */
    public Map<String, Integer> openOnThemes() {
        Map<String, Integer> out = new java.util.HashMap<>();
        openMarks().byKey().forEach((key, mark) -> {
            if (key.startsWith("theme:")) {
                out.put(key.substring("theme:".length()), mark.count());
            }
        });
        return out;
    }

    /**
     * Which objects have open comments, with the first of each: one query of the open comments,
     * for the markers of the code book, the theme and framework matrices and the document margin.
     */
    public OpenMarks openMarks() {
        return db.read(tx -> {
            Map<String, OpenMarks.Mark> out = new java.util.HashMap<>();
            for (ReviewStore.Open c : tx.reviews().open()) {
                out.merge(OpenMarks.key(c.anchor()), new OpenMarks.Mark(1, c.id(), c.reviewer(), c.body()),
                        (first, next) -> new OpenMarks.Mark(first.count() + 1, first.firstId(), first.firstReviewer(),
                                first.firstText()));
            }
            return new OpenMarks(out);
        });
    }

    /** One comment by its number. */
    public ReviewItem get(long id) {
        return db.read(tx -> item(new ReviewObjects(tx), existing(tx, id)));
    }

    /** The threads of every object that has comments, by anchor ({@code kind:key}), for the next exports. */
    public Map<String, List<ReviewItem>> threads() {
        Map<String, List<ReviewItem>> out = new LinkedHashMap<>();
        for (ReviewItem i : list(null)) {
            out.computeIfAbsent(i.comment().anchor().toString(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** Answers a comment: the reply is kept under it and an open comment becomes answered. */
    public ReviewItem reply(long id, String text) {
        String body = Validation.text(text);
        if (body == null || body.isBlank()) {
            throw new QuireException("A reply needs some text");
        }
        db.write(coder, tx -> {
            ReviewComment c = existing(tx, id);
            String guid = Guids.next();
            tx.reviews().addReply(id, guid, body, tx.coder().id(), tx.now());
            if (c.status() == ReviewStatus.OPEN) {
                tx.reviews().setStatus(id, ReviewStatus.ANSWERED);
            }
            tx.audit().record("review.reply", "review_comment", c.guid(), "Replied to " + c.reviewer()
                    + "'s comment on " + c.label() + ": " + shorten(body), Map.of("status", c.status().label()),
                    Map.of("reply", body, "status", (c.status() == ReviewStatus.OPEN ? ReviewStatus.ANSWERED
                            : c.status()).label()), c.anchor().objectGuid());
            return null;
        });
        return get(id);
    }

    /** Marks a comment resolved. */
    public ReviewItem resolve(long id) {
        return setStatus(id, ReviewStatus.RESOLVED, "review.resolve", "Resolved");
    }

    /** Opens a resolved comment again (answered if it has replies, else open). */
    public ReviewItem reopen(long id) {
        ReviewComment c = db.read(tx -> existing(tx, id));
        return setStatus(id, c.replies().isEmpty() ? ReviewStatus.OPEN : ReviewStatus.ANSWERED, "review.reopen",
                "Reopened");
    }

    private ReviewItem setStatus(long id, ReviewStatus status, String action, String verb) {
        db.write(coder, tx -> {
            ReviewComment c = existing(tx, id);
            if (c.status() == status) {
                throw new QuireException("Comment " + id + " is already " + status.label());
            }
            tx.reviews().setStatus(id, status);
            tx.audit().record(action, "review_comment", c.guid(), verb + " " + c.reviewer() + "'s comment on "
                    + c.label(), Map.of("status", c.status().label()), Map.of("status", status.label()),
                    c.anchor().objectGuid());
            return null;
        });
        return get(id);
    }

    private static ReviewComment existing(org.quire.store.Tx tx, long id) {
        return tx.reviews().get(id).orElseThrow(() -> new QuireException("There is no review comment " + id
                + ": 'quire review list' shows their numbers"));
    }

    private static ReviewItem item(ReviewObjects objects, ReviewComment c) {
        ReviewObjects.Found now = objects.find(c.anchor());
        ReviewItem.ObjectState state = now.gone() ? ReviewItem.ObjectState.GONE
                : ReviewObjects.stillReads(c.quoted(), now.text()) ? ReviewItem.ObjectState.CURRENT
                : ReviewItem.ObjectState.CHANGED;
        return new ReviewItem(c, now.gone() ? c.label() : now.label(), state, now.gone() ? "" : now.text(),
                now.where());
    }

    /** The same comment by the same reviewer on the same object is the same comment, whichever file brings it. */
    static String fingerprint(ReviewFile.Comment c) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = c.anchor() + "\u0000" + c.reviewer().strip() + "\u0000" + c.text().strip().replaceAll("\\s+", " ");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }

    private static String clip(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() > max ? t.substring(0, max - 1) + "…" : t;
    }
}
