package org.quire.model;

/**
 * One speaker's turn in a transcript.
 *
 * @param speaker          the speaker's name as normalised by the transcript parser
 * @param span             the whole turn: from the start of its label line to the end of its last
 *                         non-blank character before the next turn
 * @param timestampSeconds the time given at the turn, in seconds, or null when it has none
 * @param timestampSpan    where that time is written, or null
 */
public record SpeakerTurn(String speaker, Span span, Integer timestampSeconds, Span timestampSpan) {
}
