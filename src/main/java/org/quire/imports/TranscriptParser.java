package org.quire.imports;

import org.quire.model.SpeakerTurn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quire.model.Span;

/**
 * Finds speaker turns in the normalised text of an interview or focus-group transcript.
 *
 * <p>A line is a candidate turn when it begins (after optional spaces) with a speaker label, with
 * an optional timestamp — {@code [00:12:31]}, {@code (12:31)} or a bare {@code 00:12:31} — before
 * the label, between the name and its colon, or just after the colon:
 * <ul>
 *   <li>{@code Name:} — one to three words, each starting with a capital letter or digit
 *       ("Sam:", "Dr Jones:", "Speaker 2:", "P4:"), at most 30 characters;</li>
 *   <li>{@code [Name]}, optionally followed by a colon;</li>
 *   <li>the roles Interviewer, Interviewee, Respondent, Participant, Moderator and Facilitator in
 *       any case ("INTERVIEWER:", "respondent:"), and the abbreviations Q: and A:.</li>
 * </ul>
 * To keep ordinary prose from being read as a transcript ("Note: the meeting…", "Action: Sam to…"):
 * a label must begin at least two lines to count; a plain {@code Name:} label that is a common
 * heading word (Note, Action, Date, Agenda…) never counts; and plain {@code Name:} labels only
 * count when at least two different speakers do. Bracketed, timestamped and role labels need
 * no second speaker.
 *
 * <p>Names are trimmed and their inner spaces collapsed; a name written all in capitals or all in
 * lower case is title-cased, so "INTERVIEWER" and "Interviewer" are one speaker.
 */
public final class TranscriptParser {
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?";
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\[" + TIME + "]|\\(" + TIME + "\\)|(?<![\\d:])" + TIME + "(?![\\d:])");
    private static final String WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d.'’-]*";
    private static final Pattern PLAIN_NAME = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}\\d.'’-]*(?: " + WORD + "){0,2})");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)(interviewer|interviewee|respondent|participant|moderator|facilitator|q|a)\\b");
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "nb", "action", "actions", "agenda",
            "date", "time", "present", "apologies", "absent", "location", "venue", "place", "subject", "re",
            "summary", "decision", "decisions", "item", "minutes", "attendees", "chair", "source", "title",
            "keywords", "tags", "link", "url", "email", "tel", "phone", "address", "ps", "update", "next",
            "purpose", "outcome", "background", "aim", "aims", "objective", "objectives", "result", "results",
            "conclusion", "comment", "comments", "example", "definition", "step", "warning", "important",
            "total", "status", "owner", "due", "deadline", "reference", "references", "question", "answer",
            "topic", "theme", "code", "memo", "author", "page", "section", "chapter", "figure", "table", "see",
            "duration", "recorded", "transcribed", "transcriber", "interview", "setting", "context", "day",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final int MAX_NAME = 30;

    private TranscriptParser() {
    }

    /** A label found at a line start, before the rule about recurrence is applied. */
    private record Candidate(String key, String name, boolean strong, int lineStart, Integer seconds, Span time) {
    }

    /** The speaker turns of {@code text}, in order; empty when the text is not a transcript. */
    public static List<SpeakerTurn> parse(String text) {
        List<Candidate> candidates = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Candidate c = label(text, lineStart, lineEnd);
            if (c != null) {
                candidates.add(c);
            }
            lineStart = lineEnd + 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Boolean> strong = new HashMap<>();
        for (Candidate c : candidates) {
            counts.merge(c.key(), 1, Integer::sum);
            strong.merge(c.key(), c.strong(), Boolean::logicalOr);
        }
        Map<String, Boolean> recurring = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            if (n >= 2) {
                recurring.put(key, strong.get(key));
            }
        });
        boolean plainAllowed = recurring.size() >= 2;
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            Boolean isStrong = recurring.get(c.key());
            if (isStrong != null && (isStrong || plainAllowed)) {
                accepted.add(c);
            }
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Candidate c = accepted.get(i);
            int end = i + 1 < accepted.size() ? accepted.get(i + 1).lineStart() : text.length();
            while (end > c.lineStart() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            turns.add(new SpeakerTurn(c.name(), new Span(c.lineStart(), end), c.seconds(), c.time()));
        }
        return turns;
    }

    private static Candidate label(String text, int lineStart, int lineEnd) {
        int pos = skipSpaces(text, lineStart, lineEnd);
        Matcher time = TIMESTAMP.matcher(text).region(pos, lineEnd);
        Span timeSpan = null;
        Integer seconds = null;
        if (time.lookingAt()) {
            timeSpan = new Span(time.start(), time.end());
            seconds = seconds(time);
            pos = skipSpaces(text, time.end(), lineEnd);
        }
        if (pos >= lineEnd) {
            return null;
        }
        String name;
        boolean strong = timeSpan != null;
        boolean bracketed = false;
        if (text.charAt(pos) == '[') {
            int close = text.indexOf(']', pos);
            if (close < 0 || close > lineEnd || close - pos - 1 > MAX_NAME) {
                return null;
            }
            name = text.substring(pos + 1, close).strip();
            if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                return null;
            }
            strong = true;
            bracketed = true;
            pos = close + 1;
        } else {
            Matcher role = ROLE.matcher(text).region(pos, lineEnd);
            Matcher plain = PLAIN_NAME.matcher(text).region(pos, lineEnd);
            if (role.lookingAt() && followedByColon(text, role.end(), lineEnd)) {
                name = role.group(1);
                strong = strong || name.length() > 1;
                pos = role.end();
            } else if (plain.lookingAt() && plain.group(1).length() <= MAX_NAME) {
                name = plain.group(1);
                pos = plain.end();
            } else {
                return null;
            }
        }
        pos = skipSpaces(text, pos, lineEnd);
        if (timeSpan == null) {
            time.region(pos, lineEnd);
            if (time.lookingAt()) {
                timeSpan = new Span(time.start(), time.end());
                seconds = seconds(time);
                strong = true;
                pos = skipSpaces(text, time.end(), lineEnd);
            }
        }
        if (pos < lineEnd && text.charAt(pos) == ':') {
            pos++;
            // "Sam:" is a label; "http://" and "10:30" are not.
            if (pos < lineEnd && text.charAt(pos) != ' ' && text.charAt(pos) != '\t') {
                return null;
            }
        } else if (!bracketed) {
            return null;
        }
        if (timeSpan == null) {
            time.region(skipSpaces(text, pos, lineEnd), lineEnd);
            if (time.lookingAt()) {
                timeSpan = new Span(time.start(), time.end());
                seconds = seconds(time);
                strong = true;
            }
        }
        String normalised = normalise(name);
        String key = normalised.toLowerCase(Locale.ROOT);
        if (!strong && NOT_SPEAKERS.contains(key)) {
            return null;
        }
        return new Candidate(key, normalised, strong, lineStart, seconds, timeSpan);
    }

    private static boolean followedByColon(String text, int pos, int lineEnd) {
        int p = skipSpaces(text, pos, lineEnd);
        Matcher time = TIMESTAMP.matcher(text).region(p, lineEnd);
        if (time.lookingAt()) {
            p = skipSpaces(text, time.end(), lineEnd);
        }
        return p < lineEnd && text.charAt(p) == ':';
    }

    private static Integer seconds(Matcher m) {
        for (int g = 1; g <= 7; g += 3) {
            if (m.group(g) != null) {
                int a = Integer.parseInt(m.group(g));
                int b = Integer.parseInt(m.group(g + 1));
                String c = m.group(g + 2);
                return c == null ? a * 60 + b : a * 3600 + b * 60 + Integer.parseInt(c);
            }
        }
        return null;
    }

    static String normalise(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.equals(n.toUpperCase(Locale.ROOT)) || n.equals(n.toLowerCase(Locale.ROOT))) {
            StringBuilder sb = new StringBuilder();
            for (String word : n.split(" ")) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word.isEmpty() ? "" : word.substring(0, 1).toUpperCase(Locale.ROOT)
                        + word.substring(1).toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }
        return n;
    }

    private static int skipSpaces(String text, int pos, int end) {
        int p = pos;
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
