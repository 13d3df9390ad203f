package org.quire.imports.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.QuireException;
import org.quire.model.ReviewAnchor;

/** The small JSON file the review page's "Save comments" downloads ({@code .quirereview}). */
final class PageReview {
    static final String FORMAT = "quire-review";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageReview() {
    }

    static ReviewFile read(String text, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new QuireException("Cannot import the review " + name + ": it is neither a saved review page,"
                    + " a Word report nor an Excel workbook (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new QuireException("Cannot import the review " + name + ": it is not comments saved from a Quire"
                    + " review page");
        }
        String project = root.path("project").path("guid").asText("");
        String title = root.path("project").path("title").asText("");
        String reviewer = root.path("reviewer").asText("").strip();
        List<ReviewFile.Comment> comments = new ArrayList<>();
        JsonNode list = root.path("comments");
        if (!list.isArray()) {
            throw new QuireException("Cannot import the review " + name + ": it has no list of comments (damaged?)");
        }
        for (JsonNode c : list) {
            String body = c.path("text").asText("").strip();
            if (body.isEmpty()) {
                continue;
            }
            ReviewAnchor anchor;
            try {
                anchor = ReviewAnchor.parse(c.path("anchor").asText(""));
            } catch (QuireException e) {
                throw new QuireException("Cannot import the review " + name + ": " + e.getMessage());
            }
            String who = c.path("reviewer").asText(reviewer).strip();
            comments.add(new ReviewFile.Comment(anchor, c.path("label").asText(""), who.isEmpty() ? "Reviewer" : who,
                    instant(c.path("writtenAt").asText(null)), body, c.path("quoted").asText("")));
        }
        return new ReviewFile("page", project, title, comments);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            // A date the browser wrote oddly costs the date, not the comment.
            return null;
        }
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
