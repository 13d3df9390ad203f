package org.quire.exports.refi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.quire.exports.KeepOpenStream;
import org.quire.model.QuireException;

/**
 * Writes a {@code .qdpx}: {@code project.qde} and a lowercase {@code sources/} folder with one
 * {@code <guid>.txt} per source (UTF-8, no BOM) and the kept {@code .docx}/{@code .pdf} originals.
 * The archive is written to a temporary file beside the target and moved into place, so a failed
 * or interrupted export never leaves a half-written file under the chosen name.
 */
public final class QdpxWriter {
    /** Called after each source file is written. */
    public interface Progress {
        void sourceDone(int done, int total);
    }

    /** What was written. */
    public record Result(Path file, long bytes, int sources, int selections) {
    }

    /** The standard's limit for one file inside the archive (§8.5). */
    private static final long MAX_INTERNAL_BYTES = Integer.MAX_VALUE;

    private QdpxWriter() {
    }

    public static Result write(RefiData.Project project, Path target, RefiExportOptions options, Progress progress) {
        return atomically(target, tmp -> {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                // Why the buffer: the XML writer emits many tiny writes, and deflating each is slow.
                BufferedOutputStream xml = new BufferedOutputStream(new KeepOpenStream(zip), 1 << 16);
                QdeWriter.project(xml, project, options);
                xml.flush();
                zip.closeEntry();
                int done = 0;
                for (RefiData.Source s : project.sources()) {
                    zip.putNextEntry(new ZipEntry("sources/" + textFileName(s)));
                    String text = options.crlfText() ? s.text().replace("\n", "\r\n") : s.text();
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    if (s.original() != null) {
                        if (Files.size(s.original()) > MAX_INTERNAL_BYTES) {
                            throw new QuireException("The original of source '" + s.name() + "' is larger than the"
                                    + " 2 GB a REFI-QDA archive may hold per file");
                        }
                        zip.putNextEntry(new ZipEntry("sources/" + originalFileName(s)));
                        Files.copy(s.original(), zip);
                        zip.closeEntry();
                    }
                    progress.sourceDone(++done, project.sources().size());
                }
            } catch (XMLStreamException e) {
                throw new IOException("cannot write project.qde: " + e.getMessage(), e);
            }
            int selections = project.sources().stream().mapToInt(s -> s.selections().size()).sum();
            return new Result(target, Files.size(tmp), project.sources().size(), selections);
        });
    }

    /** Writes a {@code .qdc} code book. */
    public static Path writeCodeBook(String origin, List<RefiData.Code> codes, List<RefiData.Set> sets, Path target) {
        if (codes.isEmpty()) {
            throw new QuireException("The code book is empty: a REFI-QDA code book needs at least one code");
        }
        return atomically(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                QdeWriter.codeBook(out, origin, codes, sets);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the code book: " + e.getMessage(), e);
            }
            return target;
        });
    }

    static String textFileName(RefiData.Source s) {
        return (s.kind() == RefiData.Kind.PDF ? s.representationGuid() : s.guid()) + ".txt";
    }

    static String originalFileName(RefiData.Source s) {
        return s.guid() + "." + s.kind().name().toLowerCase(Locale.ROOT);
    }

    private interface Body<T> {
        T write(Path tmp) throws IOException;
    }

    private static <T> T atomically(Path target, Body<T> body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            T result = body.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return result;
        } catch (IOException e) {
            throw new QuireException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray .part file is visible and harmless; the target was never touched
                }
            }
        }
    }
}
