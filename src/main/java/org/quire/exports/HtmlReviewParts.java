package org.quire.exports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.quire.model.ReviewAnchor;

/**
 * What makes the review page a page a supervisor can comment on: a comment box beside each object
 * (named by its {@link ReviewAnchor}), the earlier comments on it with their replies, the checklist,
 * and the script that keeps what is typed in the browser's local storage and saves it as one small
 * {@code .quirereview} file. The script is allowed by its hash in the Content Security Policy, so the
 * page runs no other script and still makes no request.
 */
final class HtmlReviewParts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private HtmlReviewParts() {
    }

    /** A comment box on one object, with the earlier threads on it above. */
    static String box(Report report, ReviewAnchor anchor, String label, String quoted) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"rv\" id=\"").append(HtmlExport.esc(id(anchor))).append("\" data-anchor=\"")
                .append(HtmlExport.esc(anchor.toString())).append("\" data-label=\"").append(HtmlExport.esc(label))
                .append("\" data-quoted=\"").append(HtmlExport.esc(quoted == null ? "" : quoted)).append("\">");
        b.append(threads(report.threadsOf(anchor.toString())));
        b.append("<textarea class=\"rvc\" rows=\"2\" placeholder=\"Your comment\" aria-label=\"")
                .append(HtmlExport.esc("Comment on " + label)).append("\"></textarea></div>");
        return b.toString();
    }

    /** An id usable in a link to the object ({@code #review-theme-definition-…}). */
    static String id(ReviewAnchor anchor) {
        return "review-" + anchor.kind().code() + "-" + anchor.key().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Earlier comments on an object, each with its status and replies. */
    static String threads(List<Report.Thread> threads) {
        if (threads.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"threads\">");
        for (Report.Thread t : threads) {
            b.append("<div class=\"thread ").append(HtmlExport.esc(t.status())).append("\"><p><b>")
                    .append(HtmlExport.esc(t.reviewer())).append("</b>")
                    .append(t.writtenAt() == null ? "" : ", " + HtmlExport.esc(DAY.format(t.writtenAt())))
                    .append(" <span class=\"st\">").append(HtmlExport.esc(t.status())).append("</span>")
                    .append(t.changed().isEmpty() ? "" : " <span class=\"chg\">object " + HtmlExport.esc(t.changed())
                            + "</span>").append(": ").append(HtmlExport.esc(t.text())).append("</p>");
            for (Report.Reply r : t.replies()) {
                b.append("<p class=\"reply\"><b>").append(HtmlExport.esc(r.author())).append("</b>, ")
                        .append(HtmlExport.esc(DAY.format(r.at()))).append(": ").append(HtmlExport.esc(r.text()))
                        .append("</p>");
            }
            b.append("</div>");
        }
        return b.append("</div>").toString();
    }

    /** The checklist: each point, the researcher's answer, the evidence, and a comment box. */
    static void checklist(Writer w, Report report) throws IOException {
        if (report.checklist().isEmpty()) {
            return;
        }
        w.write("<section class=\"checklist\" id=\"checklist\">\n<h2>Checklist for a good thematic analysis</h2>\n");
        String process = null;
        for (Report.ChecklistLine p : report.checklist()) {
            if (!p.process().equals(process)) {
                process = p.process();
                w.write("<h3>" + HtmlExport.esc(process) + "</h3>\n");
            }
            String answer = p.status() == null ? "" : p.answer() == null ? "" : p.answer();
            w.write("<div class=\"point\"><p><b>" + p.number() + ".</b> " + HtmlExport.esc(p.text()) + "</p>");
            w.write(p.status() == null ? "<p class=\"empty\">Not answered yet.</p>" : "<p><b>Answer ("
                    + HtmlExport.esc(p.status() + ", " + p.answeredBy()) + "):</b> " + HtmlExport.esc(answer) + "</p>");
            if (!p.evidence().isEmpty()) {
                w.write("<ul class=\"evidence\">");
                for (String e : p.evidence()) {
                    w.write("<li>" + HtmlExport.esc(e) + "</li>");
                }
                w.write("</ul>");
            }
            w.write(box(report, ReviewAnchor.checklist(p.number()), "Checklist point " + p.number() + ": " + p.text(),
                    answer));
            w.write("</div>\n");
        }
        w.write("</section>\n");
    }

    /** The header's review controls: the reviewer's name, asked once, and the save button. */
    static String controls() {
        return "<div class=\"review\"><label>Your name <input id=\"reviewer\" type=\"text\" autocomplete=\"name\""
                + " placeholder=\"asked once, kept in this browser\"></label>\n<button id=\"save\" type=\"button\">"
                + "Save comments</button>\n<span id=\"kept\" class=\"kept\"></span>\n<span id=\"ask\" class=\"ask\""
                + " hidden>Type your name once, here, so the researcher knows whose comments they are.</span></div>\n";
    }

    /** The CSP source that allows exactly this script: {@code 'sha256-…'} of its text. */
    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String CSS = """
            .review{display:flex;flex-wrap:wrap;gap:10px;align-items:center;font-size:13px;margin-top:6px}
            .review input{width:200px;padding:3px 6px}.kept{opacity:.9}.ask{background:#fff3c4;color:#222;
            padding:2px 8px;border-radius:3px}.rv{margin:4px 0 8px}.rv textarea{width:100%;box-sizing:border-box;
            font:13px/1.35 system-ui,sans-serif;border:1px dashed #9ab;background:#fbfdff;padding:3px 5px;resize:vertical}
            .rv textarea:focus{border-style:solid;background:#fff}td .rv textarea{min-width:160px}
            .threads{font-size:12px;margin:2px 0}.thread{border-left:3px solid #c9731d;padding:2px 8px;margin:3px 0;
            background:#fff8f0}.thread.resolved{border-color:#5a9;background:#f2fbf6}.thread.answered{border-color:#58c}
            .thread p{margin:1px 0}.reply{margin-left:14px!important;color:#333}.st{font-size:11px;background:#eee;
            border-radius:8px;padding:0 6px}.chg{font-size:11px;background:#fde2e2;border-radius:8px;padding:0 6px}
            section.checklist{background:#fff;border:1px solid #ddd;border-radius:6px;margin:16px 0;padding:8px 16px}
            .point{border-top:1px solid #eee;padding:4px 0}.evidence{font-size:12px;color:#555;margin:2px 0}
            h3{font-size:15px;color:#1f3864;margin:10px 0 4px}
            @media print{.rv textarea{display:none}.review{display:none}}
            """;

    /** Keeps each comment in local storage as it is typed; "Save comments" downloads them as JSON. */
    static final String SCRIPT = """
            (function(){
              var body=document.body,store='quire-review/'+body.dataset.project,data;
              try{data=JSON.parse(localStorage.getItem(store)||'{}')||{};}catch(e){data={};}
              data.comments=data.comments||{};
              var who=document.getElementById('reviewer'),kept=document.getElementById('kept'),
                  ask=document.getElementById('ask'),boxes=document.querySelectorAll('.rv');
              who.value=data.reviewer||'';
              function count(){
                var n=Object.keys(data.comments).length;
                kept.textContent=n===0?'No comments yet':n===1?'1 comment kept in this browser':n+' comments kept in this browser';
              }
              function keep(){
                try{localStorage.setItem(store,JSON.stringify(data));count();}
                catch(e){kept.textContent='This browser cannot keep comments: save them now';}
              }
              function askName(){if(!who.value.trim()){ask.hidden=false;who.focus();return true;}return false;}
              who.addEventListener('input',function(){data.reviewer=who.value.trim();if(data.reviewer){ask.hidden=true;}keep();});
              boxes.forEach(function(b){
                var t=b.querySelector('textarea'),a=b.dataset.anchor,c=data.comments[a];
                if(c){t.value=c.text;}
                t.addEventListener('input',function(){
                  if(t.value.trim()){
                    var old=data.comments[a];
                    data.comments[a]={text:t.value,label:b.dataset.label,quoted:b.dataset.quoted,
                      writtenAt:old&&old.writtenAt?old.writtenAt:new Date().toISOString()};
                  }else{delete data.comments[a];}
                  keep();
                  if(!who.value.trim()){ask.hidden=false;}
                });
              });
              function pad(n){return n<10?'0'+n:''+n;}
              function clean(s){return s.replace(/[\\\\\\/:*?"<>|\\u0000-\\u001f]+/g,'_').trim();}
              document.getElementById('save').addEventListener('click',function(){
                if(askName()){return;}
                var list=Object.keys(data.comments).map(function(a){var c=data.comments[a];
                  return {anchor:a,label:c.label,quoted:c.quoted,text:c.text,writtenAt:c.writtenAt};});
                var now=new Date(),day=now.getFullYear()+'-'+pad(now.getMonth()+1)+'-'+pad(now.getDate());
                var file={format:'quire-review',version:1,project:{guid:body.dataset.project,title:body.dataset.title},
                  exportedAt:body.dataset.exported,savedAt:now.toISOString(),reviewer:who.value.trim(),comments:list};
                var a=document.createElement('a');
                a.href=URL.createObjectURL(new Blob([JSON.stringify(file,null,1)],{type:'application/json'}));
                a.download=clean(body.dataset.title)+'-review-'+clean(who.value)+'-'+day+'.quirereview';
                body.appendChild(a);a.click();
                setTimeout(function(){URL.revokeObjectURL(a.href);a.remove();},1000);
                kept.textContent=list.length+(list.length===1?' comment':' comments')+' saved as '+a.download
                  +': send that file back to the researcher';
              });
              count();
            })();
            """;
}
