package org.quire.imports.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a REFI-QDA text file: UTF-8, as the standard says, decoded as it streams in, so that a
 * large text is held once (plus the buffer it grows in) rather than as bytes, a decoded copy and
 * a trimmed copy. A leading byte-order mark is skipped and noted; malformed bytes become U+FFFD
 * and are noted, never guessed at.
 */
public final class Utf8Text {
    /** The longest text one source can hold (a Java string of two-byte characters). */
    public static final int MAX_CHARS = 1 << 30;
    private static final int CHUNK = 64 * 1024;

    /** A decoded text, without its byte-order mark. */
    public record Decoded(String text, boolean bom, boolean malformed) {
    }

    /** A text longer than {@link #MAX_CHARS}. */
    public static final class TooLongException extends IOException {
        TooLongException() {
            super(String.format(Locale.ENGLISH, "the text is longer than %,d characters, more than one source can"
                    + " hold", MAX_CHARS));
        }
    }

    private final StringBuilder out;
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean started;
    private boolean bom;

    private Utf8Text(long sizeHint) {
        out = new StringBuilder(sizeHint > 0 && sizeHint <= MAX_CHARS ? (int) sizeHint : CHUNK);
    }

    /**
     * @param sizeHint the file's size in bytes when known (a UTF-8 file never has more characters
     *                 than bytes, so the text is built in one buffer of that size), else -1
     */
    public static Decoded read(InputStream in, long sizeHint) throws IOException {
        return new Utf8Text(sizeHint).decode(in);
    }

    private Decoded decode(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        boolean malformed = false;
        boolean eof = false;
        while (!eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, eof);
            while (!r.isUnderflow()) {
                if (r.isError()) {
                    malformed = true;
                    bytes.position(bytes.position() + r.length());
                    if (!chars.hasRemaining()) {
                        drain();
                    }
                    chars.put('\uFFFD');
                } else {
                    drain();
                }
                r = decoder.decode(bytes, chars, eof);
            }
            bytes.compact();
        }
        while (decoder.flush(chars).isOverflow()) {
            drain();
        }
        drain();
        return new Decoded(out.toString(), bom, malformed);
    }

    /** Moves decoded characters to the text, skipping a byte-order mark at its very start. */
    private void drain() throws TooLongException {
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                bom = true;
                chars.get();
            }
        }
        if ((long) out.length() + chars.remaining() > MAX_CHARS) {
            throw new TooLongException();
        }
        out.append(chars);
        chars.clear();
    }
}
