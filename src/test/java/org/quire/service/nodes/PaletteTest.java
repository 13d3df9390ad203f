package org.quire.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void defaultColoursAreClearlyDistinctFromEachOther() {
        // No two default colours closer than a clearly visible difference (CIE76 ΔE in Lab > 20).
        for (int i = 0; i < Palette.COLORS.size(); i++) {
            for (int j = i + 1; j < Palette.COLORS.size(); j++) {
                assertThat(deltaE(Palette.COLORS.get(i), Palette.COLORS.get(j)))
                        .as(Palette.COLORS.get(i) + " vs " + Palette.COLORS.get(j)).isGreaterThan(20);
            }
        }
    }

    @Test
    void nodesMadeOneAfterAnotherGetTheNextColourAndThePaletteRepeats() {
        assertThat(Palette.colorFor(0)).isEqualTo("#E69F00");
        assertThat(Palette.colorFor(1)).isEqualTo("#56B4E9");
        assertThat(Palette.colorFor(Palette.COLORS.size())).isEqualTo(Palette.colorFor(0));
    }

    private static double deltaE(String a, String b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    /** sRGB hex to CIE L*a*b* (D65). */
    private static double[] lab(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
