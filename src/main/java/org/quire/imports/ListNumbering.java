package org.quire.imports;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Recreates the bullet or number Word shows before a list item ("•", "3.", "b)", "iv."), which
 * the file does not store as text. Counters are kept per list and level, as Word does; picture
 * bullets and symbol-font bullets all become "•".
 */
final class ListNumbering {
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The prefix ("• ", "2. ") for a list paragraph, or "" for any other paragraph. */
    String prefix(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null || numbering == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl[] lvls = levels(numId);
        if (lvls == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(lvls, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        CTLvl lvl = level(lvls, level);
        String fmt = lvl != null && lvl.getNumFmt() != null ? lvl.getNumFmt().getVal().toString() : "bullet";
        if (fmt.equals("bullet") || fmt.equals("none")) {
            return fmt.equals("none") ? "" : "• ";
        }
        String text = lvl.getLvlText() != null && lvl.getLvlText().getVal() != null
                ? lvl.getLvlText().getVal() : "%" + (level + 1) + ".";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int ref = Math.min(text.charAt(++i) - '1', LEVELS - 1);
                int value = ref >= 0 ? Math.max(count[ref], 1) : 0;
                CTLvl refLvl = level(lvls, ref);
                String refFmt = refLvl != null && refLvl.getNumFmt() != null
                        ? refLvl.getNumFmt().getVal().toString() : "decimal";
                out.append(format(value, refFmt));
            } else {
                out.append(c);
            }
        }
        return out.isEmpty() ? "" : out + " ";
    }

    private CTLvl[] levels(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        return abstractNum == null ? null : abstractNum.getCTAbstractNum().getLvlArray();
    }

    private static CTLvl level(CTLvl[] lvls, int level) {
        for (CTLvl lvl : lvls) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return level >= 0 && level < lvls.length ? lvls[level] : null;
    }

    private static int start(CTLvl[] lvls, int level) {
        CTLvl lvl = level(lvls, level);
        return lvl != null && lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    static String format(int n, String fmt) {
        return switch (fmt) {
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: A…Z, then AA…ZZ, then AAA… */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}
