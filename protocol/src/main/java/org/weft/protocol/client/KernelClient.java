package org.weft.protocol.client;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.protocol.Channel;
import org.weft.protocol.ConnectionFileException;
import org.weft.protocol.ConnectionInfo;
import org.weft.protocol.InvalidMessageException;
import org.weft.protocol.Message;
import org.weft.protocol.Session;
import org.weft.protocol.WireCodec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter client for tests: DEALER sockets on shell, control and stdin (sharing one identity,
 * as jupyter_client's do, so the kernel can route {@code input_request} by the shell identity), a
 * SUB socket on IOPub and a REQ socket for heartbeat pings.
 *
 * <pre>{@code
 * try (KernelClient client = KernelClient.connect(info)) {
 *     client.waitForReady(Duration.ofSeconds(10));
 *     Exchange info = client.call(Channel.SHELL, "kernel_info_request", null, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: see the package documentation.
 */
public final class KernelClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KernelClient.class);
    private static final byte[] PING = "ping".getBytes(StandardCharsets.US_ASCII);

    private final ConnectionInfo info;
    private final ZContext context = new ZContext(1);
    private final Session session = Session.random("weft-test-client");
    private final WireCodec codec;
    private final Map<Channel, ZMQ.Socket> sockets = new HashMap<>();
    private ZMQ.Socket heartbeat; // replaced after a lost ping: a REQ socket waits for its reply forever
    private final ZMQ.Poller poller;
    private final Inbox inbox = new Inbox();

    private KernelClient(ConnectionInfo info) {
        this.info = info;
        this.codec = WireCodec.forKey(info.key());
        context.setLinger(0);
        byte[] identity = session.id().getBytes(StandardCharsets.UTF_8);
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL, Channel.STDIN)) {
            ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
            dealer.setIdentity(identity);
            dealer.connect(info.connectEndpoint(channel));
            sockets.put(channel, dealer);
        }
        ZMQ.Socket sub = context.createSocket(SocketType.SUB);
        sub.subscribe(new byte[0]);
        sub.connect(info.connectEndpoint(Channel.IOPUB));
        sockets.put(Channel.IOPUB, sub);
        this.heartbeat = newHeartbeatSocket();
        this.poller = context.createPoller(4);
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL, Channel.STDIN, Channel.IOPUB)) {
            poller.register(sockets.get(channel), ZMQ.Poller.POLLIN);
        }
    }

    /** Connects to the kernel a connection info describes. */
    public static KernelClient connect(ConnectionInfo info) {
        return new KernelClient(info);
    }

    /** Connects to the kernel a connection file describes. */
    public static KernelClient connect(Path connectionFile) throws ConnectionFileException {
        return new KernelClient(ConnectionInfo.read(connectionFile));
    }

    /** The session whose id is this client's identity and is in its headers. */
    public Session session() {
        return session;
    }

    /** Sends a new request on shell, control or stdin; returns it, to wait for its answers. */
    public Message send(Channel channel, String msgType, Object content) {
        Message request = session.message(msgType, content);
        sendMessage(channel, request);
        return request;
    }

    /** Sends a message as it is (its identities are ignored: a DEALER has one peer). */
    public void sendMessage(Channel channel, Message message) {
        if (channel == Channel.IOPUB || channel == Channel.HEARTBEAT) {
            throw new IllegalArgumentException("clients do not send on " + channel.wireName());
        }
        sendFrames(sockets.get(channel), codec.encode(message.withIdentities(List.of())));
    }

    /** Sends raw frames, well-formed or not, as a hostile client would. */
    public void sendRaw(Channel channel, List<byte[]> frames) {
        sendFrames(sockets.get(channel), frames);
    }

    /** Sends a request and waits for its reply and for the kernel's {@code idle} about it. */
    public Exchange call(Channel channel, String msgType, Object content, Duration timeout)
            throws TimeoutException {
        return call(channel, msgType, content, timeout, null);
    }

    /** As {@link #call(Channel, String, Object, Duration)}, answering input requests meanwhile. */
    public Exchange call(Channel channel, String msgType, Object content, Duration timeout,
            InputAnswerer answerer) throws TimeoutException {
        Message request = send(channel, msgType, content);
        long deadline = deadline(timeout);
        while (!(inbox.hasReply(request) && inbox.hasIdle(request))) {
            answerInputs(answerer);
            pump(deadline, () -> "reply and idle for " + request);
        }
        return new Exchange(request, inbox.reply(request), inbox.iopub(request));
    }

    /** Waits for the reply to a request sent with {@link #send}. */
    public Message reply(Message request, Duration timeout) throws TimeoutException {
        long deadline = deadline(timeout);
        while (!inbox.hasReply(request)) {
            pump(deadline, () -> "reply to " + request);
        }
        return inbox.reply(request);
    }

    /**
     * Waits for the kernel's {@code idle} about a request sent with {@link #send}; returns the
     * IOPub messages about it so far. IOPub and shell are separate sockets, so a reply may arrive
     * before the output published ahead of it.
     */
    public List<Message> awaitIdle(Message request, Duration timeout) throws TimeoutException {
        long deadline = deadline(timeout);
        while (!inbox.hasIdle(request)) {
            pump(deadline, () -> "idle for " + request);
        }
        return inbox.iopub(request);
    }

    /** Waits for the next {@code input_request} the kernel sends. */
    public Message inputRequest(Duration timeout) throws TimeoutException {
        long deadline = deadline(timeout);
        while (!inbox.hasInputRequest()) {
            pump(deadline, () -> "input_request");
        }
        return inbox.takeInputRequest();
    }

    /** Answers an {@code input_request} with {@code value}. */
    public void answerInput(Message inputRequest, String value) {
        JsonObject content = new JsonObject();
        content.addProperty("value", value);
        Message reply = new Message(List.of(), session.header("input_reply"), inputRequest.header(),
                null, content, List.of());
        sendMessage(Channel.STDIN, reply);
    }

    /** The IOPub messages received so far whose parent is {@code request}. */
    public List<Message> iopub(Message request) {
        return inbox.iopub(request);
    }

    /** Receives for {@code duration}, for tests that check that nothing comes. */
    public void listen(Duration duration) {
        long deadline = deadline(duration);
        try {
            while (true) {
                pump(deadline, () -> "");
            }
        } catch (TimeoutException expected) {
            // listening is over
        }
    }

    /**
     * Waits until shell answers {@code kernel_info_request} and IOPub delivers, as jupyter_client's
     * {@code wait_for_ready} does: a SUB socket misses what is published before it has joined.
     */
    public void waitForReady(Duration timeout) throws TimeoutException {
        long deadline = deadline(timeout);
        while (true) {
            Message request = send(Channel.SHELL, "kernel_info_request", null);
            long attempt = Math.min(deadline, System.nanoTime() + Duration.ofMillis(500).toNanos());
            try {
                while (!(inbox.hasReply(request) && !inbox.iopub(request).isEmpty())) {
                    pump(attempt, () -> "kernel_info");
                }
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() >= deadline) {
                    throw new TimeoutException("kernel not ready: " + e.getMessage());
                }
            }
        }
    }

    /** Sends a heartbeat ping; true if it came back within the timeout. */
    public boolean ping(Duration timeout) {
        heartbeat.send(PING, 0);
        ZMQ.Poller hbPoller = context.createPoller(1);
        try {
            hbPoller.register(heartbeat, ZMQ.Poller.POLLIN);
            if (hbPoller.poll(timeout.toMillis()) > 0 && hbPoller.pollin(0)) {
                byte[] echo = heartbeat.recv(0);
                return java.util.Arrays.equals(echo, PING);
            }
        } finally {
            hbPoller.close();
        }
        heartbeat.close();
        heartbeat = newHeartbeatSocket();
        return false;
    }

    @Override
    public void close() {
        poller.close();
        context.close();
    }

    private ZMQ.Socket newHeartbeatSocket() {
        ZMQ.Socket req = context.createSocket(SocketType.REQ);
        req.connect(info.connectEndpoint(Channel.HEARTBEAT));
        return req;
    }

    private void answerInputs(InputAnswerer answerer) {
        while (answerer != null && inbox.hasInputRequest()) {
            Message request = inbox.takeInputRequest();
            answerInput(request, answerer.answer(request));
        }
    }

    /** Receives whatever arrives before the deadline, at least one poll's worth. */
    private void pump(long deadline, java.util.function.Supplier<String> waitingFor)
            throws TimeoutException {
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            throw new TimeoutException("timed out waiting for " + waitingFor.get());
        }
        poller.poll(Math.min(remainingMs, 100));
        int index = 0;
        for (Channel channel : List.of(Channel.SHELL, Channel.CONTROL, Channel.STDIN, Channel.IOPUB)) {
            if (poller.pollin(index++)) {
                drain(channel);
            }
        }
    }

    private void drain(Channel channel) {
        List<byte[]> frames;
        while ((frames = receiveFrames(sockets.get(channel))) != null) {
            try {
                inbox.add(channel, codec.decode(frames));
            } catch (InvalidMessageException e) {
                log.warn("client {}: dropped a message: {}", channel.wireName(), e.getMessage());
            }
        }
    }

    private static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }

    private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size() - 1; i++) {
            socket.sendMore(frames.get(i));
        }
        socket.send(frames.get(frames.size() - 1), 0);
    }

    private static List<byte[]> receiveFrames(ZMQ.Socket socket) {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
