package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.model.ChecklistAnswer;
import org.quire.model.ChecklistStatus;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.coding.NodeCoverage;
import org.quire.service.coding.SourceCoverage;
import org.quire.service.method.ChecklistItem;
import org.quire.service.method.Phase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire phases|checklist|coverage}: the method made visible — where the analysis stands and what backs it. */
final class MethodCommands {
    private MethodCommands() {
    }

    @Command(name = "phases", description = "Braun & Clarke's six phases with what the project shows for each.")
    static final class Phases extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<Phase> phases = project.phases().phases();
            if (json.json) {
                Json.print(out, phases.stream().map(p -> new ThemeRows.PhaseRow(p.number(), p.name(), p.question(),
                        p.started(), p.lastActivity(), p.measures().stream().map(m -> new ThemeRows.MeasureRow(m.label(),
                        m.value(), m.of())).toList())).toList());
                return Cli.OK;
            }
            for (Phase p : phases) {
                out.println(p.number() + ". " + p.name() + (p.lastActivity() == null ? "  (nothing yet)"
                        : "  (last " + Text.minute(p.lastActivity()) + ")"));
                p.measures().forEach(m -> out.println("     " + m.text()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "checklist", description = {"Braun & Clarke's 15-point checklist: your answers beside the evidence"
            + " the project computes.", "Answer a point with --answer N --status done|partly|not-yet [--text T]."})
    static final class Checklist extends ProjectCommand {
        @Option(names = "--answer", paramLabel = "N", description = "The point (1 to 15) to answer.")
        Integer point;

        @Option(names = "--status", paramLabel = "S", description = "done, partly or not-yet.")
        String status;

        @Option(names = "--text", paramLabel = "T", description = "Your answer in words (kept; omit to keep the last).")
        String text;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            if (point != null) {
                if (status == null) {
                    throw new QuireException("--answer needs --status done, partly or not-yet");
                }
                ChecklistStatus s = ChecklistStatus.parse(status);
                if (s == null) {
                    throw new QuireException("Unknown status '" + status + "': use done, partly or not-yet");
                }
                ChecklistAnswer a = project.checklist().answer(point, s, text);
                out.println("Point " + a.point() + ": " + a.status().label());
                return Cli.OK;
            }
            if (status != null || text != null) {
                throw new QuireException("--status and --text answer a point: add --answer N");
            }
            List<ChecklistItem> items = project.checklist().items();
            if (json.json) {
                Json.print(out, items.stream().map(i -> new ThemeRows.ChecklistRow(i.point().number(),
                        i.point().process(), i.point().text(), i.answer() == null ? null : new ThemeRows.AnswerRow(
                        i.answer().status().label(), i.answer().answer(), i.answer().coder(), i.answer().at()),
                        i.evidence(), i.items())).toList());
                return Cli.OK;
            }
            String process = null;
            for (ChecklistItem i : items) {
                if (!i.point().process().equals(process)) {
                    process = i.point().process();
                    out.println((i.point().number() == 1 ? "" : "\n") + process.toUpperCase(Locale.ROOT));
                }
                ChecklistAnswer a = i.answer();
                out.println(String.format(Locale.ROOT, "%2d. [%s] %s", i.point().number(),
                        a == null ? "unanswered" : a.status().label(), i.point().text()));
                if (a != null && !a.answer().isEmpty()) {
                    out.println(Text.indent(a.answer(), "      > "));
                }
                if (a != null) {
                    out.println("      answered by " + a.coder() + ", " + Text.minute(a.at()));
                }
                i.evidence().forEach(e -> out.println("      evidence: " + e));
                i.items().forEach(e -> out.println("        - " + e));
            }
            return Cli.OK;
        }
    }

    @Command(name = "coverage", description = {"Coding coverage: per source the share of text coded (overlaps count"
            + " once) and codings; per node its sources, references and words."})
    static final class CoverageCommand extends ProjectCommand {
        @Option(names = "--sources", description = "Only the sources table.")
        boolean sourcesOnly;

        @Option(names = "--nodes", description = "Only the nodes table.")
        boolean nodesOnly;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            boolean sources = !nodesOnly || sourcesOnly;
            boolean nodes = !sourcesOnly || nodesOnly;
            List<ThemeRows.SourceCoverageRow> s = new ArrayList<>();
            if (sources) {
                for (SourceCoverage c : project.coverage().sources()) {
                    s.add(new ThemeRows.SourceCoverageRow(c.source().id().value(), c.source().path(), c.source().length(),
                            c.codedChars(), Math.round(c.percent() * 10) / 10.0, c.codings(), c.nodes()));
                }
            }
            List<ThemeRows.NodeCoverageRow> n = new ArrayList<>();
            if (nodes) {
                for (NodeCoverage c : project.coverage().nodes()) {
                    n.add(new ThemeRows.NodeCoverageRow(c.node().id().value(), c.path(), c.sources(), c.references(),
                            c.words()));
                }
            }
            if (json.json) {
                Json.print(out, new ThemeRows.CoverageRow(sources ? s : null, nodes ? n : null));
                return Cli.OK;
            }
            if (sources) {
                int w = Math.max(6, s.stream().mapToInt(r -> Text.width(r.source())).max().orElse(0));
                out.println(Text.pad("SOURCE", w) + "  CODED  CODINGS  NODES");
                for (ThemeRows.SourceCoverageRow r : s) {
                    out.println(Text.pad(r.source(), w) + String.format(Locale.ROOT, "  %4.0f%%  %7d  %5d", r.percent(),
                            r.codings(), r.nodes()));
                }
                long uncoded = s.stream().filter(r -> r.codings() == 0).count();
                out.println(uncoded == 0 ? "Every source has coding." : Text.plural(uncoded, "source has", "sources have")
                        + " no coding.");
            }
            if (nodes) {
                if (sources) {
                    out.println();
                }
                int w = Math.max(4, n.stream().mapToInt(r -> Text.width(r.path())).max().orElse(0));
                out.println(Text.pad("NODE", w) + "  SOURCES  REFS   WORDS");
                for (ThemeRows.NodeCoverageRow r : n) {
                    out.println(Text.pad(r.path(), w) + String.format(Locale.ROOT, "  %7d  %4d  %6d", r.sources(),
                            r.references(), r.words()));
                }
            }
            return Cli.OK;
        }
    }
}
