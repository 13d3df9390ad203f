package org.quire.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InVivoTest {
    @Test
    void theSelectedWordsWithoutQuotesAndOuterPunctuationNameTheNode() {
        assertThat(InVivo.nameFor("  “a north star,\n for all of us.”  ")).isEqualTo("a north star, for all of us");
    }

    @Test
    void aSlashStaysPartOfTheNameRatherThanMakingAParent() {
        assertThat(InVivo.pathFor("health/social care")).isEqualTo("health\\/social care");
        assertThat(org.quire.model.NodePath.parse(InVivo.pathFor("health/social care")))
                .containsExactly("health/social care");
    }

    @Test
    void longSelectionsAreCutAtAWord() {
        String name = InVivo.nameFor("we never really knew who was in charge of the money or the decisions about it");
        assertThat(name).hasSizeLessThanOrEqualTo(InVivo.MAX_NAME).endsWith("…").doesNotContain("  ");
        assertThat(name).startsWith("we never really knew who was in charge of the money");
    }

    @Test
    void punctuationAloneNamesNothing() {
        assertThat(InVivo.nameFor(" … ")).isNull();
    }
}
