package org.quire.service.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.exports.refi.QdpxWriter;
import org.quire.exports.refi.RefiData;
import org.quire.exports.refi.RefiExportOptions;
import org.quire.imports.refi.QdcFile;
import org.quire.imports.refi.Qde;
import org.quire.imports.refi.QdpxArchive;
import org.quire.model.Coder;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.ThemeStatus;
import org.quire.service.nodes.Palette;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * REFI-QDA exchange: a {@code .qdpx} opened as a new project, a {@code .qdc} code book added to this
 * one, and this project written out as either. Imports are one transaction each and report every
 * element they could not carry over; exports are written to a temporary file and moved into place.
 */
public final class RefiService {
    /** Progress of a long import or export: {@code done} of {@code total} items of {@code phase}. */
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void step(String phase, int done, int total);
    }

    /** What an export wrote. */
    public record Exported(Path file, long bytes, int sources, int passages) {
    }

    private final Database db;
    private final Coder coder;

    public RefiService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /**
     * Fills this project, new and empty, with what the archive holds; one transaction.
     *
     * @param stopped asked between sources; when it says so, the import stops with a
     *                {@link java.util.concurrent.CancellationException} and nothing is committed
     */
    public RefiReport importInto(QdpxArchive archive, Progress progress, java.util.function.BooleanSupplier stopped) {
        Qde.Project file = archive.project();
        RefiReport.Builder report = new RefiReport.Builder(file.origin());
        db.write(coder, tx -> {
            new RefiImport(tx, db.layout(), archive, report, progress, stopped).run();
            tx.audit().record("project.import.refi", "project", null, "Imported the REFI-QDA project '" + file.name()
                    + "' from " + archive.file().getFileName() + (file.origin() == null ? "" : " (" + file.origin() + ")"),
                    null, Map.of("sources", file.sources().size(), "codes", file.codes().size()));
            return null;
        });
        return report.build();
    }

    /**
     * The paths outside the archive that a QDPX names for files an import would read, so that the
     * user can be asked before any is read (see {@link QdpxImportOptions#externalFolder()}).
     */
    public static List<String> outsidePaths(Path qdpx) {
        try {
            return QdpxArchive.outsidePaths(qdpx);
        } catch (IOException e) {
            throw new QuireException("Cannot read " + qdpx.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a REFI-QDA code book to this project: codes become nodes (a code whose GUID or whose
     * name among its siblings is already there is merged with that node), sets become themes.
     */
    public RefiReport importCodeBook(Path qdc) {
        Qde.CodeBook book;
        try {
            book = QdcFile.read(qdc);
        } catch (IOException e) {
            throw new QuireException("Cannot read " + qdc + ": " + e.getMessage(), e);
        }
        RefiReport.Builder report = new RefiReport.Builder(book.origin());
        book.warnings().forEach(report::warn);
        db.write(coder, tx -> {
            Map<String, NodeId> nodes = new HashMap<>();
            int[] counts = new int[3];
            addCodes(tx, book.codes(), null, nodes, counts);
            report.carried("codes added as nodes", counts[0]);
            report.carried("codes already in the project (merged)", counts[1]);
            report.dropped("codes marked not codable (in Quire every node can be coded; kept as nodes)", counts[2]);
            for (Qde.Set s : book.sets()) {
                List<NodeId> members = s.memberCodes().stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
                String name = RefiNames.unique(RefiNames.clean(s.name(), "Theme"),
                        n -> tx.themes().byName(n).isPresent());
                var theme = tx.themes().insert(tx.themes().all().stream().anyMatch(t -> t.guid().equals(s.guid()))
                        ? Guids.next() : s.guid(), null, name, ThemeStatus.CANDIDATE,
                        s.description() == null ? "" : s.description().strip(), tx.now());
                members.forEach(n -> tx.themes().addNode(theme.id(), n));
                report.carried("sets (as themes)", 1);
                report.dropped("set members that refer to codes not in the code book",
                        s.memberCodes().size() - members.size());
            }
            tx.audit().record("codebook.import.refi", "project", null, "Added the REFI-QDA code book "
                    + qdc.getFileName() + ": " + counts[0] + " new nodes", null, Map.of("nodes", counts[0]));
            return null;
        });
        return report.build();
    }

    private static void addCodes(Tx tx, List<Qde.Code> codes, NodeId parent, Map<String, NodeId> nodes, int[] counts) {
        for (Qde.Code c : codes) {
            String name = RefiNames.clean(c.name(), "Unnamed code");
            var existing = tx.nodes().byGuid(c.guid()).or(() -> tx.nodes().child(parent, name));
            NodeId id;
            if (existing.isPresent()) {
                id = existing.get().id();
                counts[1]++;
            } else {
                id = tx.nodes().insert(c.guid(), parent, name, c.description() == null ? "" : c.description().strip(),
                        c.color() != null ? c.color() : Palette.colorFor(tx.nodes().count()), tx.now()).id();
                counts[0]++;
                counts[2] += c.codable() ? 0 : 1;
            }
            nodes.put(c.guid(), id);
            addCodes(tx, c.children(), id, nodes, counts);
        }
    }

    /**
     * Writes the whole project as a QDPX.
     *
     * @param vendor "standard" (the standard's counting), "nvivo" or "maxqda" (see docs/refi-qda.md)
     */
    public Exported exportProject(Path out, String vendor, Progress progress) {
        RefiExportOptions options = RefiExportOptions.preset(vendor);
        RefiData.Project data = db.read(tx -> new RefiExport(tx, db.layout()).project());
        QdpxWriter.Result r = QdpxWriter.write(data, out, options, (done, total) -> progress.step("sources", done, total));
        exported("project to " + r.file().getFileName() + " (qdpx)");
        return new Exported(r.file(), r.bytes(), r.sources(), r.selections());
    }

    /** Writes the code book (nodes, and a set of nodes per theme) as a QDC. */
    public Path exportCodeBook(Path out) {
        RefiData.Project data = db.read(tx -> new RefiExport(tx, db.layout()).codeBook());
        Path written = QdpxWriter.writeCodeBook(data.origin(), data.codes(), data.sets(), out);
        exported("code book to " + written.getFileName() + " (qdc)");
        return written;
    }

    /** Records the export for the phase tracker (report phase). */
    private void exported(String detail) {
        db.write(coder, tx -> {
            tx.activity().insert(org.quire.model.ActivityKind.EXPORT, null, detail, tx.coder().id(), tx.now());
            return null;
        });
    }
}
