package org.quire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {
    @Test
    void headingsParagraphsBulletsAndQuotesBecomeBlocks() {
        List<Narrative.Block> blocks = Narrative.parse("""
                # Who holds the door
                The shared vision
                is spoken by all.

                > We are the ones
                > who stay late.
                - volunteers
                - staff
                ## After March
                """);

        assertThat(blocks).extracting(Narrative.Block::kind).containsExactly(Narrative.Kind.HEADING,
                Narrative.Kind.PARAGRAPH, Narrative.Kind.QUOTE, Narrative.Kind.BULLET, Narrative.Kind.BULLET,
                Narrative.Kind.SUBHEADING);
        assertThat(blocks.get(1).plainText()).isEqualTo("The shared vision is spoken by all.");
        assertThat(blocks.get(2).plainText()).isEqualTo("We are the ones who stay late.");
    }

    @Test
    void boldAndItalicAreRunsAndUnmatchedStarsStayAsWritten() {
        List<Narrative.Run> runs = Narrative.parse("The **north star** is *shared*, 5 * 3 and \\*literal\\*.")
                .get(0).runs();

        assertThat(runs).containsExactly(new Narrative.Run("The ", false, false),
                new Narrative.Run("north star", true, false), new Narrative.Run(" is ", false, false),
                new Narrative.Run("shared", false, true), new Narrative.Run(", 5 * 3 and *literal*.", false, false));
    }

    @Test
    void wordCountLeavesOutTheMarkup() {
        assertThat(Narrative.wordCount("# Title\n\n**Bold** words and\n- a bullet")).isEqualTo(6);
        assertThat(Narrative.parse(null)).isEmpty();
        assertThat(Narrative.parse("   \n\n")).isEmpty();
    }
}
