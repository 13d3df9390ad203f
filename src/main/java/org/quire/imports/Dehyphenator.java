package org.quire.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of one PDF paragraph into running text. A line break becomes a space, except
 * after a hyphen at the end of a line, where the rule is:
 * <ol>
 *   <li>a soft hyphen (U+00AD) is always removed: "organis\u00AD|ation" → "organisation";</li>
 *   <li>if the next line does not start with a lower-case letter, the hyphen is real and kept
 *       without a space: "Anglo-|Saxon" → "Anglo-Saxon", "COVID-|19" → "COVID-19";</li>
 *   <li>if the hyphenated form occurs unbroken elsewhere in the document ("well-known" in another
 *       line), the hyphen is kept: "well-|known" → "well-known";</li>
 *   <li>if the part before the hyphen already contains a hyphen ("mother-in-|law"), it is kept;</li>
 *   <li>otherwise it was a typesetter's hyphenation and is removed: "organis-|ation" →
 *       "organisation".</li>
 * </ol>
 */
final class Dehyphenator {
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)+");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{M}-]*[\\p{L}\\p{M}])-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}\\p{M}]+");

    /** Hyphenated words seen unbroken anywhere in the document, lower-cased. */
    private final Set<String> compounds = new HashSet<>();

    Dehyphenator(List<List<List<String>>> pages) {
        for (List<List<String>> page : pages) {
            for (List<String> paragraph : page) {
                for (String line : paragraph) {
                    Matcher m = HYPHENATED.matcher(line);
                    while (m.find()) {
                        // A word cut at the line's end is not evidence for itself.
                        if (m.end() < line.length()) {
                            compounds.add(m.group().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.isEmpty()) {
                out.append(line);
                continue;
            }
            int last = out.length() - 1;
            char end = out.charAt(last);
            if (end == '\u00AD') {
                out.setLength(last);
                out.append(line);
            } else if (end == '-' && last > 0 && Character.isLetter(out.charAt(last - 1))) {
                if (keepHyphen(out, line)) {
                    out.append(line);
                } else {
                    out.setLength(last);
                    out.append(line);
                }
            } else {
                out.append(' ').append(line);
            }
        }
        return out.toString();
    }

    private boolean keepHyphen(CharSequence before, String nextLine) {
        if (nextLine.isEmpty() || !Character.isLowerCase(nextLine.codePointAt(0))) {
            return true;
        }
        // Why: only the line's tail matters; matching the whole paragraph each time would be quadratic.
        Matcher last = LAST_WORD.matcher(before.subSequence(Math.max(0, before.length() - 80), before.length()));
        Matcher first = FIRST_WORD.matcher(nextLine);
        if (!last.find() || !first.find()) {
            return true;
        }
        String head = last.group(1);
        if (head.contains("-")) {
            return true;
        }
        return compounds.contains((head + "-" + first.group()).toLowerCase(Locale.ROOT));
    }
}
