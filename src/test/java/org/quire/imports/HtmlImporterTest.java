package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImporterTest {
    @TempDir
    Path dir;

    @Test
    void visibleTextIsKeptAsParagraphsWithoutScriptsOrNavigation() throws IOException {
        Path file = TestFiles.write(dir.resolve("newsletter.html"), """
                <!DOCTYPE html>
                <html><head><title> Spring Newsletter </title>
                <style>p { color: red }</style><script>var tracking = "SCRIPT";</script></head>
                <body class="has-menu">
                <header><a href="/">Home</a> <a href="/about">About</a></header>
                <nav><ul><li>News</li><li>Events</li></ul></nav>
                <div id="cookie-banner">We use cookies.</div>
                <main>
                  <h1>Volunteers   of the
                  month</h1>
                  <p>Our <b>volunteers</b> ran the caf&eacute;.<br>Thank you!</p>
                  <ul><li>Tea</li><li><p>Cake</p></li></ul>
                  <table><tr><th>Day</th><th>Helpers</th></tr><tr><td>Monday</td><td>3</td></tr></table>
                  <p hidden>Draft text</p><p style="display: none">Also hidden</p>
                  <noscript>Enable JavaScript</noscript><template><p>Template</p></template>
                </main>
                <footer>© 2024 The Trust</footer>
                <div role="navigation">Skip to top</div>
                </body></html>
                """);

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.title()).isEqualTo("Spring Newsletter");
        assertThat(imported.text()).isEqualTo("""
                Volunteers of the month

                Our volunteers ran the café.
                Thank you!

                • Tea

                • Cake

                Day | Helpers

                Monday | 3""");
        assertThat(imported.paragraphs()).hasSize(6);
    }

    @Test
    void charsetDeclaredInMetaIsUsed() throws IOException {
        Path file = dir.resolve("latin.htm");
        Files.write(file, "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201CCaf\u00E9\u201D</p></body></html>"
                .getBytes(Charset.forName("windows-1252")));

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.text()).isEqualTo("\u201CCaf\u00E9\u201D");
        assertThat(imported.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void charsetWithoutDeclarationIsDetectedFromTheBytes() throws IOException {
        Path utf8 = dir.resolve("utf8.html");
        Files.write(utf8, "<p>na\u00EFve r\u00E9sum\u00E9 👍</p>".getBytes(StandardCharsets.UTF_8));
        Path utf16 = dir.resolve("utf16.html");
        Files.write(utf16, ("\uFEFF<p>na\u00EFve</p>").getBytes(StandardCharsets.UTF_16LE));

        assertThat(Importers.standard().read(utf8, ImportLimits.DEFAULT).text()).isEqualTo("na\u00EFve r\u00E9sum\u00E9 👍");
        assertThat(Importers.standard().read(utf16, ImportLimits.DEFAULT).text()).isEqualTo("na\u00EFve");
    }

    @Test
    void pageThatIsAllChromeStillImportsItsText() throws IOException {
        Path file = TestFiles.write(dir.resolve("capture.html"),
                "<html><body><div class=\"menu-wrapper\"><p>The only text on the page.</p></div></body></html>");

        assertThat(Importers.standard().read(file, ImportLimits.DEFAULT).text()).isEqualTo("The only text on the page.");
    }

    @Test
    void htmlSavedWithADocNameImportsAsHtml() throws IOException {
        Path file = TestFiles.write(dir.resolve("exported.doc"), "<html><body><p>Web page saved as .doc</p></body></html>");

        ImportedText imported = Importers.standard().read(file, ImportLimits.DEFAULT);

        assertThat(imported.format()).isEqualTo("html");
        assertThat(imported.text()).isEqualTo("Web page saved as .doc");
    }
}
