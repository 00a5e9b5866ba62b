package org.weft.kernel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.weft.protocol.Channels;
import org.weft.protocol.ConnectionInfo;
import org.weft.protocol.Session;
import org.weft.protocol.client.KernelClient;

/** A kernel in this JVM on loopback sockets, with a connected client: real ZeroMQ both ways. */
final class RunningKernel implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final Kernel kernel;
    final KernelClient client;
    private final Channels channels;

    RunningKernel(Path historyFile) throws Exception {
        channels = Channels.bind(ConnectionInfo.loopback("test-key"), Session.random("kernel"));
        KernelOptions options = new KernelOptions(Path.of("unused.json"), false, historyFile,
                KernelOptions.STACK_BYTES, List.of());
        kernel = new Kernel(channels, options);
        kernel.start();
        client = KernelClient.connect(channels.connectionInfo());
        client.waitForReady(TIMEOUT);
    }

    @Override
    public void close() throws TimeoutException, InterruptedException {
        client.close();
        kernel.close();
        channels.awaitClosed(Duration.ofSeconds(10));
    }
}
