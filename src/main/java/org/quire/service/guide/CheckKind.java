package org.quire.service.guide;

/** The gentle checks a student can run at any time; none of them stops anything. */
public enum CheckKind {
    FEW_EXTRACTS("Themes with few extracts",
            "A theme resting on a handful of extracts may be an idea not yet backed by the data, or a code rather than a theme."),
    ONE_SOURCE("Themes drawn from one source only",
            "A pattern across the data set usually shows in more than one source; check whether this one does."),
    CODES_USED_ONCE("Codes used once",
            "A code applied to one passage may belong with another code, or may be worth looking for elsewhere."),
    SOURCES_NOT_OPENED("Sources never opened",
            "Familiarisation means reading all of the data; these sources have not been opened in Quire."),
    NO_DEFINITION("Themes without a definition",
            "If a theme's central idea cannot be said in a few sentences yet, it may need more work or splitting."),
    OLD_CANDIDATES("Candidate themes left for a while",
            "These were made some weeks ago and are still candidates: review them, keep them, or let them go."),
    SHARED_EXTRACTS("Extracts in several themes",
            "Some overlap is normal; much of it can mean two themes are really one, or their boundaries are unclear.");

    private final String title;
    private final String why;

    CheckKind(String title, String why) {
        this.title = title;
        this.why = why;
    }

    public String title() {
        return title;
    }

    /** Why the check is worth a look, in a sentence. */
    public String why() {
        return why;
    }
}
