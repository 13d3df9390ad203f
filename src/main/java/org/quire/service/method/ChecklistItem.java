package org.quire.service.method;

import java.util.List;
import org.quire.model.ChecklistAnswer;
import org.quire.model.ChecklistPoint;

/**
 * One checklist point with the researcher's answer (null when not answered yet) beside the
 * evidence the project computes for it.
 *
 * @param evidence one-line statements, e.g. "38 of 40 sources have coding (median 22% of text coded)"
 * @param items    what the evidence points at, e.g. the uncoded sources or the themes without nodes
 */
public record ChecklistItem(ChecklistPoint point, ChecklistAnswer answer, List<String> evidence, List<String> items) {
}
