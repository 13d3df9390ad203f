package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.AttributeType;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire attr set|list|define}: attributes of sources, and attribute definitions. */
@Command(name = "attr", description = "Set and list source attributes; define typed attributes.",
        subcommands = {AttributeCommands.Set.class, AttributeCommands.ListValues.class, AttributeCommands.Define.class,
                AttributeCommands.ImportSheet.class})
final class AttributeCommands {
    @Command(name = "set", description = {"Set attribute values of a source; an empty value clears one.",
            "An attribute not yet defined is defined as text."})
    static final class Set extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE", description = "The source.")
        String sourceName;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "key=value", description = "e.g. \"data type=interview\"")
        List<KeyValue> values;

        @Override
        int run(Project project, PrintWriter out) {
            Source source = project.sources().find(sourceName);
            for (KeyValue kv : values) {
                project.attributes().setSourceValue(source, kv.key(), kv.value());
            }
            out.println("Set " + Text.plural(values.size(), "attribute", "attributes") + " of '" + source.path() + "'");
            return Cli.OK;
        }
    }

    @Command(name = "import", description = {"Set attribute values from a CSV or Excel sheet: the first column names",
            "sources (or cases, with --cases), the other columns are attributes. All rows or none."})
    static final class ImportSheet extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "The .csv, .xlsx or .xls sheet.")
        Path file;

        @Option(names = "--cases", description = "The first column names cases, not sources.")
        boolean cases;

        @Override
        int run(Project project, PrintWriter out) {
            try {
                int set = project.tables().importAttributeSheet(file, cases
                        ? AttributeScope.CASE : AttributeScope.SOURCE);
                out.println("Set " + Text.plural(set, "attribute value", "attribute values") + " from " + file.getFileName());
                return Cli.OK;
            } catch (IOException e) {
                throw new QuireException("Cannot read " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "list", description = "List a source's attribute values.")
    static final class ListValues extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE", description = "The source.")
        String sourceName;

        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            Source source = project.sources().find(sourceName);
            List<Rows.AttributeRow> rows = rows(project.attributes().definitions(AttributeScope.SOURCE),
                    project.attributes().sourceValues(source));
            if (json.json) {
                Json.print(out, rows);
            } else if (rows.isEmpty()) {
                out.println("'" + source.path() + "' has no attribute values.");
            } else {
                int width = rows.stream().mapToInt(r -> Text.width(r.name())).max().orElse(0);
                rows.forEach(r -> out.println(Text.pad(r.name(), width) + "  " + r.value()));
            }
            return Cli.OK;
        }
    }

    /** Values by name, each with its attribute's type, in name order. */
    static List<Rows.AttributeRow> rows(List<AttributeDefinition> definitions, Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(values);
        return sorted.entrySet().stream().map(e -> new Rows.AttributeRow(e.getKey(), definitions.stream()
                .filter(d -> d.name().equalsIgnoreCase(e.getKey())).findFirst()
                .map(d -> d.type().name().toLowerCase(Locale.ROOT)).orElse("text"), e.getValue())).toList();
    }

    @Command(name = "define", description = "Define a typed attribute of sources (or, with --case, of cases).")
    static final class Define extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME", description = "The attribute's name.")
        String name;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "text, number, date (yyyy-mm-dd), boolean or choice.")
        AttributeType type;

        @Option(names = "--choices", split = ",", paramLabel = "a,b", description = "The values a choice attribute allows.")
        List<String> choices = List.of();

        @Option(names = "--case", description = "An attribute of cases rather than of sources.")
        boolean ofCases;

        @Override
        int run(Project project, PrintWriter out) {
            if (!choices.isEmpty() && type != AttributeType.CHOICE) {
                throw new QuireException("--choices goes with --type choice");
            }
            AttributeDefinition def = project.attributes().define(ofCases ? AttributeScope.CASE : AttributeScope.SOURCE,
                    name, type, choices);
            out.println("Defined " + def.scope().name().toLowerCase(Locale.ROOT) + " attribute '" + def.name() + "' ("
                    + def.type().name().toLowerCase(Locale.ROOT)
                    + (def.choices().isEmpty() ? "" : ": " + String.join(", ", def.choices())) + ")");
            return Cli.OK;
        }
    }
}
