package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * An editor's session in the real review page, in headless Chromium, and its decisions through
 * the real launcher's {@code review apply}: decisions survive a reload and a browser restart, one
 * per unit, each can be taken back; Approve is not offered for a unit with a sentence not
 * translated and asks first for a unit with findings; a correction keeps its inline codes,
 * shown as placeholders; the name is required to export. Applied twice, the decisions change
 * nothing the second time. Needs Debian's chromium and chromium-driver; skipped without them.
 */
class ReviewDecisionsBrowserTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String OPEN = "\u27e81\u27e9";
    private static final String CLOSE = "\u27e8/1\u27e9";

    @TempDir
    Path dir;
    private WebDriver driver;

    @Test
    void decisionsPersistCanBeTakenBackCorrectAndApplyOnce() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are not installed");
        Path project = Shared.copyProject(dir);
        Path ru = project.resolve("locales/ru/article.xlf");
        String xml = Files.readString(ru, StandardCharsets.UTF_8).replace("state=\"signed-off\"", "state=\"translated\"")
                // an inline code (bold) in unit 4, a sentence of unit 7 not translated, a forbidden term in unit 8
                .replace("curb the Russian language’s reach.</mrk></seg-source>",
                        "curb the <g id=\"1\" ctype=\"bold\">Russian language’s</g> reach.</mrk></seg-source>")
                .replace("теснить русский язык.</mrk></target>", "теснить <g id=\"1\" ctype=\"bold\">русский язык</g>.</mrk></target>")
                .replace("<mrk mid=\"3\" mtype=\"seg\">Вот Алиев и урегулировал конфликт на своих условиях.</mrk>",
                        "<mrk mid=\"3\" mtype=\"seg\"></mrk>")
                .replace("С окончанием этого конфликта", "С окончанием конфликта в Степанакерте");
        Files.writeString(ru, xml, StandardCharsets.UTF_8);
        Files.deleteIfExists(SignOffLog.fileFor(ru));
        assertEquals(0, workbench(project, new StringBuilder(), "review", "report", "--locale", "ru"));
        String page = project.resolve("review/article.ru.html").toUri().toString();
        Path decisions = dir.resolve("review-decisions.json");

        start();
        try {
            driver.get(page);
            WebElement four = target("4");
            assertTrue(four.getText().contains("теснить " + OPEN + "русский язык" + CLOSE + "."), four.getText());
            assertFalse(driver.findElement(By.tagName("main")).getText().contains("<g1>"), "no raw short-form codes");
            assertEquals(2, four.findElements(By.cssSelector("span.code")).size());
            assertTrue(target("7").getText().contains("not translated"), target("7").getText());
            assertFalse(button("7", "approve").isDisplayed(), "Approve is not offered with a sentence not translated");

            click("1", "approve");
            click("2", "reject");
            cell("2").findElement(By.cssSelector(".note-text")).sendKeys("Каламбур потерян: «на лопатки»?");
            click("2", "reject");
            click("8", "approve");
            driver.switchTo().alert().dismiss(); // unit 8 has a finding: the page asks, the editor says no
            assertEquals("", status("8"));
            click("8", "approve");
            assertTrue(driver.switchTo().alert().getText().contains("term-forbidden"));
            driver.switchTo().alert().accept();
            click("3", "approve");
            click("3", "comment");
            cell("3").findElement(By.cssSelector(".note-text")).sendKeys("Хорошо.");
            click("3", "comment");
            assertTrue(status("3").startsWith("commented: Хорошо."), "the last decision replaces the first: " + status("3"));

            driver.navigate().refresh();
            assertTrue(status("1").startsWith("approved"), status("1"));
            assertTrue(status("2").startsWith("rejected: Каламбур потерян"), status("2"));
            assertTrue(status("8").startsWith("approved"), status("8"));
            assertEquals("4 decisions not exported yet", driver.findElement(By.id("pending")).getText());

            restart();
            driver.get(page);
            assertTrue(status("2").startsWith("rejected: Каламбур потерян"), "still there after a restart: " + status("2"));
            click("8", "undo");
            assertEquals("", status("8"));
            driver.navigate().refresh();
            assertEquals("", status("8"), "taken back for good");
            assertEquals("3 decisions not exported yet", driver.findElement(By.id("pending")).getText());

            // a correction that loses a code is not accepted; one that keeps them is
            click("4", "correct");
            WebElement edit = cell("4").findElement(By.cssSelector(".seg-edit"));
            assertTrue(edit.getAttribute("value").endsWith("теснить " + OPEN + "русский язык" + CLOSE + "."));
            js("arguments[0].value = arguments[0].value.replace(arguments[1], ''); arguments[0].dispatchEvent(new Event('input'))",
                    edit, CLOSE);
            click("4", "approve");
            assertTrue(cell("4").findElement(By.cssSelector(".correction-problem")).getText().contains("keep " + CLOSE));
            assertEquals("", status("4"));
            js("arguments[0].value = arguments[0].defaultValue", edit);
            edit.sendKeys(Keys.END, " И не только его.");
            click("4", "approve");
            assertTrue(status("4").startsWith("corrected and approved"), status("4"));
            click("10", "correct");
            WebElement ten = cell("10").findElement(By.cssSelector(".seg-edit[data-seg='1']"));
            ten.sendKeys(Keys.END, " Даже в Степанакерте.");
            click("10", "approve");

            click(null, "#export");
            assertTrue(driver.findElement(By.id("export-problem")).getText().startsWith("Type your name first"));
            driver.findElement(By.id("reviewer")).sendKeys("Nino Editor");
            click(null, "#export");
            String json = driver.findElement(By.id("decisions")).getAttribute("value");
            assertTrue(json.contains("\"version\": 2") && json.contains("\"correction\"") && json.contains("И не только его."), json);
            assertEquals(5, json.split("\"fingerprint\"").length - 1, "one decision per unit, 8 taken back: " + json);
            Files.writeString(decisions, json, StandardCharsets.UTF_8);
            driver.navigate().refresh();
            assertEquals("", driver.findElement(By.id("pending")).getText(), "exported: no longer kept");
            assertEquals("", status("1"));
            assertEquals("Download the last export again", driver.findElement(By.id("download")).getText());
            assertEquals(List.of(), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList(), "no console errors");
        } finally {
            driver.quit();
        }

        StringBuilder first = new StringBuilder();
        assertEquals(1, workbench(project, first, "review", "apply", decisions.toString()), "unit 10 held back: exit 1\n" + first);
        assertTrue(first.toString().contains("5 decisions: 5 applied"), first.toString());
        assertEquals(TargetState.SIGNED_OFF, unit(ru, "1").state());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit(ru, "2").state());
        assertEquals(TargetState.TRANSLATED, unit(ru, "3").state(), "a comment only");
        TransUnit four = unit(ru, "4");
        assertEquals(TargetState.SIGNED_OFF, four.state());
        assertTrue(Review.targetText(four).endsWith("теснить <g1>русский язык</g1>. И не только его."), Review.targetText(four));
        assertTrue(Files.readString(ru).contains("<g id=\"1\" ctype=\"bold\">русский язык</g>. И не только его."));
        assertTrue(four.notes().get(0).text().startsWith("corrected; was: Тем временем"), four.notes().toString());
        TransUnit ten = unit(ru, "10");
        assertTrue(Review.targetText(ten).contains("Даже в Степанакерте."), "the correction stands");
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, ten.state(), "but with an error it is not signed off");
        assertEquals(null, SignOffLog.of(ru).get("10"));
        byte[] xliff = Files.readAllBytes(ru);
        byte[] log = Files.readAllBytes(SignOffLog.fileFor(ru));

        StringBuilder second = new StringBuilder();
        workbench(project, second, "review", "apply", decisions.toString());
        assertTrue(second.toString().contains("5 decisions: 0 applied, 5 already applied (skipped)"), second.toString());
        assertArrayEquals(xliff, Files.readAllBytes(ru), "the second run changes nothing");
        assertArrayEquals(log, Files.readAllBytes(SignOffLog.fileFor(ru)));
    }

    private void start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chrome-profile"), "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setCapability("unhandledPromptBehavior", "ignore"); // the test answers the page's questions itself
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** The browser closed and opened again on the same profile, as an editor coming back the next day. */
    private void restart() {
        driver.quit();
        start();
    }

    private WebElement cell(String unit) {
        return driver.findElement(By.cssSelector("tr[data-unit='" + unit + "'] td.cell"));
    }

    private WebElement target(String unit) {
        return cell(unit).findElement(By.cssSelector(".target"));
    }

    private WebElement button(String unit, String name) {
        return cell(unit).findElement(By.cssSelector(".decide ." + name));
    }

    private String status(String unit) {
        return cell(unit).findElement(By.cssSelector(".decided")).getText();
    }

    private void click(String unit, String what) {
        WebElement e = unit == null ? driver.findElement(By.cssSelector(what)) : button(unit, what);
        js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    /** Runs the real launcher in the project (the jar the build made); its output goes to {@code out}. */
    private static int workbench(Path project, StringBuilder out, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("workbench").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("WORKBENCH_SKIP_BUILD", "1");
        Process p = pb.start();
        out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        int code = p.waitFor();
        System.out.print(out);
        return code;
    }
}
