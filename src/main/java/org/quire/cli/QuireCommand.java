package org.quire.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code quire} command: lists the command groups and holds the options every one shares. */
@Command(name = "quire", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = QuireCommand.Version.class, sortOptions = false,
        description = "Quire: qualitative data analysis from the command line.",
        footer = {"", "Exit codes: 0 success, 1 user error, 2 internal error.",
                "The coder defaults to $QUIRE_CODER, else your user name."})
public final class QuireCommand {
    /**
     * The commands, in the order help lists them. They are registered by {@link Cli} rather than
     * in the annotation, so that a run builds picocli's model of only the command it runs:
     * building all of them took about half the start-up time of a small command.
     */
    static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            SampleCommand.class,
            ImportCommand.class,
            RefiCommands.ImportQdpx.class,
            RefiCommands.ImportQdc.class,
            ExportCommand.class,
            SurveyCommand.class,
            SpeakersCommand.class,
            SourceCommands.ListSources.class,
            SourceCommands.Show.class,
            FolderCommands.class,
            NodeCommands.class,
            CodingCommands.Code.class,
            CodingCommands.Uncode.class,
            CodingCommands.Codings.class,
            MemoCommands.class,
            SourceCommands.Annotate.class,
            AttributeCommands.class,
            CaseCommands.class,
            ThemeCommands.class,
            MethodCommands.Phases.class,
            MethodCommands.Checklist.class,
            MethodCommands.CoverageCommand.class,
            GuideCommands.class,
            SearchCommand.class,
            WordsCommand.class,
            QueryCommands.class,
            MatrixCommand.class,
            ExtractCommands.class,
            FrameworkCommands.class,
            ReviewCommands.class,
            AuditCommand.class,
            CompactCommand.class,
            GenerateCommand.class,
            BenchCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the full stack trace too.")
    boolean debug;

    private final boolean interactive;

    public QuireCommand() {
        this(false);
    }

    QuireCommand(boolean interactive) {
        this.interactive = interactive;
    }

    /** Whether stderr is a terminal a person is watching. */
    boolean interactive() {
        return interactive;
    }

    /** The version from the jar's manifest; a build run from classes has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = QuireCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Quire " + (v == null ? "(development build)" : v)};
        }
    }
}
