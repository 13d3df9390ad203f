package org.quire.model;

import java.util.List;

/**
 * One of the fifteen criteria for a good thematic analysis that Braun and Clarke (2006, table 2)
 * group by process. The wording here is Quire's own paraphrase; the numbering and grouping follow
 * the published table so that a researcher can cite it.
 */
public record ChecklistPoint(int number, String process, String text) {
    /** The fifteen points in order. */
    public static final List<ChecklistPoint> ALL = List.of(
            new ChecklistPoint(1, "Transcription", "Transcripts are detailed enough for the analysis and have been"
                    + " checked against the recordings or originals."),
            new ChecklistPoint(2, "Coding", "Every data item has had the same care in coding, not only the most"
                    + " striking ones."),
            new ChecklistPoint(3, "Coding", "Themes rest on thorough, inclusive coding of the whole data set rather"
                    + " than on a handful of vivid examples."),
            new ChecklistPoint(4, "Coding", "For each theme, all the extracts relevant to it have been gathered."),
            new ChecklistPoint(5, "Coding", "Themes have been compared with one another and checked back against"
                    + " the original data."),
            new ChecklistPoint(6, "Coding", "Each theme hangs together internally and is clearly distinct from"
                    + " the others."),
            new ChecklistPoint(7, "Analysis", "The data have been interpreted and made sense of, not just"
                    + " summarised or paraphrased."),
            new ChecklistPoint(8, "Analysis", "The extracts bear out the analytic claims made about them."),
            new ChecklistPoint(9, "Analysis", "The analysis tells a well-organised, convincing story about the data"
                    + " and the topic."),
            new ChecklistPoint(10, "Analysis", "Analytic narrative and illustrative extracts are in good balance."),
            new ChecklistPoint(11, "Overall", "Each phase of the analysis has had enough time; none was rushed or"
                    + " skimmed."),
            new ChecklistPoint(12, "Written report", "The report makes the assumptions behind, and the particular"
                    + " form of, the thematic analysis explicit."),
            new ChecklistPoint(13, "Written report", "What the report says was done matches what it shows was done."),
            new ChecklistPoint(14, "Written report", "The report's language and concepts fit the epistemological"
                    + " position of the analysis."),
            new ChecklistPoint(15, "Written report", "The researcher is shown as active in the analysis; themes are"
                    + " not said simply to 'emerge'."));

    /** The point numbered {@code number}; a user error names the number when there is none. */
    public static ChecklistPoint get(int number) {
        if (number < 1 || number > ALL.size()) {
            throw new QuireException("There is no checklist point " + number + ": the points are numbered 1 to "
                    + ALL.size());
        }
        return ALL.get(number - 1);
    }
}
