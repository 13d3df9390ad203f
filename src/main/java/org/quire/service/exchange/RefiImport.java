package org.quire.service.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.quire.exports.refi.RefiGuids;
import org.quire.imports.TextNormalizer;
import org.quire.imports.refi.Qde;
import org.quire.imports.refi.QdpxArchive;
import org.quire.imports.refi.SourceFiles;
import org.quire.imports.refi.Utf8Text;
import org.quire.model.Coder;
import org.quire.model.FolderPath;
import org.quire.model.MemoTarget;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;
import org.quire.service.nodes.Palette;
import org.quire.store.Guids;
import org.quire.store.ProjectLayout;
import org.quire.store.Tx;

/**
 * Maps a parsed REFI-QDA project onto a new, empty Quire project inside one transaction: users,
 * the code book (with Quire's own theme codes recognised), sources with their codings, cases,
 * sets, links and notes. Everything that has no home in Quire is counted in the report.
 */
final class RefiImport {
    private final Tx tx;
    private final ProjectLayout layout;
    private final Qde.Project file;
    private final RefiReport.Builder report;
    private final RefiService.Progress progress;
    private final BooleanSupplier stopped;
    private final RefiFiles files;
    private final RefiNotes notes;
    private final RefiVariables variables;
    private final Map<String, Coder> users = new HashMap<>();
    private final Map<String, NodeId> codes = new HashMap<>();
    private final Map<String, ThemeId> themes = new HashMap<>();
    private final Set<String> themeCodeGuids = new HashSet<>();
    private final Map<String, String> folders = new HashMap<>();
    private final RefiNames nodeGuids = new RefiNames();
    private final RefiNames themeGuids = new RefiNames();
    private final RefiNames caseGuids = new RefiNames();
    private final Set<String> themeNames = new HashSet<>();
    private RefiSources sources;

    RefiImport(Tx tx, ProjectLayout layout, QdpxArchive archive, RefiReport.Builder report,
               RefiService.Progress progress, BooleanSupplier stopped) {
        this.tx = tx;
        this.layout = layout;
        this.file = archive.project();
        this.report = report;
        this.progress = progress;
        this.stopped = stopped;
        this.files = new RefiFiles(archive, report);
        // Quire names every note after the memo it belongs to: no title worth keeping apart.
        this.notes = new RefiNotes(!isQuire(file.origin()));
        this.variables = new RefiVariables(tx, file.variables(), report);
    }

    private static boolean isQuire(String origin) {
        return origin != null && origin.startsWith("Quire");
    }

    void run() {
        file.warnings().forEach(report::warn);
        duplicateGuids();
        users();
        creation();
        codeBook();
        folders();
        sources = new RefiSources(new RefiSources.Context(tx, layout, files, report, notes, variables, file.origin(),
                progress, stopped), codes, this::coder, folders);
        sources.importAll(file.sources());
        cases();
        codeSets();
        links();
        notes.describe(tx, new MemoTarget.Journal(), "Project description", file.description(), coder(null));
        notes.attach(file.noteRefs(), new RefiNotes.OnMemo(new MemoTarget.Journal()));
        notes.write(tx, file.notes(), this::noteText, this::coder, report);
        variables.finish();
        graphs();
        files.finish();
    }

    /** GUIDs must be unique in a file; a repeated one is named, and references to it go to its first holder. */
    private void duplicateGuids() {
        List<Qde.Duplicate> dups = file.duplicateGuids();
        if (dups.isEmpty()) {
            return;
        }
        List<String> named = dups.stream().limit(10)
                .map(d -> d.guid() + " (" + String.join(", ", d.holders()) + ")").toList();
        report.warn(dups.size() + (dups.size() == 1 ? " GUID is" : " GUIDs are") + " carried by more than one"
                + " element, though each should be unique; references to one go to its first holder, the others"
                + " get new GUIDs: " + String.join("; ", named) + (dups.size() > 10 ? "; and " + (dups.size() - 10)
                + " more" : ""));
    }

    /** The project keeps when and by whom it was first made, not when it was imported. */
    private void creation() {
        if (file.created() != null) {
            tx.settings().put("created_at", file.created().toString());
        }
        Coder creator = file.creatingUser() == null ? null : users.get(file.creatingUser());
        if (creator != null) {
            tx.settings().put("created_by", creator.guid());
        }
    }

    private Coder coder(String userGuid) {
        Coder c = userGuid == null ? null : users.get(userGuid);
        return c != null ? c : tx.coder();
    }

    private void users() {
        Set<String> taken = new HashSet<>();
        tx.coders().all().forEach(c -> taken.add(c.guid()));
        for (Qde.User u : file.users()) {
            String fallback = "User " + (u.id() != null && !u.id().isBlank() ? u.id().strip() : u.guid().substring(0, 8));
            String name = RefiNames.clean(u.name(), fallback);
            Coder c = tx.coders().byName(name).orElseGet(() -> tx.coders().insert(
                    taken.contains(u.guid()) ? Guids.next() : u.guid(), name));
            taken.add(c.guid());
            users.put(u.guid(), c);
        }
        report.carried("users (as coders)", users.size());
    }

    // ---- code book and themes ----

    private void codeBook() {
        Set<String> themeSets = new HashSet<>();
        file.sets().forEach(s -> themeSets.add(s.guid()));
        markThemeCodes(file.codes(), themeSets);
        List<Qde.Code> book = file.codes();
        if (file.origin() != null && file.origin().toLowerCase(Locale.ROOT).contains("atlas")) {
            RefiCodePaths.Nested nested = RefiCodePaths.nest(book);
            book = nested.codes();
            if (nested.nested() > 0) {
                report.warn(nested.nested() + (nested.nested() == 1 ? " code used" : " codes used") + " '"
                        + RefiCodePaths.SEPARATOR + "' in " + (nested.nested() == 1 ? "its name" : "their names")
                        + " (ATLAS.ti's way of writing a hierarchy) and " + (nested.nested() == 1 ? "was" : "were")
                        + " nested" + (nested.madeParents() > 0 ? "; " + nested.madeParents() + " parent "
                        + (nested.madeParents() == 1 ? "code was" : "codes were") + " made for them" : ""));
            }
        }
        int[] counts = new int[2];
        addCodes(book, null, null, counts);
        report.carried("codes (as nodes)", counts[0]);
        report.carried("themes", themes.size());
        report.dropped("codes marked not codable (in Quire every node can be coded; kept as nodes)", counts[1]);
    }

    /** Codes Quire exported for its themes: each has a set whose GUID is derived from the code's. */
    private void markThemeCodes(List<Qde.Code> list, Set<String> themeSets) {
        for (Qde.Code c : list) {
            if (themeSets.contains(RefiGuids.themeSet(c.guid()))) {
                themeCodeGuids.add(c.guid());
            }
            markThemeCodes(c.children(), themeSets);
        }
    }

    private boolean isThemesFolder(Qde.Code c) {
        return !c.codable() && !c.children().isEmpty() && c.noteRefs().isEmpty()
                && c.children().stream().allMatch(k -> themeCodeGuids.contains(k.guid()));
    }

    private void addCodes(List<Qde.Code> list, NodeId parent, ThemeId parentTheme, int[] counts) {
        Set<String> siblings = new HashSet<>();
        tx.nodes().children(parent).forEach(n -> siblings.add(n.name().toLowerCase(Locale.ROOT)));
        for (Qde.Code c : list) {
            if (themeCodeGuids.contains(c.guid())) {
                ThemeId theme = addTheme(c, parentTheme);
                addCodes(c.children(), parent, theme, counts);
                continue;
            }
            if (isThemesFolder(c)) {
                addCodes(c.children(), parent, null, counts);
                continue;
            }
            String name = RefiNames.unique(RefiNames.clean(c.name(), "Unnamed code"),
                    n -> siblings.contains(n.toLowerCase(Locale.ROOT)));
            siblings.add(name.toLowerCase(Locale.ROOT));
            String color = c.color() != null ? c.color() : Palette.colorFor(counts[0]);
            var node = tx.nodes().insert(nodeGuids.guid(c.guid()), parent, name,
                    c.description() == null ? "" : c.description().strip(), color, tx.now());
            codes.putIfAbsent(c.guid(), node.id());
            notes.attach(c.noteRefs(), new RefiNotes.OnMemo(new MemoTarget.OfNode(node.id())));
            counts[0]++;
            if (!c.codable()) {
                counts[1]++;
            }
            addCodes(c.children(), node.id(), parentTheme, counts);
        }
    }

    private ThemeId addTheme(Qde.Code c, ThemeId parent) {
        String name = uniqueThemeName(c.name());
        var theme = tx.themes().insert(themeGuids.guid(c.guid()), parent, name, ThemeStatus.CANDIDATE,
                c.description() == null ? "" : c.description().strip(), tx.now());
        themes.put(c.guid(), theme.id());
        notes.attach(c.noteRefs(), new RefiNotes.OnMemo(new MemoTarget.OfTheme(theme.id())));
        return theme.id();
    }

    private String uniqueThemeName(String raw) {
        String name = RefiNames.unique(RefiNames.clean(raw, "Theme"),
                n -> themeNames.contains(n.toLowerCase(Locale.ROOT)));
        themeNames.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Sets of codes become themes (Quire's own theme sets fill the themes made from theme codes). */
    private void codeSets() {
        Set<String> codeGuids = new HashSet<>();
        collect(file.codes(), codeGuids);
        Set<String> noteGuids = new HashSet<>();
        file.notes().forEach(n -> noteGuids.add(n.guid()));
        Set<String> sourceGuids = new HashSet<>();
        file.sources().forEach(x -> sourceGuids.add(x.guid()));
        for (Qde.Set s : file.sets()) {
            List<NodeId> members = s.memberCodes().stream().map(codes::get).filter(java.util.Objects::nonNull).toList();
            ThemeId quireTheme = themes.entrySet().stream()
                    .filter(e -> RefiGuids.themeSet(e.getKey()).equals(s.guid())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (quireTheme != null) {
                var t = tx.themes().get(quireTheme).orElseThrow();
                if (s.description() != null && !s.description().isBlank()) {
                    tx.themes().update(new org.quire.model.Theme(t.id(), t.guid(), t.parentId(), t.name(), t.status(),
                            t.definition(), s.description().strip(), t.createdAt(), t.updatedAt(), t.scopeIn(), t.scopeOut()), tx.now());
                }
                members.forEach(n -> tx.themes().addNode(quireTheme, n));
            } else if (!members.isEmpty()) {
                var t = tx.themes().insert(themeGuids.guid(s.guid()), null, uniqueThemeName(s.name()),
                        ThemeStatus.CANDIDATE, s.description() == null ? "" : s.description().strip(), tx.now());
                members.forEach(n -> tx.themes().addNode(t.id(), n));
                report.carried("sets of codes (as themes)", 1);
            }
            if (s.memberCodes().isEmpty() && s.memberSources().isEmpty() && s.memberNotes().isEmpty()) {
                report.dropped("empty sets", 1);
            }
            int nothing = 0;
            int notCodes = 0;
            for (String m : s.memberCodes()) {
                if (!codeGuids.contains(m)) {
                    if (noteGuids.contains(m) || sourceGuids.contains(m)) {
                        notCodes++;
                    } else {
                        nothing++;
                    }
                }
            }
            for (String m : s.memberSources()) {
                nothing += sourceGuids.contains(m) ? 0 : 1;
            }
            int notes = 0;
            for (String m : s.memberNotes()) {
                if (noteGuids.contains(m)) {
                    notes++;
                } else {
                    nothing++;
                }
            }
            report.dropped("set members that are notes (Quire's themes and folders hold nodes and sources)", notes);
            report.dropped("set members listed as codes that are not codes", notCodes);
            report.dropped("set members that point at nothing (no element in the file has their GUID)", nothing);
        }
    }

    private static void collect(List<Qde.Code> list, Set<String> out) {
        for (Qde.Code c : list) {
            out.add(c.guid());
            collect(c.children(), out);
        }
    }

    /** Sets of sources become folders; a source in several sets goes in the first one's folder. */
    private void folders() {
        Set<String> sourceGuids = new HashSet<>();
        file.sources().forEach(x -> sourceGuids.add(x.guid()));
        int extra = 0;
        for (Qde.Set s : file.sets()) {
            if (s.memberSources().isEmpty()) {
                continue;
            }
            String folder = FolderPath.normalize(RefiNames.clean(s.name(), "Set"));
            boolean any = false;
            for (String source : s.memberSources()) {
                if (!sourceGuids.contains(source)) {
                    continue;
                }
                any = true;
                if (folders.putIfAbsent(source, folder) != null) {
                    extra++;
                }
            }
            if (any) {
                report.carried("sets of sources (as folders)", 1);
            }
        }
        report.dropped("memberships of a source in a second set (a source lives in one folder)", extra);
    }

    // ---- cases, links, graphs ----

    private void cases() {
        Set<String> names = new HashSet<>();
        int count = 0;
        for (Qde.Case c : file.cases()) {
            boolean unnamed = c.name() == null || c.name().isBlank();
            if (unnamed && c.sourceRefs().size() == 1 && c.codeRefs().isEmpty() && c.selectionRefs().isEmpty()) {
                // Quirkos carries a source's attributes in an unnamed case that holds only that source.
                Source s = sources.source(c.sourceRefs().get(0));
                if (s != null) {
                    variables.setOnSource(s, c.values());
                    continue;
                }
            }
            String name = RefiNames.unique(RefiNames.clean(c.name(), "Case"), n -> names.contains(n.toLowerCase(Locale.ROOT)));
            names.add(name.toLowerCase(Locale.ROOT));
            var record = tx.cases().insert(caseGuids.guid(c.guid()), name,
                    c.description() == null ? "" : c.description().strip(), tx.now());
            count++;
            variables.setOnCase(record, c.values());
            for (String ref : c.sourceRefs()) {
                Source s = sources.source(ref);
                if (s == null) {
                    report.dropped("case links to sources that are not in the file", 1);
                } else {
                    sources.link(record.id(), s.id(), null);
                }
            }
            for (String ref : c.selectionRefs()) {
                RefiSources.Passage p = sources.passage(ref);
                if (p == null) {
                    report.dropped("case links to selections that are not in the file", 1);
                } else {
                    sources.link(record.id(), p.source(), p.span());
                }
            }
            for (String ref : c.codeRefs()) {
                // Why: NVivo's cases are nodes; a case's code stands for the passages coded at it.
                NodeId node = codes.get(ref);
                List<RefiSources.Passage> coded = node == null ? List.of() : sources.codedAt(node);
                if (coded.isEmpty()) {
                    report.dropped("case references to codes with no coded passages", 1);
                }
                coded.forEach(p -> sources.link(record.id(), p.source(), p.span()));
            }
            // Codings that name the case itself instead of a code (NVivo, where cases are nodes).
            sources.takeCodedAtUnknown(c.guid()).forEach(p -> sources.link(record.id(), p.source(), p.span()));
        }
        sources.reportUnresolved();
        report.carried("cases", count);
    }

    private void links() {
        Set<String> noteGuids = new HashSet<>();
        file.notes().forEach(n -> noteGuids.add(n.guid()));
        for (Qde.Link l : file.links()) {
            String note = noteGuids.contains(l.originGuid()) ? l.originGuid()
                    : noteGuids.contains(l.targetGuid()) ? l.targetGuid() : null;
            String other = note == null ? null : note.equals(l.originGuid()) ? l.targetGuid() : l.originGuid();
            RefiNotes.Target target = other == null ? null : targetOf(other);
            if (target != null) {
                notes.attach(note, target);
            } else {
                report.dropped("links between objects (Quire has no links; only links from notes are kept)", 1);
            }
            report.dropped("notes on links", note == null ? l.noteRefs().size() : 0);
        }
    }

    private RefiNotes.Target targetOf(String guid) {
        if (codes.containsKey(guid)) {
            return new RefiNotes.OnMemo(new MemoTarget.OfNode(codes.get(guid)));
        }
        if (themes.containsKey(guid)) {
            return new RefiNotes.OnMemo(new MemoTarget.OfTheme(themes.get(guid)));
        }
        Source s = sources.source(guid);
        if (s != null) {
            return new RefiNotes.OnMemo(new MemoTarget.OfSource(s.id()));
        }
        RefiSources.Passage p = sources.passage(guid);
        return p == null ? null : new RefiNotes.OnPassage(p.source(), p.span());
    }

    private void graphs() {
        for (Qde.Graph g : file.graphs()) {
            boolean ours = file.origin() != null && file.origin().startsWith("Quire") && !themes.isEmpty()
                    && "Thematic map".equals(g.name());
            if (!ours) {
                report.dropped("graphs (Quire does not draw maps yet): '" + RefiNames.clean(g.name(), "unnamed")
                        + "' with " + g.vertices() + " vertices and " + g.edges() + " edges", 1);
            }
        }
    }

    private String noteText(Qde.Note note) {
        if (note.content() != null) {
            return TextNormalizer.normalize(note.content());
        }
        if (note.plainTextPath() == null) {
            return null;
        }
        String owner = "note '" + RefiNames.clean(note.name(), note.guid()) + "'";
        SourceFiles.Location at = files.locate(note.plainTextPath(), owner, "text file");
        if (!at.readable()) {
            return null;
        }
        try {
            Utf8Text.Decoded decoded = files.read(at);
            if (decoded.malformed()) {
                report.warn(owner + ": its text file is not valid UTF-8; unreadable bytes were replaced with \uFFFD");
            }
            return TextNormalizer.normalize(decoded.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
