package org.quire.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quire.model.ReviewAnchor;
import org.quire.model.ReviewStatus;
import org.quire.service.exchange.ExportOptions;

/**
 * The review page in a real browser (Debian's chromium and chromium-driver, headless): a supervisor
 * types their name and comments, reloads the page and finds them still there, saves the file, and
 * the project imports it; the page sends no request anywhere.
 */
class ReviewPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    private ReviewFixture fx;
    private WebDriver browser;
    private Path downloads;

    @BeforeEach
    void setUp() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("The review page is tested in a real browser: install it with"
                    + " 'apt-get install -y chromium chromium-driver' (.ci/run does)");
        }
        fx = new ReviewFixture(dir);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (fx != null) {
            fx.project.close();
        }
    }

    private Path exportPage(String name) {
        return fx.project.exports().export(ExportOptions.of(ExportOptions.Format.HTML, ExportOptions.What.REPORT),
                dir.resolve(name));
    }

    private WebElement box(ReviewAnchor anchor) {
        return browser.findElement(By.cssSelector(".rv[data-anchor=\"" + anchor + "\"] textarea"));
    }

    @Test
    void commentsTypedOnThePageSurviveAReloadAndAreSavedAsAFileTheProjectImports() throws Exception {
        Path page = exportPage("review.html");
        browser.get(page.toUri().toString());
        assertThat(browser.findElement(By.id("kept")).getText()).as("the page's script ran under its CSP")
                .isEqualTo("No comments yet");

        browser.findElement(By.id("reviewer")).sendKeys("Dr Lee");
        box(ReviewAnchor.definition(fx.care.guid())).sendKeys("Is care the organising idea, or kindness?");
        box(ReviewAnchor.extract(fx.rotaCoding.guid())).sendKeys("Lovely example; who asked them?");
        box(ReviewAnchor.code(fx.budget.guid())).sendKeys("Name this code more plainly.");
        box(ReviewAnchor.checklist(3)).sendKeys("Say how you checked this.");
        assertThat(browser.findElement(By.id("kept")).getText()).isEqualTo("4 comments kept in this browser");

        browser.navigate().refresh();
        assertThat(box(ReviewAnchor.definition(fx.care.guid())).getDomProperty("value"))
                .isEqualTo("Is care the organising idea, or kindness?");
        assertThat(box(ReviewAnchor.extract(fx.rotaCoding.guid())).getDomProperty("value"))
                .isEqualTo("Lovely example; who asked them?");
        assertThat(browser.findElement(By.id("reviewer")).getDomProperty("value")).isEqualTo("Dr Lee");

        browser.findElement(By.id("save")).click();
        Path saved = waitForDownload();
        assertThat(saved.getFileName().toString()).matches("Study-review-Dr Lee-\\d{4}-\\d{2}-\\d{2}\\.quirereview");

        ReviewImport first = fx.project.reviews().importFile(saved);
        assertThat(first.kind()).isEqualTo("page");
        assertThat(first.added()).hasSize(4).allSatisfy(c -> assertThat(c.reviewer()).isEqualTo("Dr Lee"));
        ReviewImport again = fx.project.reviews().importFile(saved);
        assertThat(again.added()).isEmpty();
        assertThat(again.already()).isEqualTo(4);

        List<ReviewItem> items = fx.project.reviews().list(null);
        assertThat(items).hasSize(4);
        ReviewItem onExtract = items.stream().filter(i -> i.comment().anchor().equals(
                ReviewAnchor.extract(fx.rotaCoding.guid()))).findFirst().orElseThrow();
        assertThat(onExtract.comment().quoted()).isEqualTo("Volunteers stayed late to finish the rota without being"
                + " asked.");
        assertThat(onExtract.comment().writtenAt()).isNotNull();
        assertThat(onExtract.state()).isEqualTo(ReviewItem.ObjectState.CURRENT);
        assertThat(onExtract.where().source()).isEqualTo(fx.source.id());
        ReviewItem onDefinition = items.stream().filter(i -> i.comment().anchor().kind()
                == ReviewAnchor.Kind.THEME_DEFINITION).findFirst().orElseThrow();
        assertThat(onDefinition.comment().quoted()).isEqualTo("Small acts that hold the partnership together");

        // The student answers; the next page shows the thread to the supervisor.
        fx.project.reviews().reply(onExtract.comment().id(), "Nobody: the field note says so.");
        fx.project.reviews().resolve(onDefinition.comment().id());
        Path next = exportPage("review-2.html");
        browser.get(next.toUri().toString());
        String thread = browser.findElement(By.cssSelector(".rv[data-anchor=\"" + ReviewAnchor.extract(
                fx.rotaCoding.guid()) + "\"] .thread")).getText();
        assertThat(thread).contains("Dr Lee").contains("answered").contains("Lovely example; who asked them?")
                .contains("Nobody: the field note says so.");
        assertThat(browser.findElement(By.cssSelector(".rv[data-anchor=\"" + ReviewAnchor.definition(fx.care.guid())
                + "\"] .thread")).getText()).contains("resolved");
        assertThat(fx.project.reviews().list(ReviewStatus.OPEN)).hasSize(2);
    }

    @Test
    void thePageSendsNoRequestAnywhereEvenWhenAskedTo() throws Exception {
        Path page = exportPage("review.html");
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";

            browser.get(page.toUri().toString());
            browser.findElement(By.id("reviewer")).sendKeys("Dr Lee");
            box(ReviewAnchor.definition(fx.power.guid())).sendKeys("A comment");
            browser.findElement(By.id("save")).click();
            waitForDownload();
            // What the page asked for while used as a supervisor uses it: only itself and the saved file
            // (chrome:// entries are the browser's own download screen, not the page).
            assertThat(requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(u).matches("(file|blob|data):.*"));

            // And a page made to reach out (as injected markup would) is stopped by its policy.
            Object outcome = ((JavascriptExecutor) browser).executeAsyncScript(
                    "var done=arguments[arguments.length-1];"
                            + "var i=new Image();i.src=arguments[0]+'image.png';document.body.appendChild(i);"
                            + "fetch(arguments[0]+'fetch').then(function(){done('fetched');},function(){done('blocked');});",
                    url);
            assertThat(outcome).isEqualTo("blocked");
            Thread.sleep(500);
            assertThat(connections.get()).as("connections the page made to a local server").isZero();
        }
    }

    private List<String> requestedUrls() {
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("\"Network.requestWillBeSent\""))
                .map(m -> m.replaceAll("(?s).*?\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1"))
                .filter(u -> !u.startsWith("chrome:") && !u.startsWith("devtools:")).toList();
    }

    private Path waitForDownload() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".quirereview")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
