package org.quire.generate;

/** The kinds of source a generated project holds, with the folder and data type each is filed under. */
enum SourceKind {
    /** One to three pages typed up after a day in the field, a meeting or a conversation. */
    NOTE("Field notes"),
    /** About thirty pages of an interview, in speaker turns. */
    TRANSCRIPT("Interviews"),
    /** About a hundred pages of an evaluation or annual report, in numbered sections. */
    REPORT("Reports");

    private final String folder;

    SourceKind(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }
}
