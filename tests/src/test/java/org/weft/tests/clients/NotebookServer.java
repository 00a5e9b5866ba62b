package org.weft.tests.clients;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Jupyter Notebook server (classic Notebook 6, Debian's {@code jupyter-notebook}) started for one
 * test: on a free port of 127.0.0.1, with a random token, serving one folder, with its own Jupyter
 * configuration, data and runtime folders so that nothing of the machine's user leaks in. Its log
 * goes to a file, which {@link #log()} reads back for failure messages.
 *
 * <p>{@link #close()} stops it with SIGTERM, on which the server shuts its kernels down, then
 * kills whatever is left of it and its kernels.
 */
final class NotebookServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String token;
    private final Path logFile;

    private NotebookServer(Process process, int port, String token, Path logFile) {
        this.process = process;
        this.port = port;
        this.token = token;
        this.logFile = logFile;
    }

    /**
     * Starts {@code python -m notebook} serving {@code notebookDir}, with {@code home} for its own
     * folders and {@code environment} added (JUPYTER_PATH, to find the kernelspec).
     */
    static NotebookServer start(String python, Path notebookDir, Path home, Map<String, String> environment)
            throws IOException {
        int port = freePort();
        String token = UUID.randomUUID().toString().replace("-", "");
        for (String dir : List.of("config", "data", "runtime", "ipython")) {
            Files.createDirectories(home.resolve(dir));
        }
        Path logFile = home.resolve("notebook.log");
        ProcessBuilder builder = new ProcessBuilder(python, "-m", "notebook", "--no-browser", "--allow-root",
                "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                "--notebook-dir=" + notebookDir)
                .directory(notebookDir.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).redirectInput(new File("/dev/null"));
        builder.environment().putAll(environment);
        builder.environment().put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        builder.environment().put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        builder.environment().put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        builder.environment().put("IPYTHONDIR", home.resolve("ipython").toString());
        return new NotebookServer(builder.start(), port, token, logFile);
    }

    /** Waits until the server answers its status API; false when it exited or the limit passed. */
    boolean awaitReady(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create(url() + "/api/status"))
                .header("Authorization", "token " + token).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(status, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Not listening yet: ask again shortly.
            }
            Thread.sleep(250);
        }
        return false;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String token() {
        return token;
    }

    /** What the server has logged so far. */
    String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> kernels = process.descendants().toList();
        process.destroy(); // SIGTERM: the server shuts its kernels down, then exits
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        kernels.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
