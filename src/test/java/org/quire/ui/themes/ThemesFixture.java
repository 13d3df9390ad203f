package org.quire.ui.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.quire.imports.ImportLimits;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;

/**
 * A small fictional project for the theme screens: a field note and an interview with a data type,
 * passages coded at Trust, Funding and Vision, and two themes — "Shared purpose" (Trust, Vision)
 * with the sub-theme "Common goals", and "Money worries" (Funding).
 */
final class ThemesFixture {
    static final String NOTE = "The board met on Monday. Trust between the partners grew slowly.\n\n"
            + "Funding worries came up again; trust was tested by the funding gap.\n\nA north star was named.";
    static final String INTERVIEW = "Ruth said the funding was late. She did not trust the council.";

    private ThemesFixture() {
    }

    static Project create(Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("in/notes")).resolve("day 1.txt");
        Path talks = Files.createDirectories(dir.resolve("in/talks")).resolve("ruth.txt");
        Files.writeString(notes, NOTE);
        Files.writeString(talks, INTERVIEW);
        Project p = Project.create(dir.resolve("T.quire"), "Themes", "Ann");
        p.sources().importPaths(List.of(notes), new ImportOptions("Field notes", Map.of("data type", "field note"),
                ImportLimits.DEFAULT), ImportProgress.NONE, () -> false);
        p.sources().importPaths(List.of(talks), new ImportOptions("Interviews", Map.of("data type", "interview"),
                ImportLimits.DEFAULT), ImportProgress.NONE, () -> false);
        Source note = p.sources().find("day 1");
        Source ruth = p.sources().find("ruth");
        Node trust = p.nodes().createPath("Trust", "", null);
        Node funding = p.nodes().createPath("Funding", "", null);
        Node vision = p.nodes().createPath("Vision", "", null);
        p.codings().code(note.id(), trust.id(), span(NOTE, "Trust between the partners grew slowly."));
        p.codings().code(note.id(), funding.id(), span(NOTE, "Funding worries came up again"));
        p.codings().code(note.id(), vision.id(), span(NOTE, "A north star was named."));
        p.codings().code(ruth.id(), funding.id(), span(INTERVIEW, "Ruth said the funding was late."));
        p.codings().code(ruth.id(), trust.id(), span(INTERVIEW, "She did not trust the council."));
        var purpose = p.themes().create("Shared purpose", "", null, List.of(trust.id()));
        p.themes().create("Common goals", "", purpose.id(), List.of(vision.id()));
        p.themes().create("Money worries", "", null, List.of(funding.id()));
        return p;
    }

    static Span span(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException(passage);
        }
        return new Span(at, at + passage.length());
    }
}
