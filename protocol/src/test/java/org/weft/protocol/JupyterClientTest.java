package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The echo kernel driven by the real jupyter_client (Debian's {@code python3-jupyter-client}) in
 * a subprocess: the check that our wire format is Jupyter's, not just our own client's.
 * Skipped, with a message, where no Python can import jupyter_client.
 */
class JupyterClientTest {
    private static final String SCRIPT = "drive_with_jupyter_client.py";

    @Test
    @DisplayName("jupyter_client's BlockingKernelClient: kernel_info, execute, stdin, heartbeat, shutdown")
    void realClient(@TempDir Path dir) throws Exception {
        Optional<String> python = pythonWithJupyterClient();
        Assumptions.assumeTrue(python.isPresent(), "skipped: no python3 that can import jupyter_client "
                + "(tried $WEFT_PYTHON, python3, /usr/bin/python3); install Debian's python3-jupyter-client");
        Path script = dir.resolve(SCRIPT);
        try (InputStream in = JupyterClientTest.class.getResourceAsStream(SCRIPT)) {
            Files.copy(in, script);
        }
        try (EchoKernel kernel = new EchoKernel(ConnectionInfo.loopback("jupyter-client-test-key"))) {
            Path connectionFile = dir.resolve("kernel-echo.json");
            kernel.connectionInfo().write(connectionFile);
            Process process = new ProcessBuilder(python.get(), script.toString(), connectionFile.toString())
                    .redirectErrorStream(true).start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(finished, "jupyter_client did not finish:\n" + output);
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("ALL OK"), output);
        }
    }

    private static Optional<String> pythonWithJupyterClient() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("WEFT_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3"); // Debian's, when a pyenv or venv python3 comes first
        for (String candidate : candidates) {
            if (imports(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean imports(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import jupyter_client")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
