package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
    @Test
    void utf8IsReadAsUtf8() {
        CharsetDetector.Decoded d = CharsetDetector.decode("naïve café 👩🏽‍⚕️".getBytes(StandardCharsets.UTF_8));

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo("naïve café 👩🏽‍⚕️");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(CharsetDetector.decode(bytes).text()).isEqualTo("hello");
    }

    @Test
    void utf16LittleEndianWithBomIsRead() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Interviewer: café".getBytes(StandardCharsets.UTF_16LE));

        CharsetDetector.Decoded d = CharsetDetector.decode(bytes);

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.text()).isEqualTo("Interviewer: café");
    }

    @Test
    void utf16BigEndianWithBomIsRead() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Respondent: ok ✓".getBytes(StandardCharsets.UTF_16BE));

        CharsetDetector.Decoded d = CharsetDetector.decode(bytes);

        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(d.text()).isEqualTo("Respondent: ok ✓");
    }

    @Test
    void windows1252CurlyQuotesBecomeCurlyQuotes() {
        byte[] bytes = {(byte) 0x93, 'N', 'o', 'r', 't', 'h', ' ', 's', 't', 'a', 'r', (byte) 0x94, ' ', (byte) 0x96, ' ', 'c',
            'a', 'f', (byte) 0xE9};

        CharsetDetector.Decoded d = CharsetDetector.decode(bytes);

        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(d.text()).isEqualTo("\u201CNorth star\u201D \u2013 café");
    }

    @Test
    void latin1WithoutTypographicBytesIsReadAsLatin1() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', 'd', (byte) 0xE9, 'j', (byte) 0xE0};

        CharsetDetector.Decoded d = CharsetDetector.decode(bytes);

        assertThat(d.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(d.text()).isEqualTo("café déjà");
    }

    @Test
    void binaryDataIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(CharsetDetector.decode(png)).isNull();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
