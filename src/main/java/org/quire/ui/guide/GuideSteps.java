package org.quire.ui.guide;

import org.quire.model.NodeId;
import org.quire.model.ThemeId;

/**
 * The window's own commands that the guide's buttons take. The shell provides them (each is a
 * command the workbench already has: a menu item, a tab, an export), so the guide never reaches
 * into another panel.
 */
public interface GuideSteps {
    /** Opens the project journal (Memos → Project journal, Ctrl+J). */
    void journal();

    /** Opens the Themes board and asks for a new candidate theme's name. */
    void newCandidateTheme();

    /** Opens the thematic map. */
    void thematicMap();

    /** Opens the theme matrix. */
    void themeMatrix();

    /** Opens the theme in the theme editor with its definition ready to type. */
    void editDefinition(ThemeId theme);

    /** Builds the Word report (File → Export → Report), asking where to save it. */
    void buildReport();

    /** Shows the theme on the Themes board, selected, with its editor. */
    void showTheme(ThemeId theme);

    /** Opens the node's details. */
    void showNode(NodeId node);

    /**
     * Opens the sample project in place of this one and shows phase {@code phase}'s example there;
     * every change here is saved already, and the project stays in File → Open recent.
     */
    void openSample(int phase);
}
