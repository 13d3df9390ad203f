package org.quire.service.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContextsTest {
    @Test
    void whiteSpaceBecomesOneSpaceExactlyAsTheRegularExpressionMadeIt() {
        Pattern white = Pattern.compile("\\s+");
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003\u001Cab.";
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Contexts.oneSpace(s)).as("[%s]", s).isEqualTo(white.matcher(s).replaceAll(" "));
        }
    }
}
