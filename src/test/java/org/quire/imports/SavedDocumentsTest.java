package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same field notes saved by LibreOffice as .doc, .odt and .rtf (see
 * src/test/resources/imports/README.md): each format must read the same, as a researcher sees it.
 */
class SavedDocumentsTest {
    static final String EXPECTED = """
            Field notes, day 3

            We met at the café at ten.[1]

            1. Budget

            2. Volunteers

            Name | Role

            Ana | Chair

            North star came up again.

            [Footnote 1] Ana was late.""";

    @ParameterizedTest
    @ValueSource(strings = {"fieldnotes.doc", "fieldnotes.odt", "fieldnotes.rtf"})
    void documentsSavedByAWordProcessorReadAsTheReaderSeesThem(String name) throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/imports/" + name).toURI());

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo(name.substring(name.indexOf('.') + 1));
        assertThat(imported.text()).isEqualTo(EXPECTED);
        assertThat(imported.paragraphs()).hasSize(8);
    }
}
