package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfImporterTest {
    @TempDir
    Path dir;

    @Test
    void paragraphsTablesUnicodeAndFootnotesAreKept() throws IOException {
        Path file = dir.resolve("transcript.rtf");
        Files.writeString(file, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                + "{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\title Interview three}{\\author X}}"
                + "{\\header Page header}"
                + "\\pard First paragraph with \\ldblquote quotes\\rdblquote  and caf\\'e9.\\par"
                + "\\pard Second line\\line continues \\u8212? and \\uc1\\u-10179?\\u-8704? emoji."
                + "{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} A note.}\\par"
                + "{\\field{\\*\\fldinst HYPERLINK \"http://example.org\"}{\\fldrslt the link}}\\par"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl Name\\cell Role\\cell\\row"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl Ana\\cell Chair\\cell\\row"
                + "\\pard Last.\\par}", StandardCharsets.US_ASCII);

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("rtf");
        assertThat(imported.title()).isEqualTo("Interview three");
        assertThat(imported.text()).isEqualTo("""
                First paragraph with \u201Cquotes\u201D and café.

                Second line
                continues — and 😀 emoji.[1]

                the link

                Name | Role

                Ana | Chair

                Last.

                [Footnote 1] A note.""");
    }
}
