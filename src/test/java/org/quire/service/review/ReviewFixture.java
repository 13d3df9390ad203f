package org.quire.service.review;

import java.nio.file.Path;
import java.util.List;
import org.quire.model.ChecklistStatus;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.TestProjects;

/**
 * A small project "Study" with a theme, a sub-theme, three extracts (one a chosen quotation) and an
 * answered checklist point: everything a supervisor can comment on. The text is our own.
 */
final class ReviewFixture {
    static final String TEXT = "The coordinator said the kettle is where the real meetings happen.\n\n"
            + "Volunteers stayed late to finish the rota without being asked.\n\n"
            + "Minutes record that the board decided the budget before the forum met.\n";

    final Project project;
    final Source source;
    final Node kettle;
    final Node rota;
    final Node budget;
    final Theme care;
    final Theme power;
    final Coding kettleCoding;
    final Coding rotaCoding;
    final Coding budgetCoding;

    ReviewFixture(Path dir) throws Exception {
        project = Project.create(dir.resolve("Study.quire"), "Study", TestProjects.CODER);
        source = TestProjects.importText(project, dir, "in/field-notes.txt", TEXT);
        kettle = project.nodes().createPath("Everyday/Kettle talk", "Informal talk at the kettle", null);
        rota = project.nodes().createPath("Everyday/Going the extra mile", "Unasked extra effort", null);
        budget = project.nodes().createPath("Decisions/Made elsewhere", "Decisions taken before the forum", null);
        kettleCoding = project.codings().code(source.id(), kettle.id(), span("The coordinator", "happen."));
        rotaCoding = project.codings().code(source.id(), rota.id(), span("Volunteers", "asked."));
        budgetCoding = project.codings().code(source.id(), budget.id(), span("Minutes", "met."));
        care = project.themes().create("Everyday care", "Small acts that hold the partnership together", null,
                List.of(kettle.id(), rota.id()));
        project.themes().setNarrative(care.id(), "Care shows in **small** things.\n\nNobody asks for it.");
        project.themes().create("Kettle diplomacy", "Where talk happens off the agenda", care.id(),
                List.of(kettle.id()));
        power = project.themes().create("Power elsewhere", "Decisions are made before the forum meets", null,
                List.of(budget.id()));
        ThemeMatrix m = project.themeMatrices().matrix(care.id(), List.of());
        project.themeMatrices().setQuote(care.id(), m.rows().get(0).codingGuid(), true);
        project.themeMatrices().setQuote(power.id(), budgetCoding.guid(), true);
        project.checklist().answer(3, ChecklistStatus.DONE, "Every source was coded at least once");
    }

    private Span span(String from, String to) {
        int start = TEXT.indexOf(from);
        return new Span(start, TEXT.indexOf(to, start) + to.length());
    }
}
