package org.quire.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warm-up builds a real document view with its coded text, off the window thread, without failing. */
@ExtendWith(ApplicationExtension.class)
class DocumentWarmupUiTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void theWarmUpShowsACodedTextInAViewBuiltOffTheWindowThread() {
        assertThat(Platform.isFxApplicationThread()).isFalse();

        DocumentView view = DocumentWarmup.run();

        assertThat(view.area().getText()).startsWith("The first interview");
        // The coded words carry the highlight's style; the text before them none.
        assertThat(view.area().getStyleOfChar(6)).isNotEmpty();
        assertThat(view.area().getStyleOfChar(1)).isEmpty();
    }
}
