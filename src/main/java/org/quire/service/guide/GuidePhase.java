package org.quire.service.guide;

import java.util.List;
import org.quire.service.method.Phase;

/**
 * One of Braun &amp; Clarke's six phases as the guide shows it to a student: what it asks (in our
 * words, with the writing it draws on), the steps Quire offers for it, what the project shows so
 * far (the phase tracker's evidence) and where the sample project shows it done.
 */
public record GuidePhase(int number, String name, String laterName, String asks, List<String> sources,
                         List<GuideStep> steps, Phase progress, SampleStop sample) {
}
