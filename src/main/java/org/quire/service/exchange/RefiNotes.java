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
    private final RefiNames memoGuids = new RefiNames();
    private final RefiNames entryGuids = new RefiNames();
    private final RefiNames annotationGuids = new RefiNames();
    private int entries;
    private int annotations;

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
        if (!body.isEmpty()) {
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
            if (text == null || text.isBlank()) {
                report.dropped("notes with no text (or whose text file is missing)", 1);
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
                    case OnMemo m -> entry(tx, m.target(), note, text.strip(), coder, at);
                    case OnPassage p -> {
                        tx.annotations().insert(annotationGuids.guid(note.guid()), p.source(), p.span(), text.strip(),
                                coder.id(), at);
                        annotations++;
                    }
                }
            }
        }
        int missing = (int) targets.keySet().stream().filter(g -> !known.contains(g)).count();
        report.dropped("references to notes that are not in the file", missing);
        if (journal > 0) {
            report.warn(journal + " notes were not attached to anything; they are in the project's journal");
        }
        report.carried("memo entries", entries);
        report.carried("annotations", annotations);
    }

    /** A memo entry written from an object's {@code Description} (the project's or a source's). */
    void describe(Tx tx, MemoTarget target, String title, String text, Coder coder) {
        if (text != null && !text.isBlank()) {
            entry(tx, target, new Qde.Note(null, title, text, null, null, null, List.of()), text.strip(), coder,
                    tx.now());
        }
    }

    private void entry(Tx tx, MemoTarget target, Qde.Note note, String text, Coder coder, Instant at) {
        Memo memo = tx.memos().forTarget(target).orElseGet(() -> tx.memos().insert(memoGuids.guid(null), target,
                RefiNames.clean(note.name(), target instanceof MemoTarget.Journal ? "Notes on analysis" : "Memo"), at));
        tx.memos().addEntry(entryGuids.guid(note.guid()), memo.id(), at, coder.id(), coder.name(), text);
        entries++;
    }
}
