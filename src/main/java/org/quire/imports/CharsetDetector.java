package org.quire.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how the bytes of a text file are encoded, never falling back to the platform default:
 * a byte-order mark wins; else strict UTF-8 if the bytes are valid UTF-8; else Windows-1252 when
 * its typographic bytes (0x80–0x9F: curly quotes, dashes, the euro sign) appear and are all
 * defined there; else ISO-8859-1.
 */
public final class CharsetDetector {
    /** A decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetector() {
    }

    /** Decodes {@code bytes}, or returns null when they are not text (binary data). */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset single = usesWindows1252(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
            return new Decoded(new String(bytes, single), single);
        }
    }

    private static boolean usesWindows1252(byte[] bytes) {
        boolean typographic = false;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                return false;
            }
            if (v >= 0x80 && v <= 0x9F) {
                typographic = true;
            }
        }
        return typographic;
    }

    /** UTF-16 text without a BOM shows as a zero byte in every other position. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.9 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.9 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Text has no NUL bytes and few control characters; a file that does is an image, an archive
     * or some other binary named as text.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = bytes[i] & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                controls++;
            }
        }
        return n > 0 && controls > n / 100 + 1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
