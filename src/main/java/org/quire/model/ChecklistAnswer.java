package org.quire.model;

import java.time.Instant;

/** The researcher's answer to one point of the checklist: verdict, text, who answered and when. */
public record ChecklistAnswer(int point, String guid, ChecklistStatus status, String answer, String coder,
                              Instant at) {
}
