package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The review report of the real article in headless Chromium: terms are highlighted and explain
 * themselves, the filters and the search work, a hostile segment shows as text and runs nothing,
 * and the decisions an editor makes in the page reach the XLIFF through {@code review apply},
 * except those about text changed since. Needs Debian's chromium and chromium-driver (CI installs
 * them); skipped without them.
 */
class ReviewReportBrowserTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"
            + " <a href=\"javascript:window.__pwned=3\">ссылка</a> Арцах";

    @Test
    void theReportWorksInABrowserAndItsDecisionsReachTheXliff(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are not installed");
        Path project = Shared.copyProjectBeforeReview(dir);
        Path ru = project.resolve("locales/ru/article.xlf");
        assertEquals(0, workbench(project, "review", "report", "--locale", "ru"), "review report");
        Path page = project.resolve("review/article.ru.html");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chrome-profile"), "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        Path decisions = dir.resolve("review-decisions.json");
        try {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            driver.get(page.toUri().toString());
            JavascriptExecutor js = (JavascriptExecutor) driver;

            assertTrue(driver.findElements(By.cssSelector("mark.term")).size() > 100, "terms highlighted in both columns");
            WebElement shusha = driver.findElement(By.cssSelector("tr[data-unit='5'] td.cell mark[data-concept='shusha']"));
            new Actions(driver).moveToElement(shusha).perform();
            WebElement pop = driver.findElement(By.id("concept-pop"));
            assertTrue(pop.isDisplayed() && pop.getText().contains("Шуши") && pop.getText().contains("Shusha"), pop.getText());
            assertTrue(driver.findElement(By.cssSelector("tr[data-unit='5'] td.source mark[data-concept='shusha']"))
                    .getAttribute("class").contains("linked"), "the source term is linked to the target term");

            Path shot = Path.of("target/review-ru.png");
            Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(shot) > 50_000, "a screenshot of the page");

            // a hostile segment: text that would be markup and script if it were not escaped
            String xml = Files.readString(ru, StandardCharsets.UTF_8);
            String sentence = "Но со своими «туземцами» Россия так не церемонится.";
            assertTrue(xml.contains(sentence));
            Files.writeString(ru, xml.replace(sentence, sentence + " " + HOSTILE.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;")), StandardCharsets.UTF_8);
            assertEquals(0, workbench(project, "review", "report", "--locale", "ru"), "review report");
            driver.get(page.toUri().toString());

            assertEquals("undefined", js.executeScript("return typeof window.__pwned"), "the hostile segment ran nothing");
            WebElement hostile = driver.findElement(By.cssSelector("tr[data-unit='12'] td.cell .target"));
            assertTrue(hostile.getText().contains("<script>window.__pwned=1</script>"), "shown as text: " + hostile.getText());
            assertEquals(0, driver.findElements(By.cssSelector("td.cell img, td.cell a, td.cell script")).size());

            click(driver, "[data-filter='findings']");
            assertEquals("1", driver.findElement(By.id("count-visible")).getText());
            assertEquals(List.of("12"), visibleUnits(driver));
            click(driver, "[data-filter='all']");
            assertEquals("20", driver.findElement(By.id("count-visible")).getText());
            driver.findElement(By.id("search")).sendKeys("Зангезурск");
            assertEquals(List.of("10"), visibleUnits(driver));
            driver.findElement(By.id("search")).clear();
            js.executeScript("document.getElementById('search').dispatchEvent(new Event('input'))");
            assertEquals(20, visibleUnits(driver).size());
            // «ё» is «е» to the search, as to the checks: «всё наоборот» is found typed with either
            for (String typed : List.of("все наоборот", "ВСЁ НАОБОРОТ")) {
                driver.findElement(By.id("search")).sendKeys(typed);
                assertEquals(List.of("3"), visibleUnits(driver), typed);
                driver.findElement(By.id("search")).clear();
                js.executeScript("document.getElementById('search').dispatchEvent(new Event('input'))");
            }

            click(driver, "tr[data-unit='1'] td.cell .approve");
            click(driver, "tr[data-unit='2'] td.cell .reject");
            driver.findElement(By.cssSelector("tr[data-unit='2'] td.cell .note-text")).sendKeys("Каламбур потерян: «на лопатки»?");
            click(driver, "tr[data-unit='2'] td.cell .reject");
            click(driver, "tr[data-unit='3'] td.cell .approve");
            driver.findElement(By.id("reviewer")).sendKeys("Nino Editor");
            click(driver, "#export");
            String json = driver.findElement(By.id("decisions")).getAttribute("value");
            assertTrue(json.contains("\"action\": \"reject\""), json);
            Files.writeString(decisions, json, StandardCharsets.UTF_8);

            List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertEquals(List.of(), errors, "no console errors or warnings");
        } finally {
            driver.quit();
        }

        // the translator changes unit 3 after the report was made: that decision must be refused
        String now = Files.readString(ru, StandardCharsets.UTF_8);
        Files.writeString(ru, now.replace("Исторически коллективная память", "Исторически сложилось, что коллективная память"),
                StandardCharsets.UTF_8);
        assertEquals(1, workbench(project, "review", "apply", decisions.toString()), "one decision refused: exit 1");
        TransUnit one = unit(ru, "1");
        TransUnit two = unit(ru, "2");
        TransUnit three = unit(ru, "3");
        assertEquals(TargetState.SIGNED_OFF, one.state());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, two.state());
        assertEquals(List.of("Nino Editor: rejected: Каламбур потерян: «на лопатки»?"),
                two.notes().stream().map(ReviewReportBrowserTest::note).map(n -> n.replaceFirst(" \\[[^\\]]+ UTC]$", ""))
                        .toList(), "who rejected it and why; the note ends with when");
        assertEquals(TargetState.TRANSLATED, three.state(), "the stale decision was refused");
        assertTrue(Files.readString(project.resolve("locales/ru/article.signoff.json")).contains("\"by\" : \"Nino Editor\""));
    }

    private static String note(Note n) {
        return n.from() + ": " + n.text();
    }

    private static void click(WebDriver driver, String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private static List<String> visibleUnits(WebDriver driver) {
        return driver.findElements(By.cssSelector("tr.unit")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-unit")).toList();
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    /** Runs the real launcher in the project (the jar the build made) and answers its exit code. */
    private static int workbench(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(ROOT.resolve("workbench").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("WORKBENCH_SKIP_BUILD", "1");
        return pb.start().waitFor();
    }
}
