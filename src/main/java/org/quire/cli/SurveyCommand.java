package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.sources.TableImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire import-survey DIR FILE --text COL...}: survey answers from CSV or Excel. */
@Command(name = "import-survey", description = {"Import survey answers from a CSV or Excel file:",
        "a source per respondent, each answer coded at a node per question, a case per respondent."})
final class SurveyCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "FILE", description = "The .csv, .xlsx or .xls file.")
    Path file;

    @Option(names = "--text", required = true, paramLabel = "COLUMN", description = "An open-ended question column; repeatable.")
    List<String> text = new ArrayList<>();

    @Option(names = "--id", paramLabel = "COLUMN", description = "The respondent id column (default: numbered).")
    String id;

    @Option(names = "--attr-col", paramLabel = "COLUMN", description = "A respondent attribute column; repeatable.")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--folder", paramLabel = "F", description = "The project folder (default: the file's name).")
    String folder;

    @Override
    int run(Project project, PrintWriter out) {
        try {
            var result = project.tables().importSurvey(file, new TableImportService.SurveyMapping(id, text, attributes,
                    folder));
            out.println("Imported " + Text.plural(result.sources().size(), "respondent", "respondents") + " from "
                    + file.getFileName() + ": " + Text.plural(result.codings(), "answer", "answers") + " coded under '"
                    + result.questionsNode().name() + "', " + Text.plural(result.cases(), "new case", "new cases"));
            return Cli.OK;
        } catch (IOException e) {
            throw new QuireException("Cannot read " + e.getMessage(), e);
        }
    }
}
