package org.quire.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Stores ascending word offsets compactly: deltas as unsigned LEB128 varints (about 1.2 bytes a word). */
final class WordStartsCodec {
    private WordStartsCodec() {
    }

    static byte[] encode(int[] starts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(starts.length + 8);
        int previous = 0;
        for (int s : starts) {
            int delta = s - previous;
            previous = s;
            while ((delta & ~0x7F) != 0) {
                out.write((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            out.write(delta);
        }
        return out.toByteArray();
    }

    static int[] decode(byte[] bytes) {
        int[] starts = new int[bytes.length];
        int count = 0;
        int value = 0;
        int shift = 0;
        int previous = 0;
        for (byte b : bytes) {
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) != 0) {
                shift += 7;
            } else {
                previous += value;
                starts[count++] = previous;
                value = 0;
                shift = 0;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
