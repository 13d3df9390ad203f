package org.quire.imports;

import org.quire.model.SpeakerTurn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptParserTest {
    @Test
    void nameColonTurnsAreFoundWithTheirWholeSpan() {
        String text = "Sam: How did the board meeting go?\n\nAna: Badly.\nIt ran late.\n\nSam: Why?\nAna: Nobody knew.";

        List<SpeakerTurn> turns = TranscriptParser.parse(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly("Sam", "Ana", "Sam", "Ana");
        assertThat(text.substring(turns.get(1).span().start(), turns.get(1).span().end()))
                .isEqualTo("Ana: Badly.\nIt ran late.");
        assertThat(turns.get(3).span().end()).isEqualTo(text.length());
        assertThat(turns).allSatisfy(t -> assertThat(t.timestampSeconds()).isNull());
    }

    @Test
    void rolesInAnyCaseAreOneSpeakerWithConsistentCase() {
        String text = "INTERVIEWER: Tell me about it.\nRespondent: Well.\ninterviewer: Go on.\nRESPONDENT: Fine.";

        List<SpeakerTurn> turns = TranscriptParser.parse(text);

        assertThat(turns).extracting(SpeakerTurn::speaker)
                .containsExactly("Interviewer", "Respondent", "Interviewer", "Respondent");
    }

    @Test
    void timestampsBeforeOrAfterTheNameAreReadInSeconds() {
        String text = "[00:12:31] Sam: First.\n(12:40) Ana: Second.\nSam [00:13:05]: Third.\nAna: (13:10) Fourth.";

        List<SpeakerTurn> turns = TranscriptParser.parse(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly("Sam", "Ana", "Sam", "Ana");
        assertThat(turns).extracting(SpeakerTurn::timestampSeconds).containsExactly(751, 760, 785, 790);
        SpeakerTurn first = turns.get(0);
        assertThat(text.substring(first.timestampSpan().start(), first.timestampSpan().end())).isEqualTo("[00:12:31]");
        SpeakerTurn last = turns.get(3);
        assertThat(text.substring(last.timestampSpan().start(), last.timestampSpan().end())).isEqualTo("(13:10)");
    }

    @Test
    void bracketedNamesAreSpeakers() {
        String text = "[Maria] We started in 2019.\n[Facilitator] And then?\n[Maria] Then the funding went.\n"
                + "[Facilitator] Thanks.";

        assertThat(TranscriptParser.parse(text)).extracting(SpeakerTurn::speaker)
                .containsExactly("Maria", "Facilitator", "Maria", "Facilitator");
    }

    @Test
    void ordinaryProseWithLabelsIsNotATranscript() {
        String minutes = "Note: the meeting started late.\nAction: Sam to write to the trust.\n"
                + "Action: Ana to book the hall.\nDate: 12 May\nNote: quorum reached.";

        assertThat(TranscriptParser.parse(minutes)).isEmpty();
    }

    @Test
    void aLabelThatOccursOnceIsNotASpeaker() {
        String text = "Summary of the day.\nPeter: said he would come back.\nThe rest was quiet.";

        assertThat(TranscriptParser.parse(text)).isEmpty();
    }

    @Test
    void aSingleRecurringPlainNameIsNotEnough() {
        String text = "Chapter One: the start\nSome prose here.\nChapter One: again";

        assertThat(TranscriptParser.parse(text)).isEmpty();
    }

    @Test
    void labelsMustBeginTheLine() {
        String text = "We asked Sam: why?\nThen Ana: because.\nWe asked Sam: why?\nThen Ana: because.";

        assertThat(TranscriptParser.parse(text)).isEmpty();
    }

    @Test
    void clockTimesInProseAreNotSpeakers() {
        String text = "10:30 coffee\n11:00 start\n10:30 coffee again";

        assertThat(TranscriptParser.parse(text)).isEmpty();
    }
}
