package org.quire.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages and newsletters saved as HTML. Only the text a reader sees is kept: scripts, styles,
 * hidden elements and navigation chrome (menus, site headers and footers, cookie banners) are
 * dropped; block elements become paragraphs, list items keep a bullet, table rows become one
 * paragraph each. The page's {@code <title>} becomes the source's title. The character encoding
 * comes from a byte-order mark, else the page's own {@code <meta charset>}, else the bytes
 * themselves ({@link CharsetDetector}) — never the computer's default.
 */
public final class HtmlImporter implements Importer {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public boolean recognises(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    public ImportedText read(Path file, ImportLimits limits) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDetector.Decoded decoded = decode(bytes);
        if (decoded == null) {
            throw new ImportException(file, "this is binary data, not a web page — is it the right file?");
        }
        return ImportFailures.guard(file, () -> {
            Document doc = Jsoup.parse(decoded.text());
            String title = doc.title().strip();
            TextBuilder out = new TextBuilder(limits.maxTextChars());
            HtmlText.extract(doc, out);
            if (out.length() == 0) {
                throw new ImportException(file, "the page has no visible text");
            }
            return out.build(title.isEmpty() ? null : title, "html", decoded.charset().name());
        });
    }

    /** BOM first, then a declared charset, then the bytes' own evidence. */
    static CharsetDetector.Decoded decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                || bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (bom) {
            return CharsetDetector.decode(bytes);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            return new CharsetDetector.Decoded(new String(bytes, declared), declared);
        }
        return CharsetDetector.decode(bytes);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset cs = Charset.forName(m.group(1).strip());
            // Why: browsers read a page declared as Latin-1 as Windows-1252 (the WHATWG rule), and
            // a page declaring UTF-16 in ASCII bytes cannot be UTF-16.
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("US-ASCII")) {
                return Charset.forName("windows-1252");
            }
            return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether an element is page furniture rather than content. */
    static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if (tag.equals("nav")) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && e.closest("article, main") == null) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("menu")) {
            return true;
        }
        for (String token : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (token.startsWith("nav") || token.startsWith("menu") || token.startsWith("cookie")
                    || token.equals("footer") || token.equals("breadcrumb") || token.equals("breadcrumbs")) {
                return true;
            }
        }
        return false;
    }
}
