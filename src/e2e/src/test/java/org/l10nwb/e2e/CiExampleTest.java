package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import org.l10nwb.core.testing.Shared;

/**
 * The README's GitHub Actions example: it parses as YAML, asks for the permissions the SARIF
 * upload needs, builds in a step of its own, and its steps run in order here with the real
 * launcher (a local stand-in takes the upload's place): a check that finds nothing or findings
 * leaves a SARIF file to upload; one that cannot run (exit 2) shows its error, and the upload's
 * condition keeps it from uploading a file that does not exist.
 */
class CiExampleTest {
    private static final Path ROOT = Shared.projectRoot();

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```yaml\nname: glossary");
        assertTrue(start >= 0, "the README has the example");
        String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```\n", start + 8));
        return new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws IOException {
        Map<String, Object> jobs = (Map<String, Object>) workflow().get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("check")).get("steps");
    }

    @Test
    void theExampleParsesAndAsksForWhatTheUploadNeeds() throws IOException {
        Map<String, Object> w = workflow();
        assertEquals(Map.of("contents", "read", "actions", "read", "security-events", "write"), w.get("permissions"));
        List<Map<String, Object>> steps = steps();
        assertEquals(5, steps.size(), steps.toString());
        assertEquals("actions/checkout@v4", steps.get(0).get("uses"));
        assertEquals("actions/setup-java@v4", steps.get(1).get("uses"));
        assertEquals("Build the workbench", steps.get(2).get("name"));
        assertTrue(String.valueOf(steps.get(2).get("run")).startsWith("./workbench "), steps.get(2).toString());
        assertEquals("check", steps.get(3).get("id"));
        assertTrue(String.valueOf(steps.get(3).get("run")).contains("./workbench check --format sarif --output glossary.sarif"));
        Map<String, Object> upload = steps.get(4);
        assertEquals("github/codeql-action/upload-sarif@v4", upload.get("uses"));
        String condition = String.valueOf(upload.get("if"));
        assertTrue(condition.contains("always()") && condition.contains("hashFiles('glossary.sarif') != ''")
                && condition.contains("steps.check.outputs.exit-code == '1'")
                && condition.contains("github.event.pull_request.head.repo.full_name == github.repository"), condition);
        assertEquals("glossary.sarif", ((Map<?, ?>) upload.get("with")).get("sarif_file"));
    }

    private record Step(int exit, String output, String githubOutput) {
    }

    /** Runs a step's script as the runner would (bash, in the checkout), the launcher standing for ./workbench. */
    private Step run(Map<String, Object> step, Path checkout) throws IOException, InterruptedException {
        String script = String.valueOf(step.get("run")).replace("./workbench", "'" + ROOT.resolve("workbench") + "'");
        Path output = dir.resolve("github-output-" + System.nanoTime());
        Files.writeString(output, "");
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script).directory(checkout.toFile())
                .redirectErrorStream(true);
        pb.environment().put("GITHUB_OUTPUT", output.toString());
        pb.environment().put("WORKBENCH_SKIP_BUILD", "1");
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the step ended");
        return new Step(p.exitValue(), out, Files.readString(output));
    }

    /** The stand-in for the upload: what its condition allows, given the check step's outcome. */
    private static boolean uploads(Step check, Path checkout) {
        String code = check.githubOutput().lines().filter(l -> l.startsWith("exit-code=")).map(l -> l.substring(10))
                .findFirst().orElse("");
        return Files.isRegularFile(checkout.resolve("glossary.sarif")) && (code.equals("0") || code.equals("1"));
    }

    @Test
    void theStepsRunInOrderAndAFailedCheckUploadsNothing() throws Exception {
        List<Map<String, Object>> steps = steps();
        Path project = Shared.copyProject(dir);
        Step build = run(steps.get(2), project);
        assertEquals(0, build.exit(), build.output());
        assertTrue(build.output().startsWith("workbench "), build.output());
        Step check = run(steps.get(3), project);
        assertTrue(check.exit() == 0 || check.exit() == 1, check.toString());
        assertTrue(uploads(check, project), "a SARIF file to upload: " + check);
        assertTrue(Files.readString(project.resolve("glossary.sarif")).contains("\"runs\""));

        // not a project: the check cannot run, says why, and leaves nothing to upload
        Path empty = Files.createDirectories(dir.resolve("not-a-project"));
        Step failed = run(steps.get(3), empty);
        assertEquals(2, failed.exit(), failed.toString());
        assertTrue(failed.output().contains("workbench: ") && failed.output().contains("::error::workbench check could"
                + " not check (exit 2)"), failed.output());
        assertFalse(uploads(failed, empty), failed.toString());
        assertFalse(Files.exists(empty.resolve("glossary.sarif")));
    }
}
