package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.weft.protocol.client.Exchange;
import org.weft.protocol.client.KernelClient;

/** The echo kernel over real JeroMQ sockets on loopback, driven by {@link KernelClient}. */
class ChannelsTest {
    // Generous: these bound a hang, they do not measure speed.
    private static final Duration WAIT = Duration.ofSeconds(20);

    private EchoKernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() throws Exception {
        kernel = new EchoKernel(ConnectionInfo.loopback("test-key"));
        client = KernelClient.connect(kernel.connectionInfo());
        client.waitForReady(WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        kernel.close();
        assertTrue(kernel.channels.awaitClosed(WAIT));
    }

    @Test
    @DisplayName("binding port 0 chooses real ports")
    void portsChosen() {
        for (Channel channel : Channel.values()) {
            assertNotEquals(0, kernel.connectionInfo().port(channel), channel.wireName());
        }
    }

    @Nested
    @DisplayName("kernel_info")
    class KernelInfo {
        @Test
        @DisplayName("on shell: a reply with status, parent header, and busy then idle on IOPub")
        void shell() throws Exception {
            check(client.call(Channel.SHELL, "kernel_info_request", null, WAIT));
        }

        @Test
        @DisplayName("on control too")
        void control() throws Exception {
            check(client.call(Channel.CONTROL, "kernel_info_request", null, WAIT));
        }

        private void check(Exchange exchange) {
            Message reply = exchange.reply();
            assertEquals("kernel_info_reply", reply.msgType());
            assertEquals("ok", reply.content().get("status").getAsString());
            assertEquals("5.3", reply.content().get("protocol_version").getAsString());
            assertEquals("5.3", reply.header().version());
            assertEquals(exchange.request().header(), reply.parentHeader());
            assertEquals(List.of("status", "status"), exchange.iopubTypes());
            assertEquals("busy", state(exchange.iopub().get(0)));
            assertEquals("idle", state(exchange.iopub().get(1)));
        }
    }

    @Nested
    @DisplayName("execute, answered from another thread")
    class Execute {
        @Test
        @DisplayName("output and reply arrive between busy and idle, counts go up")
        void echo() throws Exception {
            Exchange first = client.call(Channel.SHELL, "execute_request",
                    EchoKernel.executeContent("hello", false), WAIT);
            assertEquals(List.of("status", "stream", "status"), first.iopubTypes());
            assertEquals("hello", first.iopubOf("stream").get(0).content().get("text").getAsString());
            assertEquals(1, first.reply().content().get("execution_count").getAsInt());
            Exchange second = client.call(Channel.SHELL, "execute_request",
                    EchoKernel.executeContent("again", false), WAIT);
            assertEquals(2, second.reply().content().get("execution_count").getAsInt());
        }

        @Test
        @DisplayName("input_request goes to the client on stdin and its input_reply comes back")
        void input() throws Exception {
            List<Message> asked = new ArrayList<>();
            Exchange exchange = client.call(Channel.SHELL, "execute_request",
                    EchoKernel.executeContent("input:Name? ", true), WAIT, request -> {
                        asked.add(request);
                        return "Ada";
                    });
            assertEquals(1, asked.size());
            assertEquals("Name? ", asked.get(0).content().get("prompt").getAsString());
            assertFalse(asked.get(0).content().get("password").getAsBoolean());
            assertEquals(exchange.request().msgId(), asked.get(0).parentMsgId());
            assertEquals("Ada", exchange.iopubOf("stream").get(0).content().get("text").getAsString());
        }

        @Test
        @DisplayName("an input_reply without a parent header (as jupyter_client sends it) is matched too")
        void inputReplyWithoutParent() throws Exception {
            Message execute = client.send(Channel.SHELL, "execute_request",
                    EchoKernel.executeContent("input:? ", true));
            client.inputRequest(WAIT);
            JsonObject value = new JsonObject();
            value.addProperty("value", "no parent");
            client.sendMessage(Channel.STDIN, new Message(List.of(), client.session().header("input_reply"),
                    null, null, value, List.of()));
            assertEquals("ok", client.reply(execute, WAIT).content().get("status").getAsString());
            List<Message> iopub = client.awaitIdle(execute, WAIT);
            assertEquals("no parent", iopub.get(1).content().get("text").getAsString());
        }

        @Test
        @DisplayName("many threads publishing at once: nothing lost, each thread's order kept")
        void concurrentPublishing() throws Exception {
            int threads = 8;
            Exchange exchange = client.call(Channel.SHELL, "execute_request",
                    EchoKernel.executeContent("threads:" + threads, false), WAIT);
            Map<String, Integer> nextLine = new HashMap<>();
            for (Message stream : exchange.iopubOf("stream")) {
                String[] threadAndLine = stream.content().get("text").getAsString().split(":");
                int expected = nextLine.getOrDefault(threadAndLine[0], 0);
                assertEquals(expected, Integer.parseInt(threadAndLine[1]), "order of thread " + threadAndLine[0]);
                nextLine.put(threadAndLine[0], expected + 1);
            }
            assertEquals(threads * EchoKernel.LINES_PER_THREAD, exchange.iopubOf("stream").size());
            assertEquals("idle", state(exchange.iopub().get(exchange.iopub().size() - 1)));
        }
    }

    @Nested
    @DisplayName("bad messages are dropped without a reply, and the kernel goes on")
    class Dropped {
        // A DEALER's messages reach the kernel in order and shell handles them in order, so once
        // the good request's reply is in, any reply to the bad one would already be here.
        private void assertDroppedThenServes(Message bad) throws Exception {
            Exchange good = client.call(Channel.SHELL, "kernel_info_request", null, WAIT);
            assertEquals("ok", good.reply().content().get("status").getAsString());
            assertNull(replyTo(bad));
            assertTrue(client.iopub(bad).isEmpty(), "no busy/idle for a dropped message");
        }

        private Message replyTo(Message request) {
            // reply() with no time left returns what already came or times out at once.
            try {
                return client.reply(request, Duration.ofMillis(1));
            } catch (java.util.concurrent.TimeoutException e) {
                return null;
            }
        }

        @Test
        @DisplayName("a wrong signature")
        void wrongKey() throws Exception {
            Message bad = client.session().message("kernel_info_request", null);
            client.sendRaw(Channel.SHELL, WireCodec.forKey("wrong-key").encode(bad));
            assertDroppedThenServes(bad);
        }

        @Test
        @DisplayName("a missing signature")
        void unsigned() throws Exception {
            Message bad = client.session().message("kernel_info_request", null);
            client.sendRaw(Channel.SHELL, WireCodec.forKey("").encode(bad));
            assertDroppedThenServes(bad);
        }

        @Test
        @DisplayName("a replayed message: the first copy is answered, the second is not")
        void replay() throws Exception {
            Message request = client.session().message("kernel_info_request", null);
            List<byte[]> frames = WireCodec.forKey("test-key").encode(request);
            client.sendRaw(Channel.SHELL, frames);
            Message first = client.reply(request, WAIT);
            client.sendRaw(Channel.SHELL, frames);
            Exchange good = client.call(Channel.SHELL, "kernel_info_request", null, WAIT);
            assertEquals("ok", good.reply().content().get("status").getAsString());
            assertEquals(first, client.reply(request, WAIT), "still the first reply only");
            assertEquals(2, client.iopub(request).size(), "one busy/idle pair only");
        }

        @Test
        @DisplayName("garbage frames, too few frames, and validly signed invalid JSON")
        void malformed() throws Exception {
            client.sendRaw(Channel.SHELL, List.of(bytes("garbage")));
            client.sendRaw(Channel.SHELL, List.of(WireCodec.DELIMITER, bytes("sig"), bytes("{}")));
            List<byte[]> json = List.of(bytes("{not json"), bytes("{}"), bytes("{}"), bytes("{}"));
            List<byte[]> frames = new ArrayList<>();
            frames.add(WireCodec.DELIMITER);
            frames.add(Signer.forKey("test-key").sign(json));
            frames.addAll(json);
            client.sendRaw(Channel.SHELL, frames);
            client.sendRaw(Channel.CONTROL, List.of(bytes("garbage")));
            assertDroppedThenServes(client.session().message("never_sent", null));
            Exchange control = client.call(Channel.CONTROL, "kernel_info_request", null, WAIT);
            assertEquals("kernel_info_reply", control.reply().msgType());
        }

        @Test
        @DisplayName("a handler that throws does not stop the channel")
        void handlerThrows() throws Exception {
            Message crash = client.send(Channel.SHELL, "crash_request", null);
            assertDroppedThenServes(crash);
        }
    }

    @Test
    @DisplayName("the heartbeat echoes pings")
    void heartbeat() {
        for (int i = 0; i < 3; i++) {
            assertTrue(client.ping(WAIT));
        }
    }

    @Test
    @DisplayName("shutdown_request on control is answered, then the channels close")
    void shutdown() throws Exception {
        JsonObject content = new JsonObject();
        content.addProperty("restart", false);
        Message request = client.send(Channel.CONTROL, "shutdown_request", content);
        Message reply = client.reply(request, WAIT);
        assertEquals("shutdown_reply", reply.msgType());
        assertFalse(reply.content().get("restart").getAsBoolean());
        assertTrue(kernel.channels.awaitClosed(WAIT));
    }

    @Test
    @DisplayName("closing frees the ports: a new kernel binds the same ones")
    void closeFreesPorts() throws Exception {
        ConnectionInfo used = kernel.connectionInfo();
        client.close();
        kernel.close();
        assertTrue(kernel.channels.awaitClosed(WAIT));
        kernel = new EchoKernel(used);
        client = KernelClient.connect(used);
        client.waitForReady(WAIT);
    }

    @Test
    @DisplayName("binding a port in use fails with the endpoint named, leaving nothing open")
    void bindFailure() {
        var e = assertThrows(java.net.BindException.class, () -> new EchoKernel(kernel.connectionInfo()));
        assertTrue(e.getMessage().contains("tcp://127.0.0.1:" + kernel.connectionInfo().port(Channel.SHELL)),
                e.getMessage());
    }

    @Test
    @DisplayName("unsigned mode: an empty key works end to end")
    void unsignedEndToEnd() throws Exception {
        try (EchoKernel unsigned = new EchoKernel(ConnectionInfo.loopback(""));
                KernelClient plain = KernelClient.connect(unsigned.connectionInfo())) {
            plain.waitForReady(WAIT);
            assertEquals("ok", plain.call(Channel.SHELL, "kernel_info_request", null, WAIT)
                    .reply().content().get("status").getAsString());
        }
    }

    @Test
    @DisplayName("ipc is refused with a clear message: JeroMQ cannot serve it to Jupyter clients")
    void ipcRefused() {
        ConnectionInfo ipc = new ConnectionInfo(ConnectionInfo.Transport.IPC, "/tmp/kernel-ipc",
                ConnectionInfo.loopback("").ports(), ConnectionInfo.HMAC_SHA256, "k", "");
        var e = assertThrows(java.net.BindException.class, () -> new EchoKernel(ipc));
        assertTrue(e.getMessage().contains("ipc transport is not supported"), e.getMessage());
    }

    private static String state(Message status) {
        return status.content().get("execution_state").getAsString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
