package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.prefs.MemoryDisplay;
import org.quire.ui.workbench.WorkbenchView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every piece of text the workbench shows meets WCAG AA contrast (4.5:1) against what is drawn behind
 * it, in the light and the dark theme. The colours are read from the running window after CSS, not
 * from the style sheets, so a rule that is overridden elsewhere cannot hide a failure.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastUiTest {
    private static final double AA = 4.5;

    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private WorkbenchView view;
    private DisplaySettings display;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Project project = WorkbenchWindow.projectWith(dir, "notes.txt",
                "The north star of the partnership.\n\nTrust came later, with the money.");
        project.nodes().createPath("Trust/Between partners", "", null);
        display = new DisplaySettings(new MemoryDisplay());
        window = WorkbenchWindow.show(stage, project, new WorkbenchView.Shell(List.of(), List.of(), display), 1280, 800);
        view = window.view;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyVisibleTextMeetsAaContrastAgainstItsBackground(boolean dark, FxRobot robot) throws Exception {
        robot.interact(() -> display.darkProperty().set(dark));
        SourceList sources = SourceList.of(robot);
        SourceList.open(robot, sources, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.documentArea() != null
                && view.documentArea().getLength() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> failures = new ArrayList<>();
        robot.interact(() -> check(stage.getScene().getRoot(), failures));
        assertThat(failures).as(dark ? "dark theme" : "light theme").isEmpty();
    }

    private static void check(Node node, List<String> failures) {
        if (!node.isVisible() || node.getOpacity() < 0.5 || node.isDisabled()) {
            return;
        }
        String text = null;
        Paint fill = null;
        if (node instanceof Text t && !t.getText().isBlank()) {
            text = t.getText();
            fill = t.getFill();
        }
        if (text != null && fill instanceof Color fg && fg.getOpacity() > 0) {
            Color bg = backgroundOf(node);
            double ratio = org.quire.ui.common.Contrast.ratio(fg, bg);
            if (ratio < AA) {
                failures.add(String.format("'%s' (%s in %s): %s on %s is %.2f:1", shorten(text),
                        node.getClass().getSimpleName(), owner(node), hex(fg), hex(bg), ratio));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, failures);
            }
        }
    }

    /** The colour painted behind a node: the nearest ancestor with an opaque background fill. */
    private static Color backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                Background b = r.getBackground();
                if (b != null) {
                    List<BackgroundFill> fills = b.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                            return c;
                        }
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static String owner(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return "#" + n.getId();
            }
            if (n instanceof Labeled) {
                return n.getClass().getSimpleName();
            }
        }
        return "window";
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 30 ? one.substring(0, 29) + "…" : one;
    }
}
