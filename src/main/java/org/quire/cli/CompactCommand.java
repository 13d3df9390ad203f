package org.quire.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.quire.service.Project;
import picocli.CommandLine.Command;

/** {@code quire compact DIR}: rewrites the project's database file without the space it no longer uses. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrite the project's database file without the space superseded data left behind.",
                "Worth running after very large imports; the project must not be open elsewhere."})
final class CompactCommand extends ProjectCommand {
    @Override
    int run(Project project, PrintWriter out) {
        long[] sizes = project.compactAndClose();
        out.printf(Locale.ROOT, "Compacted %s: %s → %s%n", dir, megabytes(sizes[0]), megabytes(sizes[1]));
        return 0;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
