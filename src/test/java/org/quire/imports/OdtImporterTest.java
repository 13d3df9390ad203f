package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtImporterTest {
    static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    @TempDir
    Path dir;

    @Test
    void headingsParagraphsListsTablesNotesAndCommentsAreKeptInOrder() throws IOException {
        Path file = odt(dir.resolve("notes.odt"), """
                <office:automatic-styles>
                  <text:list-style style:name="L1">
                    <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
                  </text:list-style>
                </office:automatic-styles>
                <office:body><office:text>
                  <text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>
                  <text:h text:outline-level="1">Interview   with P4</text:h>
                  <text:p>Two<text:s text:c="3"/>spaces<text:tab/>tab<text:line-break/>new line.</text:p>
                  <text:p>She paused.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
                    <text:note-body><text:p>A long pause.</text:p></text:note-body></text:note> Then spoke.
                    <office:annotation><dc:creator>Ana</dc:creator><dc:date>2024-01-01</dc:date>
                    <text:p>Key moment</text:p></office:annotation></text:p>
                  <text:list text:style-name="L1">
                    <text:list-item><text:p>First</text:p></text:list-item>
                    <text:list-item><text:p>Second</text:p></text:list-item>
                  </text:list>
                  <table:table><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>
                    <table:table-cell><text:p>Role</text:p></table:table-cell></table:table-row>
                    <table:table-row><table:table-cell><text:p>Ana</text:p></table:table-cell>
                    <table:table-cell><text:p>Chair</text:p></table:table-cell></table:table-row></table:table>
                  <text:p>Caf\u0065\u0301 😀<draw:frame><draw:text-box><text:p>Boxed aside</text:p></draw:text-box></draw:frame></text:p>
                  <text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
                </office:text></office:body>""");

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("odt");
        assertThat(imported.title()).isEqualTo("Interview four");
        assertThat(imported.text()).isEqualTo("""
                Interview with P4

                Two   spaces\ttab
                new line.

                She paused.[1] Then spoke.

                1. First

                2. Second

                Name | Role

                Ana | Chair

                Caf\u00E9 😀

                Boxed aside

                [Footnote 1] A long pause.

                [Comment by Ana] Key moment""");
    }

    static Path odt(Path file, String body) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                + NAMESPACES + ">" + body + "</office:document-content>");
        entries.put("meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + NAMESPACES
                + "><office:meta><dc:title>Interview four</dc:title></office:meta></office:document-meta>");
        return TestFiles.zip(file, entries);
    }
}
