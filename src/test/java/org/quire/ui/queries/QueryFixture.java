package org.quire.ui.queries;

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
 * A small fictional project for the query screens: a field note and an interview, each with a
 * data type and a date, and passages coded at Trust, Funding and Vision that overlap in places.
 */
final class QueryFixture {
    static final String NOTE = "The board met on Monday. Trust between the partners grew slowly.\n\n"
            + "Funding worries came up again; trust was tested by the funding gap.\n\nA north star was named.";
    static final String INTERVIEW = "Ruth said the funding was late. She did not trust the council.\n\n"
            + "Volunteers kept the project going.";

    private QueryFixture() {
    }

    static Project create(Path dir) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("in/notes")).resolve("day 1.txt");
        Path talks = Files.createDirectories(dir.resolve("in/talks")).resolve("ruth.txt");
        Files.writeString(notes, NOTE);
        Files.writeString(talks, INTERVIEW);
        Project p = Project.create(dir.resolve("Q.quire"), "Queries", "Ann");
        p.sources().importPaths(List.of(notes), new ImportOptions("Field notes", Map.of("data type", "field note",
                "date", "2017-10-02"), ImportLimits.DEFAULT), ImportProgress.NONE, () -> false);
        p.sources().importPaths(List.of(talks), new ImportOptions("Interviews", Map.of("data type", "interview",
                "date", "2018-05-14"), ImportLimits.DEFAULT), ImportProgress.NONE, () -> false);
        Source note = p.sources().find("day 1");
        Source ruth = p.sources().find("ruth");
        Node trust = p.nodes().createPath("Relations/Trust", "", null);
        Node funding = p.nodes().createPath("Funding", "", null);
        Node vision = p.nodes().createPath("Vision", "", null);
        code(p, note, trust, "Trust between the partners grew slowly.");
        code(p, note, trust, "trust was tested by the funding gap.");
        code(p, note, funding, "Funding worries came up again; trust was tested by the funding gap.");
        code(p, note, vision, "A north star was named.");
        code(p, ruth, funding, "Ruth said the funding was late.");
        code(p, ruth, trust, "She did not trust the council.");
        return p;
    }

    static Span span(String text, String passage) {
        int at = text.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException(passage);
        }
        return new Span(at, at + passage.length());
    }

    private static void code(Project p, Source s, Node n, String passage) {
        p.codings().code(s.id(), n.id(), span(s.name().equals("ruth") ? INTERVIEW : NOTE, passage));
    }
}
