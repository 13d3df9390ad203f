package org.quire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuidsTest {
    @Test
    void newGuidsAreUniqueTimeOrderedVersion7UuidsSoTheyAppendToTheGuidIndexes() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(Guids.next());
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
        // Made one after another, each sorts after the one before, as text too (how the index compares).
        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i).compareTo(made.get(i - 1))).isPositive();
        }
        UUID parsed = UUID.fromString(made.get(0));
        assertThat(parsed.version()).isEqualTo(7);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(made.get(0)).hasSize(36).isLowerCase();
    }
}
