package org.quire.service.guide;

import java.util.ArrayList;
import java.util.List;
import org.quire.service.method.Phase;

/**
 * The guide's words for each phase. Written for Quire in our own words; the ideas are Braun and
 * Clarke's, and each phase names the writing it draws on so a student can go and read it.
 */
final class GuideContent {
    static final String B_C_2006 = "Braun, V. & Clarke, V. (2006). Using thematic analysis in psychology."
            + " Qualitative Research in Psychology, 3(2), 77–101.";
    static final String B_C_2019 = "Braun, V. & Clarke, V. (2019). Reflecting on reflexive thematic analysis."
            + " Qualitative Research in Sport, Exercise and Health, 11(4), 589–597.";
    static final String B_C_2021 = "Braun, V. & Clarke, V. (2021). One size fits all? What counts as quality"
            + " practice in (reflexive) thematic analysis? Qualitative Research in Psychology, 18(3), 328–352.";

    /** The six phases' texts, without the project's progress. */
    record Text(int number, String name, String laterName, String asks, List<String> sources, List<GuideStep> steps,
                SampleStop sample) {
    }

    static final List<Text> PHASES = List.of(
            new Text(1, "Familiarising yourself with the data", "Familiarisation",
                    "Before coding anything, get to know the whole data set well. Read every source, and read them"
                            + " again; listen to recordings if you have them. Note what catches your attention as"
                            + " you go: first ideas, puzzles, questions, and your own reactions. These notes are"
                            + " already analysis: in reflexive thematic analysis what you bring to the data is part"
                            + " of the work, so it is worth writing it down from the start.",
                    List.of(B_C_2006, B_C_2019),
                    List.of(GuideStep.OPEN_UNREAD_SOURCES, GuideStep.JOURNAL),
                    new SampleStop("The field note '2017-09-14 Steering group visit' carries annotations on the passages"
                            + " that struck the researcher, and the project journal holds dated notes from autumn 2017"
                            + " onwards.", Target.Kind.SOURCE, "2017-09-14 Steering group visit")),
            new Text(2, "Generating initial codes", "Coding",
                    "Work through the data set systematically and give a code to each passage that says something"
                            + " relevant to your research question: a short label for what the passage is about, or"
                            + " what you think it means. Give every source the same attention; one passage can carry"
                            + " several codes. Codes are your tools and they will change as you go, so describe each"
                            + " one when you make it: the description keeps its meaning steady and stops duplicates.",
                    List.of(B_C_2006, B_C_2021),
                    List.of(GuideStep.CODE),
                    new SampleStop("The code 'North star' (under Partnership working/Shared vision) has a description,"
                            + " passages from several sources, and a memo with dated entries on how its meaning"
                            + " settled.", Target.Kind.NODE, "Partnership working/Shared vision/North star")),
            new Text(3, "Searching for themes", "Generating initial themes",
                    "Step back from single codes and look for broader patterns of shared meaning across them. Gather"
                            + " codes that seem to belong together into candidate themes, each built around one"
                            + " central idea rather than a topic heading. Themes do not emerge by themselves: you make"
                            + " them, from the data and from your questions. At this point they are provisional, so"
                            + " expect to change them, and sketch how they might relate to each other.",
                    List.of(B_C_2006, B_C_2019),
                    List.of(GuideStep.NEW_THEME, GuideStep.THEMATIC_MAP),
                    new SampleStop("'Good neighbours with a map' is still a candidate theme: fed by codes, with a first"
                            + " definition but no quotations chosen yet.", Target.Kind.THEME,
                            "Good neighbours with a map")),
            new Text(4, "Reviewing themes", "Developing and reviewing themes",
                    "Test each candidate theme twice. First against its own coded extracts: do they hang together"
                            + " around the central idea? Then against the whole data set: does the theme make sense of"
                            + " the data, and has anything important been left out? A theme may split, merge with"
                            + " another, or be set aside; write down why, because those decisions are part of the"
                            + " story of your analysis.",
                    List.of(B_C_2006, B_C_2021),
                    List.of(GuideStep.THEME_MATRIX, GuideStep.THEMATIC_MAP),
                    new SampleStop("'Running on goodwill' was discarded on review: its timeline gives the reason, and"
                            + " the extracts went to other themes.", Target.Kind.THEME, "Running on goodwill")),
            new Text(5, "Defining and naming themes", "Refining, defining and naming themes",
                    "Say what each theme is about in a few sentences: its central organising concept, what it takes"
                            + " in and what it leaves out, and where it sits in the overall story you are telling."
                            + " If you cannot say it briefly, the theme may need more work. Then choose a name that is"
                            + " short and tells a reader what to expect.",
                    List.of(B_C_2006, B_C_2019),
                    List.of(GuideStep.DEFINE_THEME),
                    new SampleStop("'Standing in the doorway' is defined: a definition, notes on what is in and out of"
                            + " scope, a narrative and two sub-themes.", Target.Kind.THEME, "Standing in the doorway")),
            new Text(6, "Producing the report", "Writing up",
                    "Write the analysis up as an argument, not a list. Each theme gets extracts chosen because they"
                            + " show it well, and your interpretation of what they say about your question. Writing is"
                            + " still analysis: themes often sharpen on the page. Say how you did the analysis too, so"
                            + " a reader can judge it; the 15-point checklist on the Phases & checklist tab helps.",
                    List.of(B_C_2006, B_C_2021),
                    List.of(GuideStep.BUILD_REPORT),
                    new SampleStop("'Counting and being counted' is final, with chosen quotations that the Word report"
                            + " prints with their sources; the checklist answers sit beside the evidence.",
                            Target.Kind.THEME, "Counting and being counted")));

    private GuideContent() {
    }

    /** The phases with the project's progress beside each (by phase number). */
    static List<GuidePhase> phases(List<Phase> progress) {
        List<GuidePhase> out = new ArrayList<>();
        for (Text t : PHASES) {
            Phase p = progress.stream().filter(x -> x.number() == t.number()).findFirst().orElse(null);
            out.add(new GuidePhase(t.number(), t.name(), t.laterName(), t.asks(), t.sources(), t.steps(), p, t.sample()));
        }
        return out;
    }
}
