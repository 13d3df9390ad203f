package org.quire.service.guide;

/**
 * A step the guide offers as a button: each one is a command the workbench already has (the
 * front end decides how to take it); {@code label} is the button, {@code hint} says what it does.
 */
public enum GuideStep {
    OPEN_UNREAD_SOURCES("Open the sources not opened yet",
            "Opens each source you have not read in Quire yet in a tab of its own (ten at a time)."),
    JOURNAL("Write in the journal",
            "Opens the project journal (Ctrl+J): first impressions, questions, what you bring to the data."),
    CODE("Start coding",
            "Opens the next source with no coding yet. Select a passage with the mouse, then press Ctrl+Q to code it."),
    NEW_THEME("Make a candidate theme",
            "Opens the Themes board and asks for a name; the nodes selected in the code book feed the new theme."),
    THEMATIC_MAP("Open the thematic map",
            "Shows your themes and their nodes as boxes; drag them about and draw links between them."),
    THEME_MATRIX("Open the theme matrix",
            "Lays out every extract of a theme beside its source, so you can check that they hang together."),
    DEFINE_THEME("Write a definition",
            "Opens the first theme still without a definition in the theme editor, ready to type."),
    BUILD_REPORT("Build the report",
            "File → Export → Report as a Word document: themes, definitions, narratives and quotations with sources.");

    private final String label;
    private final String hint;

    GuideStep(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
