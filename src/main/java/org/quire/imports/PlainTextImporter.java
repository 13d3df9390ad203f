package org.quire.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Plain text and Markdown. The text is kept exactly as written (Markdown syntax included, because
 * that is what the researcher typed); paragraphs are runs of lines between blank lines.
 */
public final class PlainTextImporter implements Importer {
    private final String format;
    private final Set<String> extensions;

    private PlainTextImporter(String format, Set<String> extensions) {
        this.format = format;
        this.extensions = extensions;
    }

    public static PlainTextImporter text() {
        return new PlainTextImporter("txt", Set.of("txt", "text"));
    }

    public static PlainTextImporter markdown() {
        return new PlainTextImporter("md", Set.of("md", "markdown"));
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    @Override
    public boolean recognises(byte[] head) {
        return false;
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes);
        if (decoded == null) {
            throw new ImportException(file, "this is binary data, not text — is it the right file?");
        }
        String text = TextNormalizer.normalize(decoded.text());
        if (text.length() > limits.maxTextChars()) {
            throw new ImportException(file, "the text is longer than the limit of " + limits.maxTextChars() + " characters");
        }
        if (text.isBlank()) {
            throw new ImportException(file, "the file has no text in it");
        }
        return new ImportedText(null, format, decoded.charset().name(), text,
                TextNormalizer.paragraphsOf(text), List.of(), List.of());
    }
}
