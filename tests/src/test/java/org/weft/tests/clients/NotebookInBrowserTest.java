package org.weft.tests.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tutorial in a real browser: Jupyter Notebook (Debian's classic Notebook 6) serves a copy of
 * {@code notebooks/02-measuring-a-speedup.ipynb}, whose metadata picks the {@code weft} kernel,
 * installed for this run by {@code install/install.sh --prefix}; headless Chromium (Debian's
 * {@code /usr/bin/chromium}), driven by Playwright from {@code tests/browser/run_tutorial.mjs}, runs
 * all its cells from the menu and checks that the page shows the {@code %%threads} table and the
 * {@code %%timeline} SVG. Screenshots go to {@code tests/target/browser}.
 *
 * <p>Without Chromium, Node.js, Notebook or {@code tests/browser/node_modules} the test is skipped
 * with what to install, and fails instead under CI ({@code CI=true}; {@code .ci/run} installs them).
 * System properties: {@code weft.browser.dir} (tests/browser), {@code weft.notebooks.dir}
 * (notebooks), {@code weft.install.script} (install/install.sh), {@code weft.browser.timeout}
 * (seconds for the browser run, default 300). Environment: {@code WEFT_PYTHON} (the Python with
 * Notebook, default /usr/bin/python3), {@code WEFT_CHROMIUM} (default /usr/bin/chromium).
 */
class NotebookInBrowserTest {

    private static final String TUTORIAL = "02-measuring-a-speedup.ipynb";
    /** The threads whose table row and timeline lane the tutorial's four-thread cells must show. */
    private static final String THREADS = "MainThread,part-0,part-1,part-2,part-3";

    private static String python;
    private static String chromium;

    @BeforeAll
    static void findTools() {
        String configuredPython = System.getenv("WEFT_PYTHON");
        python = configuredPython != null && !configuredPython.isBlank() ? configuredPython : "/usr/bin/python3";
        String configuredChromium = System.getenv("WEFT_CHROMIUM");
        chromium = configuredChromium != null && !configuredChromium.isBlank() ? configuredChromium : "/usr/bin/chromium";
        List<String> missing = missingTools();
        if (!missing.isEmpty()) {
            String why = String.join("; ", missing);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the browser test cannot run: " + why);
            }
            Assumptions.abort("skipped: " + why);
        }
    }

    @Test
    void tutorialShowsThreadsTableAndTimeline(@TempDir Path temp) throws IOException, InterruptedException {
        Path prefix = temp.resolve("prefix");
        ScriptRun install = KernelspecInstall.into(prefix, installScript());
        assertTrue(install.succeeded(), "install/install.sh --prefix failed:\n" + install.output());
        Path notebookDir = Files.createDirectories(temp.resolve("notebooks"));
        Files.copy(notebooksDir().resolve(TUTORIAL), notebookDir.resolve(TUTORIAL));
        Path out = Files.createDirectories(browserDir().getParent().resolve("target").resolve("browser"));

        try (NotebookServer server = NotebookServer.start(python, notebookDir, temp.resolve("home"),
                Map.of("JUPYTER_PATH", KernelspecInstall.jupyterPath(prefix)))) {
            if (!server.awaitReady(Duration.ofSeconds(90))) {
                fail("Jupyter Notebook did not start:\n" + server.log());
            }
            List<String> command = List.of("node", "run_tutorial.mjs", "--url", server.url(), "--token", server.token(),
                    "--notebook", TUTORIAL, "--out", out.toString(), "--threads", THREADS, "--browser", chromium,
                    "--timeout-s", String.valueOf(timeoutSeconds() - 60));
            ScriptRun run = ScriptRun.of(command, browserDir(), Map.of(), Duration.ofSeconds(timeoutSeconds()));
            System.out.println(run.output().strip());
            if (!run.succeeded()) {
                fail("node run_tutorial.mjs " + (run.timedOut() ? "timed out after " + timeoutSeconds() + " s"
                        : "exited with " + run.exitStatus()) + ":\n" + run.output() + "\n--- Jupyter Notebook's log:\n"
                        + tail(server.log(), 6000));
            }
        }
    }

    /** What this test needs and the machine lacks, each with how to get it. */
    private static List<String> missingTools() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(Paths.get(chromium))) {
            missing.add("no " + chromium + " (apt-get install chromium)");
        }
        if (!succeeds(List.of("node", "--version"))) {
            missing.add("no node on PATH (apt-get install nodejs npm)");
        }
        if (!succeeds(List.of(python, "-c", "import notebook, sys; sys.exit(0 if notebook.__version__.startswith('6.') else 1)"))) {
            missing.add(python + " has no classic Notebook 6 (apt-get install jupyter-notebook)");
        }
        if (!Files.isRegularFile(browserDir().resolve("node_modules").resolve("playwright-core").resolve("package.json"))) {
            missing.add("no playwright-core in " + browserDir() + " (run: npm ci --prefix " + browserDir() + ")");
        }
        return missing;
    }

    private static boolean succeeds(List<String> command) {
        try {
            return ScriptRun.of(command, Path.of("."), Map.of(), Duration.ofSeconds(60)).succeeded();
        } catch (RuntimeException e) { // the program does not exist
            return false;
        }
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : "..." + text.substring(text.length() - chars);
    }

    private static long timeoutSeconds() {
        return Long.getLong("weft.browser.timeout", 300L);
    }

    private static Path browserDir() {
        return existing(System.getProperty("weft.browser.dir"), Paths.get("browser"), Paths.get("tests", "browser"));
    }

    private static Path notebooksDir() {
        return existing(System.getProperty("weft.notebooks.dir"), Paths.get("..", "notebooks"), Paths.get("notebooks"));
    }

    private static Path installScript() {
        return existing(System.getProperty("weft.install.script"), Paths.get("..", "install", "install.sh"),
                Paths.get("install", "install.sh"));
    }

    private static Path existing(String configured, Path... fallbacks) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path path : fallbacks) {
            if (Files.exists(path)) {
                return path.toAbsolutePath().normalize();
            }
        }
        return fallbacks[0].toAbsolutePath().normalize();
    }
}
