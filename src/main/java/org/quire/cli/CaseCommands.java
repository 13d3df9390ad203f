package org.quire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.AttributeScope;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire case add|list|link|attr}: cases (participants, organisations, sites). */
@Command(name = "case", description = "Create, list and link cases (participants, organisations, sites).",
        subcommands = {CaseCommands.Add.class, CaseCommands.ListCases.class, CaseCommands.Link.class,
                CaseCommands.Attr.class})
final class CaseCommands {
    @Command(name = "add", description = "Create a case.")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "e.g. \"Hospital trust\"")
        String name;

        @Option(names = "--description", paramLabel = "D", description = "Who or what the case is.")
        String description;

        @Override
        int run(Project project, PrintWriter out) {
            CaseRecord c = project.cases().create(name, description);
            out.println("Created case '" + c.name() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "List cases with their links and attribute values.")
    static final class ListCases extends ProjectCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            List<Rows.CaseRow> rows = new ArrayList<>();
            Map<SourceId, Source> sources = new LinkedHashMap<>();
            for (CaseRecord c : project.cases().list()) {
                List<Rows.CaseLinkRow> links = new ArrayList<>();
                for (CaseLink l : project.cases().links(c.id())) {
                    Source s = sources.computeIfAbsent(l.sourceId(), id -> project.sources().get(id));
                    links.add(new Rows.CaseLinkRow(s.id().value(), s.path(), Rows.SpanRow.of(l.span())));
                }
                Map<String, String> attrs = new LinkedHashMap<>();
                AttributeCommands.rows(project.attributes().definitions(AttributeScope.CASE),
                        project.attributes().caseValues(c)).forEach(r -> attrs.put(r.name(), r.value()));
                rows.add(new Rows.CaseRow(c.id().value(), c.name(), c.description(), links, attrs));
            }
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("No cases yet: add one with 'quire case add'.");
            } else {
                rows.forEach(r -> print(out, r));
            }
            return Cli.OK;
        }

        private static void print(PrintWriter out, Rows.CaseRow r) {
            out.println(r.name() + (r.description() == null || r.description().isEmpty() ? "" : "  — " + r.description()));
            r.attributes().forEach((k, v) -> out.println("    " + k + " = " + v));
            for (Rows.CaseLinkRow l : r.links()) {
                out.println("    linked to " + (l.span() == null ? "" : l.span().start() + ":" + l.span().end() + " of ")
                        + "'" + l.source() + "'");
            }
        }
    }

    @Command(name = "link", description = "Link a case to a whole source, or to a range of it.")
    static final class Link extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE", description = "The case's name.")
        String caseName;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source.")
        String sourceName;

        @Option(names = "--range", paramLabel = "a:b", description = "Only this passage (default: the whole source).")
        Span range;

        @Override
        int run(Project project, PrintWriter out) {
            CaseRecord c = project.cases().find(caseName);
            Source s = project.sources().find(sourceName);
            project.cases().link(c.id(), s.id(), range);
            out.println("Linked case '" + c.name() + "' to " + (range == null ? "" : range + " of ") + "'" + s.path() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "attr", description = {"Set attribute values of a case; an empty value clears one.",
            "An attribute not yet defined is defined as text."})
    static final class Attr extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "CASE", description = "The case's name.")
        String caseName;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "key=value", description = "e.g. sector=voluntary")
        List<KeyValue> values;

        @Override
        int run(Project project, PrintWriter out) {
            CaseRecord c = project.cases().find(caseName);
            for (KeyValue kv : values) {
                project.attributes().setCaseValue(c, kv.key(), kv.value());
            }
            out.println("Set " + Text.plural(values.size(), "attribute", "attributes") + " of case '" + c.name() + "'");
            return Cli.OK;
        }
    }
}
