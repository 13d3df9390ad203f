package org.quire.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.imports.refi.Qde;
import org.quire.model.Coder;
import org.quire.model.Memo;
import org.quire.model.MemoTarget;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.store.Tx;

/**
 * REFI-QDA notes become memo entries and annotations. Vendors attach notes in four ways (a
 * {@code NoteRef} from the object, a {@code Link} between note and object, a {@code Description}
 * on a selection, {@code PlainTextContent} in the note); the importer records every attachment
 * here as it meets it, then writes each note once per place it belongs. A note attached nowhere
 * goes to the project's journal, so none is lost.
 */
final class RefiNotes {
    /** Where a note belongs. */
    sealed interface Target {
    }

    /** In the memo of a node, theme, source or the project (journal). */
    record OnMemo(MemoTarget target) implements Target {
    }

    /** On one passage: an annotation. */
    record OnPassage(SourceId source, Span span) implements Target {
    }

    private final Map<String, List<Target>> targets = new LinkedHashMap<>();
    /** Whether a note's name is a title of its own (ATLAS.ti, NVivo), worth keeping in the entry. */
    private final boolean namesAreTitles;
    private final RefiNames memoGuids = new RefiNames();
    private final RefiNames entryGuids = new RefiNames();
    private final RefiNames annotationGuids = new RefiNames();
    /** Annotations written, by passage and text: a note repeating a selection's description is kept once. */
    private final Set<String> annotated = new HashSet<>();
    private int entries;
    private int annotations;
    private int repeated;

    RefiNotes(boolean namesAreTitles) {
        this.namesAreTitles = namesAreTitles;
    }

    void attach(List<String> noteRefs, Target target) {
        noteRefs.forEach(n -> attach(n, target));
    }

    void attach(String noteGuid, Target target) {
        List<Target> list = targets.computeIfAbsent(noteGuid, g -> new ArrayList<>());
        if (!list.contains(target)) {
            list.add(target);
        }
    }

    /** An annotation written straight from a selection's {@code Description} (ATLAS.ti, MAXQDA). */
    void annotate(Tx tx, SourceId source, Span span, String text, Coder coder, Instant at) {
        String body = text == null ? "" : text.strip();
        if (!body.isEmpty() && annotated.add(source.value() + ":" + span + ":" + body)) {
            tx.annotations().insert(annotationGuids.guid(null), source, span, body, coder.id(), at);
            annotations++;
        }
    }

    /**
     * Writes every note where it was attached.
     *
     * @param textOf reads a note's text from its file, or null when it cannot
     * @param coderOf the coder for a user GUID (the importing coder when unknown)
     */
    void write(Tx tx, List<Qde.Note> notes, Function<Qde.Note, String> textOf, Function<String, Coder> coderOf,
               RefiReport.Builder report) {
        Set<String> known = new HashSet<>();
        int journal = 0;
        for (Qde.Note note : notes) {
            known.add(note.guid());
            String text = textOf.apply(note);
            if (text == null && note.plainTextPath() != null) {
                report.dropped("notes whose text file could not be read (missing, or outside the archive; named"
                        + " below)", 1);
                continue;
            }
            if (blank(text) && blank(note.description()) && (!namesAreTitles || blank(note.name()))) {
                report.dropped("notes with no text", 1);
                continue;
            }
            if (!note.selections().isEmpty()) {
                report.dropped("selections inside notes (Quire cannot code a memo)", note.selections().size());
            }
            Coder coder = coderOf.apply(note.creatingUser());
            Instant at = note.created() == null ? tx.now() : note.created();
            List<Target> where = targets.getOrDefault(note.guid(), List.of());
            if (where.isEmpty()) {
                where = List.of(new OnMemo(new MemoTarget.Journal()));
                journal++;
            }
            for (Target t : where) {
                switch (t) {
                    case OnMemo m -> entry(tx, m.target(), note, text, coder, at);
                    case OnPassage p -> {
                        // An annotation is the note's words; its name only when it has no words of its own.
                        String body = blank(text) ? body(note, text, null) : body(note, text, note.name());
                        // f4 and openQDA write a selection's memo both as its Description and as a note.
                        if (annotated.add(p.source().value() + ":" + p.span() + ":" + body)) {
                            tx.annotations().insert(annotationGuids.guid(note.guid()), p.source(), p.span(), body,
                                    coder.id(), at);
                            annotations++;
                        } else {
                            repeated++;
                        }
                    }
                }
            }
        }
        int missing = (int) targets.keySet().stream().filter(g -> !known.contains(g)).count();
        report.dropped("references to notes that are not in the file", missing);
        if (journal > 0) {
            report.warn(journal + (journal == 1 ? " note was" : " notes were") + " not attached to anything; "
                    + (journal == 1 ? "it is" : "they are") + " in the project's journal");
        }
        report.carried("memo entries", entries);
        report.carried("annotations", annotations);
        if (repeated > 0) {
            report.warn(repeated + (repeated == 1 ? " note repeated" : " notes repeated") + " the description of"
                    + " the passage it was attached to word for word and " + (repeated == 1 ? "was" : "were")
                    + " kept once");
        }
    }

    /** A memo entry written from an object's {@code Description} (the project's or a source's). */
    void describe(Tx tx, MemoTarget target, String title, String text, Coder coder) {
        if (text != null && !text.isBlank()) {
            entry(tx, target, new Qde.Note(null, title, text, null, null, null, null, List.of()), text.strip(), coder,
                    tx.now());
        }
    }

    private void entry(Tx tx, MemoTarget target, Qde.Note note, String text, Coder coder, Instant at) {
        // The journal keeps its own title; other memos are titled after the first note written to them.
        Memo memo = tx.memos().forTarget(target).orElseGet(() -> tx.memos().insert(memoGuids.guid(null), target,
                target instanceof MemoTarget.Journal && namesAreTitles ? "Notes on analysis"
                        : RefiNames.clean(note.name(), target instanceof MemoTarget.Journal ? "Notes on analysis"
                        : "Memo"), at));
        tx.memos().addEntry(entryGuids.guid(note.guid()), memo.id(), at, coder.id(), coder.name(),
                body(note, text, memo.title()));
        entries++;
    }

    /**
     * A note's entry: its name as a first line (unless it only repeats {@code shownTitle}, the
     * title the reader sees above it, or the text's own start), its text, and its description
     * (ATLAS.ti's comment on a memo) after it.
     */
    private String body(Qde.Note note, String text, String shownTitle) {
        String t = text == null ? "" : text.strip();
        StringBuilder out = new StringBuilder();
        String name = note.name() == null ? "" : note.name().strip();
        if (namesAreTitles && !name.isEmpty() && !name.equalsIgnoreCase(shownTitle) && !t.startsWith(name)) {
            out.append(name);
        }
        if (!t.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n\n").append(t);
        }
        String description = note.description() == null ? "" : note.description().strip();
        if (!description.isEmpty() && !description.equals(t)) {
            out.append(out.isEmpty() ? "" : "\n\n").append("Comment: ").append(description);
        }
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
