package org.quire.service.guide;

import java.time.Instant;
import org.quire.model.QuireException;

/**
 * What the checks count as worth a look.
 *
 * @param fewExtracts    a theme with fewer extracts than this is listed
 * @param candidateWeeks a candidate theme made more than this many weeks ago is listed
 * @param asOf           the moment ages are measured at (now, except in tests)
 */
public record CheckOptions(int fewExtracts, int candidateWeeks, Instant asOf) {
    public static final int FEW_EXTRACTS = 3;
    public static final int CANDIDATE_WEEKS = 4;

    public CheckOptions {
        if (fewExtracts < 1) {
            throw new QuireException("The number of extracts a theme should have must be 1 or more, not " + fewExtracts);
        }
        if (candidateWeeks < 1) {
            throw new QuireException("The number of weeks a theme may stay a candidate must be 1 or more, not "
                    + candidateWeeks);
        }
        if (asOf == null) {
            asOf = Instant.now();
        }
    }

    public static CheckOptions defaults() {
        return new CheckOptions(FEW_EXTRACTS, CANDIDATE_WEEKS, null);
    }

    public CheckOptions withCandidateWeeks(int weeks) {
        return new CheckOptions(fewExtracts, weeks, asOf);
    }

    public CheckOptions withFewExtracts(int n) {
        return new CheckOptions(n, candidateWeeks, asOf);
    }
}
