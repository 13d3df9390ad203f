package org.quire.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Span;

/**
 * Stores a source's paragraphs or pages, in order, as one small binary value: for each span the gap
 * from the previous span's end (zigzag, so an overlap is kept too) and its length, as LEB128
 * varints; about three bytes a paragraph. Read whole with its source, never searched inside.
 */
final class SpanListCodec {
    private SpanListCodec() {
    }

    static byte[] encode(List<Span> spans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(spans.size() * 3 + 4);
        int previousEnd = 0;
        for (Span s : spans) {
            int gap = s.start() - previousEnd;
            write(out, (gap << 1) ^ (gap >> 31));
            write(out, s.end() - s.start());
            previousEnd = s.end();
        }
        return out.toByteArray();
    }

    static List<Span> decode(byte[] bytes) {
        List<Span> spans = new ArrayList<>(bytes.length / 3 + 1);
        int previousEnd = 0;
        int value = 0;
        int shift = 0;
        boolean gapRead = false;
        int start = 0;
        for (byte b : bytes) {
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) != 0) {
                shift += 7;
                continue;
            }
            if (!gapRead) {
                start = previousEnd + ((value >>> 1) ^ -(value & 1));
                gapRead = true;
            } else {
                previousEnd = start + value;
                spans.add(new Span(start, previousEnd));
                gapRead = false;
            }
            value = 0;
            shift = 0;
        }
        if (gapRead || shift != 0) {
            throw new IllegalArgumentException("a span list cut short after " + spans.size() + " spans");
        }
        return spans;
    }

    private static void write(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }
}
