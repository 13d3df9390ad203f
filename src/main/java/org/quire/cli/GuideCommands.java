package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.quire.service.Project;
import org.quire.service.guide.CheckItem;
import org.quire.service.guide.CheckOptions;
import org.quire.service.guide.GuideCheck;
import org.quire.service.guide.GuidePhase;
import org.quire.service.guide.GuideStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire guide phases|checks}: the guided path for students, from the command line. */
@Command(name = "guide", description = "The guided path for students: the six phases, and gentle checks to run any time.",
        subcommands = {GuideCommands.Phases.class, GuideCommands.Checks.class})
final class GuideCommands {
    private GuideCommands() {
    }

    /** One item of a check in --json: what it is, why, and what it opens (kind, id, and for an extract its range). */
    record ItemRow(String label, String detail, String opens, long id, Integer start, Integer end) {
    }

    record CheckRow(String check, String title, String why, int total, List<ItemRow> items) {
    }

    record SampleRow(String says, String opens, String name) {
    }

    record PhaseRow(int number, String name, String laterName, String asks, List<String> readings, List<String> steps,
                    List<ThemeRows.MeasureRow> progress, SampleRow sample) {
    }

    @Command(name = "checks", description = {"Gentle checks of the analysis so far; each item names what to open.",
            "None of them is an error: they point at what may be worth a second look."})
    static final class Checks extends ProjectCommand {
        @Option(names = "--few", paramLabel = "N", defaultValue = "" + CheckOptions.FEW_EXTRACTS,
                description = "List themes with fewer than N extracts (default ${DEFAULT-VALUE}).")
        int few;

        @Option(names = "--weeks", paramLabel = "N", defaultValue = "" + CheckOptions.CANDIDATE_WEEKS,
                description = "List candidate themes made more than N weeks ago (default ${DEFAULT-VALUE}).")
        int weeks;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<GuideCheck> checks = project.guide().checks(new CheckOptions(few, weeks, null));
            if (json.json) {
                Json.print(out, checks.stream().map(c -> new CheckRow(c.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), c.kind().title(), c.kind().why(), c.total(), c.items().stream()
                        .map(GuideCommands::row).toList())).toList());
                return Cli.OK;
            }
            for (GuideCheck c : checks) {
                out.println(c.kind().title() + ": " + (c.clear() ? "none" : c.total()));
                if (!c.clear()) {
                    out.println("  " + c.kind().why());
                }
                for (CheckItem i : c.items()) {
                    out.println("  - " + i.label() + "  (" + i.detail() + ")");
                }
                if (c.total() > c.items().size()) {
                    out.println("  … and " + (c.total() - c.items().size()) + " more");
                }
            }
            return Cli.OK;
        }
    }

    private static ItemRow row(CheckItem i) {
        return new ItemRow(i.label(), i.detail(), i.target().kind().name().toLowerCase(Locale.ROOT), i.target().id(),
                i.target().span() == null ? null : i.target().span().start(),
                i.target().span() == null ? null : i.target().span().end());
    }

    @Command(name = "phases", description = "Each of the six phases: what it asks, what to do in Quire, what the project"
            + " shows so far, and where the sample project shows it.")
    static final class Phases extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<GuidePhase> phases = project.guide().phases();
            if (json.json) {
                Json.print(out, phases.stream().map(p -> new PhaseRow(p.number(), p.name(), p.laterName(), p.asks(),
                        p.sources(), p.steps().stream().map(GuideStep::label).toList(), p.progress().measures().stream()
                        .map(m -> new ThemeRows.MeasureRow(m.label(), m.value(), m.of())).toList(),
                        new SampleRow(p.sample().says(), p.sample().kind().name().toLowerCase(Locale.ROOT),
                                p.sample().name()))).toList());
                return Cli.OK;
            }
            for (GuidePhase p : phases) {
                out.println(p.number() + ". " + p.name() + " (later: " + p.laterName() + ")");
                out.println(Text.indent(wrap(p.asks(), 92), "   "));
                out.println("   In Quire: " + String.join("; ", p.steps().stream().map(GuideStep::label).toList()));
                out.println("   So far: " + String.join(", ", p.progress().measures().stream()
                        .map(m -> m.text()).toList()));
                out.println("   In the sample: " + p.sample().says());
                out.println("   Read: " + String.join(" ", p.sources()));
                out.println();
            }
            return Cli.OK;
        }
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
