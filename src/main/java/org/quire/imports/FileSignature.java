package org.quire.imports;

/**
 * Well-known file signatures, so that a file whose name lies about its content gets a message
 * saying what it really is ("the content is a PNG image").
 */
public enum FileSignature {
    PDF("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
    ZIP("a ZIP container (Word, Excel, OpenDocument or a plain archive)", new int[] {'P', 'K', 3, 4}),
    OLE2("an old-style Office file (.doc, .xls or .ppt)", new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
    RTF("a Rich Text Format document", new int[] {'{', '\\', 'r', 't', 'f'}),
    PNG("a PNG image", new int[] {0x89, 'P', 'N', 'G'}),
    JPEG("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
    GIF("a GIF image", new int[] {'G', 'I', 'F', '8'}),
    GZIP("a gzip archive", new int[] {0x1F, 0x8B}),
    SEVEN_ZIP("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
    ELF("a program (executable)", new int[] {0x7F, 'E', 'L', 'F'}),
    WINDOWS_EXE("a Windows program (executable)", new int[] {'M', 'Z'}),
    MP3("an MP3 audio file", new int[] {'I', 'D', '3'}),
    MP4("a video or audio file (MP4)", new int[] {-1, -1, -1, -1, 'f', 't', 'y', 'p'});

    private final String description;
    private final int[] magic;

    FileSignature(String description, int[] magic) {
        this.description = description;
        this.magic = magic;
    }

    public String description() {
        return description;
    }

    /** The signature the bytes start with, or null when none is known. */
    public static FileSignature of(byte[] head) {
        for (FileSignature s : values()) {
            if (s.matches(head)) {
                return s;
            }
        }
        return null;
    }

    public boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] >= 0 && (head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
