package org.quire.imports;

import com.rtfparserkit.parser.RtfStreamSource;
import com.rtfparserkit.parser.standard.StandardRtfParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Rich Text Format documents, read with rtfparserkit (which decodes code pages and Unicode
 * escapes). Kept: paragraphs, line breaks, list bullets and numbers, table rows (cells joined as in
 * Word documents), field results (a hyperlink's visible text), and footnotes and comments after
 * the body, marked like those of Word documents. Not kept: headers and footers, text boxes,
 * pictures and formatting.
 */
public final class RtfImporter implements Importer {
    @Override
    public String format() {
        return "rtf";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("rtf");
    }

    @Override
    public boolean recognises(byte[] head) {
        return FileSignature.RTF.matches(head);
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        return ImportFailures.guard(file, () -> {
            TextBuilder out = new TextBuilder(limits.maxTextChars());
            RtfText text = new RtfText(out);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                new StandardRtfParser().parse(new RtfStreamSource(in), text);
            }
            text.finish();
            if (out.length() == 0) {
                throw new ImportException(file, "the document has no text in it");
            }
            return out.build(text.title(), "rtf", null);
        });
    }
}
