import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.weft.protocol.Channel;
import org.weft.protocol.ConnectionInfo;
import org.weft.protocol.client.KernelClient;

/**
 * A short Jupyter session with a freshly started Weft kernel, so that the JVM's class-data-sharing
 * archive (which {@code install.sh} asks for with {@code WEFT_CDS_DUMP}) holds the classes a real
 * session loads: kernel_info, cells that print, compute, fail and start threads, completion and
 * inspection, then a clean shutdown (the archive is written when the JVM exits normally).
 *
 * <p>Run as a single-file program: {@code java -cp "install/build/lib/*" KernelWarmup.java install/weft-kernel}.
 */
public final class KernelWarmup {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> CELLS = List.of(
            "print('hello')",
            "x = [i * i for i in range(100)]\nsum(x)",
            "import threading\nt = threading.Thread(target=print, args=('from a thread',))\nt.start(); t.join()",
            "def f(n):\n    return {k: str(k) for k in range(n)}\nlen(f(50))",
            "1 / 0");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("weft-warmup");
        Path connectionFile = dir.resolve("kernel.json");
        ConnectionInfo info = ConnectionInfo.loopback(UUID.randomUUID().toString());
        for (Channel channel : Channel.values()) {
            info = info.withPort(channel, freePort());
        }
        info.write(connectionFile);
        Process kernel = new ProcessBuilder(args[0], "-f", connectionFile.toString()).inheritIO().start();
        try (KernelClient client = KernelClient.connect(info)) {
            client.waitForReady(TIMEOUT);
            client.call(Channel.SHELL, "kernel_info_request", Map.of(), TIMEOUT);
            for (String cell : CELLS) {
                client.call(Channel.SHELL, "execute_request", execute(cell), TIMEOUT);
            }
            client.call(Channel.SHELL, "complete_request", Map.of("code", "pri", "cursor_pos", 3), TIMEOUT);
            client.call(Channel.SHELL, "inspect_request",
                    Map.of("code", "len", "cursor_pos", 3, "detail_level", 0), TIMEOUT);
            client.send(Channel.CONTROL, "shutdown_request", Map.of("restart", false));
            if (!kernel.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the kernel did not exit after shutdown_request");
            }
        } finally {
            kernel.destroyForcibly();
            Files.deleteIfExists(connectionFile);
            Files.deleteIfExists(dir);
        }
        System.exit(kernel.exitValue());
    }

    private static Map<String, Object> execute(String code) {
        return Map.of("code", code, "silent", false, "store_history", true,
                "user_expressions", Map.of(), "allow_stdin", false, "stop_on_error", false);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
