package org.weft.tests.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Weft kernel driven by real Jupyter clients: each script in {@code tests/clients}
 * ({@code check_*.py}: every message type, jupyter_kernel_test's conformance suite,
 * {@code jupyter console}, notebooks through nbclient) runs with Debian's Python against the
 * kernelspec {@code weft}, installed for this run by {@code install/install.sh} into a temporary
 * prefix, and fails with the script's output.
 *
 * <p>The same scripts also run against {@code python3}, ipykernel, the oracle for kernel
 * behaviour: a script that ipykernel fails is a wrong test, not a Weft bug.
 *
 * <p>Without the Python packages the scripts need, the tests are skipped with the list of
 * Debian packages to install, and fail instead under CI ({@code CI=true}; {@code .ci/run}
 * installs them). System properties: {@code weft.clients.dir} (the tests/clients folder),
 * {@code weft.install.script} (install/install.sh), {@code weft.clients.kernels}
 * (comma-separated, default {@code weft,python3}), {@code weft.clients.filter} (script name
 * prefix) and {@code weft.clients.timeout} (seconds per script, default 180).
 */
class JupyterClientsTest {

    private static Path prefix;
    private static JupyterPython python;

    @BeforeAll
    static void installKernelspec() throws IOException {
        python = JupyterPython.find();
        if (!python.usable()) {
            String why = python.missing() + "; install them (apt-get install python3-jupyter-client python3-nbclient "
                    + "python3-ipykernel python3-jupyter-kernel-test jupyter-console python3-pexpect) or set WEFT_PYTHON";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the Jupyter client tests cannot run: " + why);
            }
            Assumptions.abort("skipped: " + why);
        }
        prefix = Files.createTempDirectory("weft-clients");
        ScriptRun install = KernelspecInstall.into(prefix, installScript());
        assertTrue(install.succeeded(), "install/install.sh --prefix failed:\n" + install.output());
    }

    @AfterAll
    static void removePrefix() throws IOException {
        if (prefix != null) {
            try (Stream<Path> files = Files.walk(prefix)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> clientScripts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String kernel : kernels()) {
            for (Path script : scripts()) {
                String name = script.getFileName().toString().replaceFirst("\\.py$", "") + " --kernel " + kernel;
                tests.add(DynamicTest.dynamicTest(name, script.toUri(), () -> run(script, kernel)));
            }
        }
        return tests.stream();
    }

    private static void run(Path script, String kernel) throws IOException {
        Path home = prefix.resolve("home-" + kernel);
        Files.createDirectories(home.resolve("runtime"));
        Files.createDirectories(home.resolve("ipython"));
        Map<String, String> environment = Map.of(
                "JUPYTER_PATH", KernelspecInstall.jupyterPath(prefix),
                "JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString(), // connection files
                "IPYTHONDIR", home.resolve("ipython").toString(),          // ipykernel's history database
                "PYDEVD_DISABLE_FILE_VALIDATION", "1",                       // quiets debugpy's start-up warning
                "PYTHONDONTWRITEBYTECODE", "1");
        List<String> command = List.of(python.executable(), script.getFileName().toString(), "--kernel", kernel);
        ScriptRun run = ScriptRun.of(command, script.getParent(), environment, Duration.ofSeconds(timeoutSeconds()));
        stopStrayKernels(home.resolve("runtime"));
        if (!run.succeeded() && kernel.equals("python3")) {
            // The oracle only shows that a script's expectations hold for ipykernel, so it gets one
            // more try. (Its console check attaches to a running ipykernel: a console that started
            // ipykernel itself missed all its IOPub messages in about one run of eight.)
            System.out.println("clients: " + script.getFileName() + " --kernel python3 failed once; trying again");
            run = ScriptRun.of(command, script.getParent(), environment, Duration.ofSeconds(timeoutSeconds()));
            stopStrayKernels(home.resolve("runtime"));
        }
        if (!run.succeeded()) {
            fail(String.join(" ", command) + (run.timedOut() ? " timed out after " + timeoutSeconds() + " s"
                    : " exited with " + run.exitStatus()) + ":\n" + run.output());
        }
        System.out.println("clients: " + run.lastLine());
    }

    /**
     * Kills the kernels this run started that outlived their client (a console killed before it could
     * shut its kernel down): those whose command line names a connection file in this run's runtime
     * folder, which no other process can know.
     */
    private static void stopStrayKernels(Path runtimeDir) {
        String marker = runtimeDir.toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .forEach(p -> {
                    System.out.println("clients: stopping a kernel its client left running: " + p.pid());
                    p.destroyForcibly();
                });
    }

    private static List<Path> scripts() throws IOException {
        String filter = System.getProperty("weft.clients.filter", "").trim();
        try (Stream<Path> files = Files.list(clientsDir())) {
            List<Path> scripts = files.filter(p -> p.getFileName().toString().matches("check_.*\\.py"))
                    .filter(p -> p.getFileName().toString().startsWith(filter.isEmpty() ? "check_" : filter))
                    .sorted().toList();
            if (scripts.isEmpty()) {
                fail("no check_*.py under " + clientsDir() + " matches '" + filter + "'");
            }
            return scripts;
        }
    }

    private static List<String> kernels() {
        return Stream.of(System.getProperty("weft.clients.kernels", "weft,python3").split(","))
                .map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    private static long timeoutSeconds() {
        return Long.getLong("weft.clients.timeout", 180L);
    }

    private static Path clientsDir() {
        return existing(System.getProperty("weft.clients.dir"), Paths.get("clients"), Paths.get("tests", "clients"));
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
