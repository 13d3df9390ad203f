package org.quire.service.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.imports.TranscriptParser;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Coder;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SpeakerTurn;
import org.quire.model.Timestamp;
import org.quire.model.Validation;
import org.quire.store.Database;
import org.quire.store.Guids;

/**
 * Interview and focus-group transcripts: speaker turns (recognised by {@link TranscriptParser})
 * and coding each speaker's turns to a case per speaker — what NVivo calls autocoding by speaker.
 */
public final class TranscriptService {
    private final Database db;
    private final Coder coder;

    public TranscriptService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /** The speaker turns of a source; empty when it is not a transcript. */
    public List<SpeakerTurn> turns(SourceId id) {
        return TranscriptParser.parse(db.read(tx -> tx.sources().text(id)).text());
    }

    /** Times written in a source ("[00:12:31]") with where they are, recorded at import. */
    public List<Timestamp> timestamps(SourceId id) {
        return db.read(tx -> tx.sources().timestamps(id));
    }

    /**
     * Links every turn of each speaker to a case of that speaker, creating the cases that do not
     * exist. {@code caseNames} may rename speakers ("Respondent" → "Ruth Alderney") or skip them
     * (mapped to an empty name); speakers it does not mention keep their own names.
     *
     * @return turns linked per case name
     */
    public Map<String, Integer> codeSpeakersToCases(SourceId sourceId, Map<String, String> caseNames) {
        List<SpeakerTurn> turns = turns(sourceId);
        return db.write(coder, tx -> {
            Source source = tx.sources().get(sourceId)
                    .orElseThrow(() -> new QuireException("Source " + sourceId + " no longer exists"));
            if (turns.isEmpty()) {
                throw new QuireException("'" + source.name() + "' has no speaker turns (lines starting 'Name:',"
                        + " '[Name]' or 'INTERVIEWER:')");
            }
            Map<String, Integer> linked = new LinkedHashMap<>();
            for (SpeakerTurn turn : turns) {
                String name = caseNames.getOrDefault(turn.speaker(), turn.speaker()).strip();
                if (name.isEmpty()) {
                    continue;
                }
                CaseRecord c = tx.cases().byName(name).orElseGet(() -> {
                    CaseRecord created = tx.cases().insert(Guids.next(), Validation.name("Case", name),
                            "", tx.now());
                    tx.audit().record("case.create", "case", created.guid(), "Created case '" + name
                            + "' for a speaker in '" + source.name() + "'", null, created);
                    return created;
                });
                CaseLink link = new CaseLink(c.id(), sourceId, turn.span());
                if (!tx.cases().linkExists(link)) {
                    tx.cases().link(link);
                    linked.merge(c.name(), 1, Integer::sum);
                }
            }
            tx.audit().record("case.speakers", "source", source.guid(), "Coded the speakers of '" + source.name()
                    + "' to cases: " + linked, null, linked);
            return linked;
        });
    }

    public static List<Timestamp> timestamps(String text) {
        return TranscriptParser.parse(text).stream().filter(t -> t.timestampSpan() != null)
                .map(t -> new Timestamp(t.timestampSpan(), t.timestampSeconds())).toList();
    }
}
