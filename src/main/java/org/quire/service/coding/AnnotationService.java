package org.quire.service.coding;

import java.util.List;
import org.quire.model.Annotation;
import org.quire.model.AnnotationId;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/** Notes on passages: what a researcher jots beside the text while reading. */
public final class AnnotationService {
    private final Database db;
    private final Coder coder;

    public AnnotationService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    public Annotation annotate(SourceId sourceId, Span span, String text) {
        String body = requireText(text);
        return db.write(coder, tx -> {
            Source source = source(tx, sourceId);
            Validation.span(source.name(), tx.sources().text(sourceId), span);
            AnnotationId id = tx.annotations().insert(Guids.next(), sourceId, span, body, coder.id(),
                    tx.now());
            Annotation a = tx.annotations().get(id).orElseThrow();
            tx.audit().record("annotation.add", "annotation", a.guid(), "Annotated " + span + " of '" + source.name()
                    + "'", null, a, source.guid());
            return a;
        });
    }

    public List<Annotation> bySource(SourceId sourceId) {
        return db.read(tx -> tx.annotations().bySource(sourceId));
    }

    public Annotation edit(AnnotationId id, String text) {
        String body = requireText(text);
        return db.write(coder, tx -> {
            Annotation before = existing(tx, id);
            tx.annotations().updateText(id, body);
            Annotation after = existing(tx, id);
            tx.audit().record("annotation.edit", "annotation", before.guid(), "Edited an annotation of '"
                    + source(tx, before.sourceId()).name() + "'", before, after);
            return after;
        });
    }

    public void delete(AnnotationId id) {
        db.write(coder, tx -> {
            Annotation before = existing(tx, id);
            tx.annotations().delete(id);
            tx.audit().record("annotation.delete", "annotation", before.guid(), "Deleted an annotation of '"
                    + source(tx, before.sourceId()).name() + "'", before, null);
            return null;
        });
    }

    private static String requireText(String text) {
        String body = Validation.text(text);
        if (body.isEmpty()) {
            throw new QuireException("An annotation cannot be empty");
        }
        return body;
    }

    private static Annotation existing(Tx tx, AnnotationId id) {
        return tx.annotations().get(id).orElseThrow(() -> new QuireException("Annotation " + id + " no longer exists"));
    }

    private static Source source(Tx tx, SourceId id) {
        return tx.sources().get(id).orElseThrow(() -> new QuireException("Source " + id + " no longer exists"));
    }
}
