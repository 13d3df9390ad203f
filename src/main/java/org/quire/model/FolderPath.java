package org.quire.model;

/** Source folder paths: {@code Field notes/2017}, separated by '/', with no leading or trailing '/'. */
public final class FolderPath {
    private FolderPath() {
    }

    /** The folder written the one way Quire stores it: '/' separators, no empty parts, "" for the top. */
    public static String normalize(String folder) {
        String f = folder.replace('\\', '/').strip();
        while (f.startsWith("/")) {
            f = f.substring(1);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f.replaceAll("/+", "/");
    }
}
