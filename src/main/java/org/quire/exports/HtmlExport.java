package org.quire.exports;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.quire.model.Narrative;
import org.quire.model.ReviewAnchor;
import org.quire.model.ThemeMatrix;

/**
 * The review page: one self-contained HTML file a supervisor opens in any browser without a
 * network — the themes with their definitions, narratives and codes, each theme's matrix of
 * extracts (searchable and filterable) and the checklist, with a comment box beside each of them
 * (see {@link HtmlReviewParts}). CSS and script are inline; a Content Security Policy forbids every
 * outside request and allows only the page's own script, by its hash; every piece of project text
 * is HTML-escaped.
 */
public final class HtmlExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private HtmlExport() {
    }

    /** @param matrices theme GUID → that theme's matrix, for every theme in the report */
    public static Path review(Report report, Map<String, ThemeMatrix> matrices, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            page(w, report, matrices);
            w.flush();
        });
    }

    private static void page(Writer w, Report report, Map<String, ThemeMatrix> matrices) throws java.io.IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        String script = "\n" + SCRIPT + HtmlReviewParts.SCRIPT;
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src " + HtmlReviewParts.hash(script)
                + "; base-uri 'none'; form-action 'none'\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + esc("Themes: " + report.project()) + "</title>\n<style>\n" + CSS + HtmlReviewParts.CSS
                + "</style>\n</head>\n<body data-project=\"" + esc(report.projectGuid()) + "\" data-title=\""
                + esc(report.project()) + "\" data-exported=\"" + esc(report.at().toString()) + "\">\n");
        w.write("<header><h1>" + esc("Themes: " + report.project()) + "</h1>\n<p class=\"meta\">Exported from Quire on "
                + esc(DAY.format(report.at())) + ". Highlighted extracts also support another theme. Write a comment in"
                + " any box; it is kept in this browser as you type. When done, press Save comments and send the"
                + " file it saves to the researcher.</p>\n" + HtmlReviewParts.controls());
        w.write("<div class=\"controls\"><label>Search <input id=\"q\" type=\"search\" "
                + "placeholder=\"words in any column\"></label>\n<label>Theme <select id=\"theme\">"
                + "<option value=\"\">All themes</option>");
        // As in the Word report: the themes in play first, the discarded ones after them.
        List<Report.Theme> all = flatten(java.util.stream.Stream.concat(
                report.themes().stream().filter(t -> !t.discarded()),
                report.themes().stream().filter(Report.Theme::discarded)).toList());
        for (int i = 0; i < all.size(); i++) {
            Report.Theme t = all.get(i);
            w.write("<option value=\"t" + i + "\">" + esc(isSub(report, t) ? "— " + t.name() : t.name()) + "</option>");
        }
        w.write("</select></label>\n<label><input id=\"flag\" type=\"checkbox\"> Only extracts in several themes</label>"
                + "\n<label><input id=\"quote\" type=\"checkbox\"> Only quotations</label>\n"
                + "<span id=\"count\" class=\"count\"></span></div>\n</header>\n<main>\n");
        changes(w, report.changes());
        if (all.isEmpty()) {
            w.write("<p>The project has no themes yet.</p>\n");
        }
        for (int i = 0; i < all.size(); i++) {
            section(w, report, all.get(i), "t" + i, isSub(report, all.get(i)), matrices.get(all.get(i).guid()));
        }
        HtmlReviewParts.checklist(w, report);
        w.write("</main>\n<script>" + script + "</script>\n</body>\n</html>\n");
    }

    /**
     * What changed since the last review, before the themes: a heading per theme with its changes,
     * edited texts word by word (deleted words in {@code <del>}, inserted ones in {@code <ins>}).
     */
    private static void changes(Writer w, Report.Changes changes) throws java.io.IOException {
        if (changes == null) {
            return;
        }
        w.write("<section class=\"changes\" id=\"changes\">\n<h2>Changes since the last review ("
                + esc(DATE.format(changes.since())) + ")</h2>\n<p class=\"shown\">Since the "
                + esc(changes.what()) + ", read from the project's audit trail."
                + (changes.groups().isEmpty() ? " Nothing has changed in the themes, codes or checklist since." : "")
                + "</p>\n");
        for (Report.ChangeGroup g : changes.groups()) {
            w.write("<h3>" + esc(g.heading()) + "</h3>\n<ul>");
            for (Report.ChangeLine l : g.lines()) {
                w.write("<li>" + esc(l.text()));
                if (!l.diff().isEmpty()) {
                    w.write("<div class=\"diff\">");
                    for (Report.DiffPart d : l.diff()) {
                        String text = esc(d.text());
                        w.write(d.change() < 0 ? "<del>" + text + "</del>" : d.change() > 0 ? "<ins>" + text + "</ins>"
                                : text);
                    }
                    w.write("</div>");
                }
                w.write("</li>\n");
            }
            w.write("</ul>\n");
        }
        w.write("</section>\n");
    }

    private static boolean isSub(Report report, Report.Theme t) {
        return report.themes().stream().noneMatch(r -> r.guid().equals(t.guid()));
    }

    private static List<Report.Theme> flatten(List<Report.Theme> themes) {
        List<Report.Theme> out = new java.util.ArrayList<>();
        for (Report.Theme t : themes) {
            out.add(t);
            out.addAll(flatten(t.subThemes()));
        }
        return out;
    }

    private static void section(Writer w, Report report, Report.Theme t, String id, boolean sub, ThemeMatrix m)
            throws java.io.IOException {
        String what = (sub ? "Sub-theme '" : "Theme '") + t.name() + "'";
        w.write("<section class=\"theme\" id=\"" + id + "\" data-theme=\"" + id + "\">\n<h2>" + (sub ? "Sub-theme: "
                : "Theme: ") + esc(t.name()) + " <span class=\"status\">" + esc(t.status()) + "</span></h2>\n");
        w.write("<dl>");
        if (!t.statusReason().isBlank()) {
            w.write("<dt>Why " + esc(t.status()) + "</dt><dd>" + para(t.statusReason()) + "</dd>\n");
        }
        w.write("<dt>Definition</dt><dd>" + (t.definition().isBlank() ? "<em>not written yet</em>"
                : para(t.definition())) + HtmlReviewParts.box(report, ReviewAnchor.definition(t.guid()),
                what + ": definition", t.definition()) + "</dd>\n");
        if (!t.scopeIn().isBlank()) {
            w.write("<dt>Takes in</dt><dd>" + para(t.scopeIn()) + "</dd>\n");
        }
        if (!t.scopeOut().isBlank()) {
            w.write("<dt>Leaves out</dt><dd>" + para(t.scopeOut()) + "</dd>\n");
        }
        w.write("<dt>Narrative</dt><dd class=\"narrative\">" + (t.narrative().isBlank() ? "<p><em>not written yet</em>"
                + "</p>" : narrative(t.narrative())) + HtmlReviewParts.box(report, ReviewAnchor.narrative(t.guid()),
                what + ": narrative", plain(t.narrative())) + "</dd>\n");
        if (!t.subThemes().isEmpty()) {
            w.write("<dt>Sub-themes</dt><dd>" + t.subThemes().stream().map(s -> esc(s.name()))
                    .collect(Collectors.joining(", ")) + "</dd>\n");
        }
        if (!t.nodes().isEmpty()) {
            w.write("<dt>Codes</dt><dd><ul class=\"codes\">");
            for (Report.NodeLine n : t.nodes()) {
                w.write("<li><b>" + esc(n.path()) + "</b> (" + n.references() + ")"
                        + (n.description().isBlank() ? "" : ": " + esc(n.description()))
                        + HtmlReviewParts.box(report, ReviewAnchor.code(n.guid()), "Code '" + n.path() + "'",
                        n.description()) + "</li>");
            }
            w.write("</ul></dd>\n");
        }
        w.write("</dl>\n");
        if (m == null || m.rows().isEmpty()) {
            w.write("<p class=\"empty\">No coded extracts yet.</p>\n</section>\n");
            return;
        }
        // A theme without sub-themes gets no empty column: the extract keeps the width.
        boolean subThemes = m.rows().stream().anyMatch(r -> r.subTheme() != null && !r.subTheme().isBlank());
        w.write("<p class=\"shown\"></p>\n<div class=\"scroll\"><table>\n<thead><tr><th>#</th>"
                + (subThemes ? "<th>Sub-theme</th>" : "") + "<th>Node</th><th>Source</th>");
        for (String a : m.attributes()) {
            w.write("<th>" + esc(a) + "</th>");
        }
        w.write("<th>Citation</th><th class=\"x\">Extract</th><th>Also supports</th><th>Analyst note</th><th>Comment</th></tr></thead>\n"
                + "<tbody>\n");
        int n = 1;
        for (ThemeMatrix.Row r : m.rows()) {
            w.write("<tr" + (r.alsoElsewhere() ? " class=\"flag\" data-flag=\"1\"" : "")
                    + (r.quote() ? " data-quote=\"1\"" : "") + "><td>" + n++ + "</td>"
                    + (subThemes ? "<td class=\"m\">" + esc(r.subTheme()) + "</td>" : "")
                    + "<td class=\"m\">" + path(r.node()) + "</td><td class=\"m\">" + path(r.source()) + "</td>");
            for (String v : r.attributeValues()) {
                w.write("<td class=\"m\">" + esc(v) + "</td>");
            }
            w.write("<td class=\"m\">" + path(r.citation()) + "</td><td class=\"x\">" + (r.quote() ? "<span class=\"q\">quote</span> "
                    : "") + esc(r.extract()) + "</td><td>" + esc(String.join("; ", r.otherThemes())) + "</td><td>"
                    + esc(r.note()) + "</td><td>" + HtmlReviewParts.box(report, ReviewAnchor.extract(r.codingGuid()),
                    "Extract of '" + r.source() + "' (" + r.citation() + ") in " + what, r.extract()) + "</td></tr>\n");
        }
        w.write("</tbody></table></div>\n</section>\n");
    }

    // Node paths and source names may break after a slash rather than inside a word.
    private static String path(String text) {
        return esc(text).replace("/", "/<wbr>");
    }

    /** A narrative's headings, paragraphs, bullet lists, quoted extracts and emphasis, every word escaped. */
    static String narrative(String source) {
        StringBuilder b = new StringBuilder();
        boolean list = false;
        for (Narrative.Block block : Narrative.parse(source)) {
            boolean bullet = block.kind() == Narrative.Kind.BULLET;
            if (bullet != list) {
                b.append(bullet ? "<ul>" : "</ul>");
                list = bullet;
            }
            String tag = switch (block.kind()) {
                case HEADING -> "h4";
                case SUBHEADING -> "h5";
                case BULLET -> "li";
                case QUOTE -> "blockquote";
                default -> "p";
            };
            b.append('<').append(tag).append('>');
            for (Narrative.Run r : block.runs()) {
                String text = esc(r.text());
                text = r.italic() ? "<em>" + text + "</em>" : text;
                b.append(r.bold() ? "<strong>" + text + "</strong>" : text);
            }
            b.append("</").append(tag).append('>');
        }
        if (list) {
            b.append("</ul>");
        }
        return b.toString();
    }

    /** A narrative's words without its markup: what a reviewer read. */
    static String plain(String source) {
        StringBuilder b = new StringBuilder();
        for (Narrative.Block block : Narrative.parse(source)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            block.runs().forEach(r -> b.append(r.text()));
        }
        return b.toString();
    }

    private static String para(String text) {
        return esc(text.strip()).replaceAll("\\n\\s*\\n", "</p><p>").replace("\n", "<br>")
                .transform(s -> "<p>" + s + "</p>");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
            header{position:sticky;top:0;background:#1f3864;color:#fff;padding:10px 20px;z-index:2}
            header h1{margin:0 0 4px;font-size:20px}.meta{margin:0 0 8px;opacity:.85;font-size:12px}
            .controls{display:flex;flex-wrap:wrap;gap:14px;align-items:center;font-size:13px}
            .controls input[type=search]{width:260px;padding:3px 6px}.count{margin-left:auto;font-weight:600}
            main{padding:10px 20px 40px}section.theme{background:#fff;border:1px solid #ddd;border-radius:6px;
            margin:16px 0;padding:8px 16px}h2{font-size:18px;color:#1f3864;margin:8px 0}
            .status{font-size:12px;font-weight:normal;background:#e8eef8;color:#1f3864;border-radius:10px;padding:1px 8px}
            dl{margin:0 0 8px}dt{font-weight:600;margin-top:6px}dd{margin:2px 0 0 16px}dd p{margin:2px 0}
            .narrative h4,.narrative h5{margin:8px 0 2px;font-size:14px}.narrative h5{font-style:italic}
            .narrative ul{margin:2px 0;padding-left:20px}.narrative blockquote{margin:4px 24px;font-style:italic;color:#444}
            ul.codes{margin:2px 0;padding-left:18px}.scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;
            vertical-align:top;text-align:left}th{background:#eee;position:sticky;top:0}td.m{min-width:70px;
            max-width:150px;font-size:12px;overflow-wrap:break-word;hyphens:auto;color:#333}td.x{min-width:300px;
            white-space:pre-wrap}tr.flag td{background:#fff8d6}.q{font-size:11px;background:#1f3864;color:#fff;
            border-radius:3px;padding:0 4px}.shown,.empty{color:#666;font-size:12px;margin:4px 0}
            section.changes{background:#fff;border:1px solid #c9d3e6;border-left:4px solid #1f3864;border-radius:6px;
            margin:16px 0;padding:8px 16px}section.changes h3{font-size:15px;margin:10px 0 2px}section.changes ul{margin:2px 0;
            padding-left:20px}.diff{margin:2px 0 6px;padding:4px 8px;background:#f6f6f6;white-space:pre-wrap}
            del{color:#b00020;background:#fde7ea}ins{color:#1b5e20;background:#e3f4e5;text-decoration:underline}
            @media print{header{position:static}.controls{display:none}}
            """;

    private static final String SCRIPT = """
            (function(){
              var q=document.getElementById('q'),theme=document.getElementById('theme'),
                  flag=document.getElementById('flag'),quote=document.getElementById('quote'),
                  count=document.getElementById('count'),sections=document.querySelectorAll('section.theme');
              function apply(){
                var words=q.value.toLowerCase().split(/\\s+/).filter(Boolean),total=0,shown=0;
                sections.forEach(function(s){
                  var visible=!theme.value||s.dataset.theme===theme.value,n=0,rows=s.querySelectorAll('tbody tr');
                  s.style.display=visible?'':'none';
                  rows.forEach(function(r){
                    var text=r.textContent.toLowerCase(),ok=visible&&(!flag.checked||r.dataset.flag)
                        &&(!quote.checked||r.dataset.quote)&&words.every(function(w){return text.indexOf(w)>=0;});
                    r.style.display=ok?'':'none';if(ok){n++;}
                  });
                  if(visible){total+=rows.length;shown+=n;}
                  var p=s.querySelector('.shown');
                  if(p){p.textContent=n+' of '+rows.length+' extracts shown';}
                });
                count.textContent=shown+' of '+total+' extracts';
              }
              [q,theme,flag,quote].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});
              apply();
            })();
            """;
}
