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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The whole loop between editor, translator and the publication gate, with the real launcher, the
 * real review page in headless Chromium and the real shell in tmux: the editor rejects a unit with
 * a reason and approves two, reloads the page (the decisions are still there) and exports; {@code
 * review apply}; the translator's shell opens on the rejected unit and shows the reason; the fix is
 * confirmed; a second report and export approve it and the rest; {@code build} with {@code
 * build.require = signed-off} passes only then, and gives back the committed edition byte for
 * byte. Applying a decisions file again changes nothing, the older one included. Needs chromium,
 * chromium-driver and tmux (CI installs them); skipped without them.
 */
class ReviewLoopEndToEndTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String EDITOR = "Nino Editor";
    /** Russian unit 9:4 as first translated: "Thankless" read as "ungrateful" (the review found it). */
    private static final String BAD = "Шаг неблагодарный, лично для него болезненный, но прагматичный.";
    private static final String FIXED = "Шаг, за который его никто не поблагодарит, лично для него болезненный, но прагматичный.";
    private static final String REASON = "«неблагодарный» читается как «неблагодарная Армения»";

    @TempDir
    Path dir;
    private WebDriver driver;
    private Tmux tmux;

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void aRejectedUnitGoesBackToTheTranslatorAndIsPublishedOnlyOnceSignedOff() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are not installed");
        assumeTrue(Tmux.installed(), "tmux is not installed");
        Path project = Shared.copyProjectBeforeReview(dir);
        Files.writeString(project.resolve("workbench.properties"), "build.require = signed-off\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path ru = project.resolve("locales/ru/article.xlf");
        Path log = SignOffLog.fileFor(ru);
        String xml = Files.readString(ru, StandardCharsets.UTF_8);
        String committed = unit(ru, "9").targetSegment("4").plainText();
        assertEquals(FIXED, committed, "the committed edition holds the fix");
        Files.writeString(ru, xml.replace(FIXED, BAD), StandardCharsets.UTF_8);

        // the editor: reject 9, approve 1 and 2, reload, export
        report(project);
        String page = project.resolve("review/article.ru.html").toUri().toString();
        startBrowser();
        driver.get(page);
        click("1", "approve");
        click("2", "approve");
        click("9", "reject");
        cell("9").findElement(By.cssSelector(".note-text")).sendKeys(REASON);
        click("9", "reject");
        driver.navigate().refresh();
        assertTrue(status("1").startsWith("approved"), status("1"));
        assertTrue(status("2").startsWith("approved"), status("2"));
        assertTrue(status("9").startsWith("rejected: " + REASON), "still there after a reload: " + status("9"));
        Path first = export("decisions-1.json");

        Out built = workbench(project, "build", "--locale", "ru");
        assertEquals(1, built.code(), "nothing is signed off yet\n" + built);

        Out applied = workbench(project, "review", "apply", first.toString());
        assertEquals(0, applied.code(), applied.toString());
        assertTrue(applied.text().contains("3 decisions: 3 applied"), applied.toString());
        assertTrue(Review.rejected(unit(ru, "9")));
        built = workbench(project, "build", "--locale", "ru");
        assertEquals(1, built.code(), built.toString());
        assertTrue(built.text().contains("rejected by the editor: unit 9"), built.toString());
        assertTrue(built.text().contains(" of the units not signed off (build.require = signed-off)"), built.toString());

        // the translator: open goes to the rejected unit and show gives the reason; fix and confirm
        startShell(project);
        tmux.type("open ru");
        tmux.await("ru 9:1>");
        tmux.type("show");
        tmux.await("Rejected by the editor: fix it and confirm");
        tmux.await(REASON);
        assertTrue(tmux.screen().contains(EDITOR), "who rejected it:\n" + tmux.screen());
        tmux.type("goto 9:4");
        tmux.await("ru 9:4>");
        tmux.type("t " + FIXED);
        tmux.await("translated 9:4 as a draft (saved)");
        tmux.type("confirm --stay");
        tmux.await("confirmed unit 9 (saved)");
        tmux.type("exit");
        tmux.awaitEnd("the shell ends (and lets go of the file)");
        tmux = null;
        TransUnit nine = unit(ru, "9");
        assertEquals(TargetState.TRANSLATED, nine.state());
        assertFalse(Review.rejected(nine));
        built = workbench(project, "build", "--locale", "ru");
        assertEquals(1, built.code(), "fixed but not signed off yet\n" + built);
        assertFalse(built.text().contains("rejected by the editor"), built.toString());

        // the second review: approve the fix and everything not signed off yet
        report(project);
        driver.get(page);
        List<String> toApprove = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("tr[data-unit]"))) {
            if (!row.getAttribute("data-statuses").equals("signed-off")) {
                toApprove.add(row.getAttribute("data-unit"));
            }
        }
        assertEquals(18, toApprove.size(), toApprove.toString());
        assertTrue(toApprove.contains("9"));
        js("window.confirm = function () { return true; }"); // the editor approves units with findings all the same
        for (String u : toApprove) {
            click(u, "approve");
        }
        Path second = export("decisions-2.json");
        applied = workbench(project, "review", "apply", second.toString());
        assertEquals(0, applied.code(), applied.toString());
        assertTrue(applied.text().contains("18 decisions: 18 applied"), applied.toString());

        built = workbench(project, "build", "--locale", "ru");
        assertEquals(0, built.code(), "every unit signed off: the gate lets it through\n" + built);
        assertArrayEquals(Files.readAllBytes(ROOT.resolve("locales/ru/article.txt")),
                Files.readAllBytes(project.resolve("locales/ru/article.txt")), "the committed edition, byte for byte");
        SignOffLog signOffs = SignOffLog.of(ru);
        for (TransUnit u : new XliffReader().read(ru).units()) {
            assertTrue(u.state().isSignedOff(), "unit " + u.id());
            assertEquals(EDITOR, signOffs.get(u.id()).by(), "who signed off unit " + u.id());
        }

        // applying again changes nothing: the same file, and the older one whose rejection is outdated
        byte[] xliff = Files.readAllBytes(ru);
        byte[] logBytes = Files.readAllBytes(log);
        Out again = workbench(project, "review", "apply", second.toString());
        assertTrue(again.text().contains("18 decisions: 0 applied, 18 already applied (skipped)"), again.toString());
        Out older = workbench(project, "review", "apply", first.toString());
        assertEquals(0, older.code(), older.toString());
        assertTrue(older.text().contains("3 decisions: 0 applied, 2 already applied (skipped), 0 superseded by a later"
                + " decision on the same unit, 1 older than the unit's last decision (skipped), 0 refused"), older.toString());
        assertArrayEquals(xliff, Files.readAllBytes(ru), "the XLIFF is byte for byte the same");
        assertArrayEquals(logBytes, Files.readAllBytes(log), "and so is the sign-off log");
    }

    // ---- the editor's page --------------------------------------------------------------------

    private void report(Path project) throws Exception {
        Out r = workbench(project, "review", "report", "--locale", "ru");
        assertEquals(0, r.code(), r.toString());
    }

    private void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chrome-profile"), "--window-size=1280,1600");
        options.setCapability("unhandledPromptBehavior", "ignore");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** Types the editor's name, exports, and saves the decisions as the editor's download would. */
    private Path export(String name) throws IOException {
        WebElement reviewer = driver.findElement(By.id("reviewer"));
        reviewer.clear();
        reviewer.sendKeys(EDITOR);
        click(null, "#export");
        String json = driver.findElement(By.id("decisions")).getAttribute("value");
        assertTrue(json.contains("\"reviewer\": \"" + EDITOR + "\""), json);
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private WebElement cell(String unit) {
        return driver.findElement(By.cssSelector("tr[data-unit='" + unit + "'] td.cell"));
    }

    private String status(String unit) {
        return cell(unit).findElement(By.cssSelector(".decided")).getText();
    }

    private void click(String unit, String what) {
        WebElement e = unit == null ? driver.findElement(By.cssSelector(what))
                : cell(unit).findElement(By.cssSelector(".decide ." + what));
        js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    // ---- the translator's shell ---------------------------------------------------------------

    private void startShell(Path project) throws Exception {
        String name = "wb-loop-" + ProcessHandle.current().pid();
        String command = "cd '" + project + "' && exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 WORKBENCH_SKIP_BUILD=1"
                + " WORKBENCH_REVIEWER='Ivan Translator' '" + ROOT.resolve("workbench") + "'";
        tmux = Tmux.start(name, 200, 60, 300, command);
        tmux.await("workbench>");
    }

    // ---- the launcher -------------------------------------------------------------------------

    private record Out(int code, String text) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + text;
        }
    }

    /** The real launcher, one-shot, in the project (the jar the build made). */
    private static Out workbench(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("workbench").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("WORKBENCH_SKIP_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Out(p.waitFor(), out);
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }
}
