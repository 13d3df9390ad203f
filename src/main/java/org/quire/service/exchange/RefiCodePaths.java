package org.quire.service.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.quire.imports.refi.Qde;

/**
 * ATLAS.ti 8 wrote its code hierarchy into the names, flat: {@code Coke::diet Coke} is "diet Coke"
 * under "Coke" (REFI-QDA 1.5, Annex A.2). This turns such names back into a tree: each part of the
 * name becomes a level, an existing code of that name at that level is the parent, and a missing
 * parent is made (a code with no codings of its own).
 */
final class RefiCodePaths {
    static final String SEPARATOR = "::";

    /** The nested code book, and how many codes were nested and parents made. */
    record Nested(List<Qde.Code> codes, int nested, int madeParents) {
    }

    private int nested;
    private int made;

    private RefiCodePaths() {
    }

    /** Nests codes whose names hold {@code ::}; a code book without any comes back as it was. */
    static Nested nest(List<Qde.Code> codes) {
        RefiCodePaths paths = new RefiCodePaths();
        if (!any(codes)) {
            return new Nested(codes, 0, 0);
        }
        return new Nested(paths.level(codes), paths.nested, paths.made);
    }

    private static boolean any(List<Qde.Code> codes) {
        for (Qde.Code c : codes) {
            if (c.name().contains(SEPARATOR) || any(c.children())) {
                return true;
            }
        }
        return false;
    }

    /** A code being placed: its own record, and the children gathered under it so far. */
    private static final class Draft {
        private final Qde.Code code;
        private final Map<String, Draft> children = new LinkedHashMap<>();

        Draft(Qde.Code code) {
            this.code = code;
        }

        Qde.Code build() {
            List<Qde.Code> kids = new ArrayList<>();
            children.values().forEach(d -> kids.add(d.build()));
            return new Qde.Code(code.guid(), code.name(), code.codable(), code.color(), code.description(),
                    code.noteRefs(), kids);
        }
    }

    private List<Qde.Code> level(List<Qde.Code> codes) {
        Map<String, Draft> top = new LinkedHashMap<>();
        // Plain names first, then paths by length, so a path's parents are placed before it and
        // "Coke" is the parent of "Coke::diet Coke" wherever either is listed.
        List<Qde.Code> paths = new ArrayList<>();
        for (Qde.Code c : codes) {
            List<String> parts = parts(c.name());
            if (parts.size() < 2) {
                place(top, c, c.name());
            } else {
                paths.add(c);
            }
        }
        paths.sort(java.util.Comparator.comparingInt(c -> parts(c.name()).size()));
        for (Qde.Code c : paths) {
            List<String> parts = parts(c.name());
            Map<String, Draft> at = top;
            for (String parent : parts.subList(0, parts.size() - 1)) {
                Draft d = at.get(key(parent));
                if (d == null) {
                    d = new Draft(new Qde.Code(UUID.randomUUID().toString(), parent, true, null, null, List.of(),
                            List.of()));
                    at.put(key(parent), d);
                    made++;
                }
                at = d.children;
            }
            place(at, c, parts.get(parts.size() - 1));
            nested++;
        }
        List<Qde.Code> out = new ArrayList<>();
        top.values().forEach(d -> out.add(d.build()));
        return out;
    }

    /** Puts a code at a level under {@code name}; its own children are nested the same way. */
    private void place(Map<String, Draft> at, Qde.Code c, String name) {
        put(at, name, draftOf(new Qde.Code(c.guid(), name, c.codable(), c.color(), c.description(), c.noteRefs(),
                level(c.children()))), c.guid());
    }

    private static Draft draftOf(Qde.Code code) {
        Draft d = new Draft(code);
        for (Qde.Code kid : code.children()) {
            put(d.children, kid.name(), draftOf(kid), kid.guid());
        }
        return d;
    }

    /** Two codes of one name at one level are both kept; the first answers to the name. */
    private static void put(Map<String, Draft> at, String name, Draft d, String guid) {
        if (at.containsKey(key(name))) {
            at.put(key(name + "#" + guid), d);
        } else {
            at.put(key(name), d);
        }
    }

    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split(SEPARATOR, -1)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return name.contains(SEPARATOR) ? parts : List.of(name);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
