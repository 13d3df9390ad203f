package org.quire.service.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.analysis.ThemeFamilies;
import org.quire.analysis.ThemeMatrices;
import org.quire.model.Coder;
import org.quire.model.Coding;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMatrix;
import org.quire.store.Database;
import org.quire.store.ThemeMatrixStore;
import org.quire.store.Tx;

/**
 * Theme matrices: every coded extract of a theme and its sub-themes, with the source's attributes,
 * a citation, the other themes the passage also supports, and the analyst's note and quotation
 * flag, which are saved with the project under the theme's and the coding's GUIDs.
 */
public final class ThemeMatrixService {
    private final Database db;
    private final Coder coder;

    public ThemeMatrixService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /**
     * The matrix of one theme.
     *
     * @param attributes source attributes to show, in order; null for all of them
     */
    public ThemeMatrix matrix(ThemeId theme, List<String> attributes) {
        return matrices(List.of(theme), attributes).get(0);
    }

    /** The matrix of the theme named {@code name} (ignoring case). */
    public ThemeMatrix matrix(String name, List<String> attributes) {
        return db.read(tx -> {
            Theme theme = ThemeData.theme(tx, name);
            ThemeFamilies families = ThemeData.families(tx);
            return ThemeMatrices.build(ThemeData.load(tx, families, attributes), theme.id());
        });
    }

    /**
     * The matrices of several themes from one read of the project.
     *
     * @param themes the themes; empty for every theme, parents before their sub-themes
     */
    public List<ThemeMatrix> matrices(List<ThemeId> themes, List<String> attributes) {
        return db.read(tx -> {
            ThemeFamilies families = ThemeData.families(tx);
            List<ThemeId> ids = new ArrayList<>(themes);
            if (ids.isEmpty()) {
                families.ordered().forEach(t -> ids.add(t.id()));
            }
            for (ThemeId id : ids) {
                if (families.theme(id) == null) {
                    throw new QuireException("Theme " + id + " no longer exists");
                }
            }
            ThemeMatrices.Data data = ThemeData.load(tx, families, attributes);
            return ids.stream().map(id -> ThemeMatrices.build(data, id)).toList();
        });
    }

    /** Saves the analyst's note on one extract of a theme's matrix; an empty note removes it. */
    public void setNote(ThemeId theme, String codingGuid, String note) {
        String text = note == null ? "" : note.strip();
        edit(theme, codingGuid, "theme.extract.note", old -> new ThemeMatrixStore.ExtractNote(old.themeGuid(),
                old.codingGuid(), text, old.quote()), (t, where) -> (text.isEmpty() ? "Removed the note on " : "Noted ")
                + "an extract of theme '" + t.name() + "' (" + where + ")");
    }

    /** Marks (or unmarks) one extract of a theme's matrix as a quotation for the report. */
    public void setQuote(ThemeId theme, String codingGuid, boolean quote) {
        edit(theme, codingGuid, "theme.extract.quote", old -> new ThemeMatrixStore.ExtractNote(old.themeGuid(),
                old.codingGuid(), old.note(), quote), (t, where) -> (quote ? "Chose" : "Dropped")
                + " an extract of theme '" + t.name() + "' (" + where + ") as a quotation for the report");
    }

    private void edit(ThemeId themeId, String codingGuid, String action,
                      java.util.function.UnaryOperator<ThemeMatrixStore.ExtractNote> change,
                      java.util.function.BiFunction<Theme, String, String> summary) {
        db.write(coder, tx -> {
            Theme theme = tx.themes().get(themeId)
                    .orElseThrow(() -> new QuireException("Theme " + themeId + " no longer exists"));
            Coding coding = extractOf(tx, theme, codingGuid);
            ThemeMatrixStore.ExtractNote before = tx.themeMatrices().extractNote(theme.guid(), coding.guid())
                    .orElse(new ThemeMatrixStore.ExtractNote(theme.guid(), coding.guid(), "", false));
            ThemeMatrixStore.ExtractNote after = change.apply(before);
            if (after.equals(before)) {
                return null;
            }
            tx.themeMatrices().putExtractNote(after, tx.coder().id(), tx.now());
            String where = tx.sources().get(coding.sourceId()).map(s -> s.path() + " " + coding.span()).orElse("");
            tx.audit().record(action, "theme", theme.guid(), summary.apply(theme, where), Map.of("note", before.note(),
                    "quote", before.quote()), Map.of("note", after.note(), "quote", after.quote()), coding.guid());
            return null;
        });
    }

    // Only extracts the theme's matrix shows can carry its notes: a stray GUID is refused by name.
    private static Coding extractOf(Tx tx, Theme theme, String codingGuid) {
        String guid = codingGuid == null ? "" : codingGuid.strip();
        Coding coding = tx.codings().byGuid(guid)
                .orElseThrow(() -> new QuireException("No coding with GUID '" + guid + "' in this project"));
        if (!ThemeData.families(tx).familyNodes(theme.id()).contains(coding.nodeId())) {
            throw new QuireException("Coding '" + guid + "' is not an extract of theme '" + theme.name()
                    + "': its node does not feed the theme or its sub-themes");
        }
        return coding;
    }
}
