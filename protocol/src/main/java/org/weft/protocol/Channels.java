package org.weft.protocol;

import com.google.gson.JsonObject;
import java.net.BindException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZContext;

/**
 * A kernel's five sockets, bound from a connection file: shell, control and stdin each have a
 * thread that receives requests and hands them to a {@link RequestHandler}; the heartbeat has one
 * that echoes. Replies and publications are sent at once by the thread that makes them, from any
 * thread.
 *
 * <p>Binding and starting are two steps, so the handler can hold the {@code Channels} it answers
 * through before the first request arrives:
 *
 * <pre>{@code
 * Channels channels = Channels.bind(ConnectionInfo.read(file), Session.random("kernel"));
 * channels.start(request -> {
 *     channels.publishStatus(request.header(), "busy");
 *     channels.reply(request, "kernel_info_reply", info);
 *     channels.publishStatus(request.header(), "idle");
 * });
 * channels.awaitClosed(Duration.ofDays(365));
 * }</pre>
 */
public final class Channels implements AutoCloseable {
    /** Asked for when needed, not at class initialization: SLF4J's start-up must not delay the bind. */
    private static Logger log() {
        return LoggerFactory.getLogger(Channels.class);
    }
    // How long closing waits for queued messages (a shutdown_reply) to reach connected peers.
    private static final int LINGER_MS = 1000;

    private final ZContext context;
    private final Session session;
    private volatile RequestHandler handler;
    private final PendingInputs inputs = new PendingInputs();
    private final RouterLoop shell;
    private final RouterLoop control;
    private final RouterLoop stdin;
    private final IOPubPublisher iopub;
    private final Heartbeat heartbeat;
    private final ConnectionInfo bound;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private Channels(ConnectionInfo info, Session session, WireCodec codec) throws BindException {
        this.session = session;
        Endpoints endpoints = new Endpoints(info);
        this.context = new ZContext(1);
        context.setLinger(LINGER_MS);
        try {
            long max = codec.maxMessageBytes();
            this.shell = new RouterLoop(context, Channel.SHELL, endpoints.bind(Channel.SHELL), codec, max,
                    message -> dispatch(Channel.SHELL, message));
            this.control = new RouterLoop(context, Channel.CONTROL, endpoints.bind(Channel.CONTROL), codec,
                    max, message -> dispatch(Channel.CONTROL, message));
            this.stdin = new RouterLoop(context, Channel.STDIN, endpoints.bind(Channel.STDIN), codec, max,
                    this::receiveStdin);
            this.iopub = new IOPubPublisher(context, endpoints.bind(Channel.IOPUB), codec);
            this.heartbeat = new Heartbeat(context, endpoints.bind(Channel.HEARTBEAT));
        } catch (RuntimeException e) {
            context.close();
            BindException failure = new BindException(
                    "cannot bind " + endpoints.current() + " (" + info + "): " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        this.bound = endpoints.withBoundPorts(Map.of(
                Channel.SHELL, shell.port(), Channel.CONTROL, control.port(),
                Channel.STDIN, stdin.port(), Channel.IOPUB, iopub.port(),
                Channel.HEARTBEAT, heartbeat.port()));
    }

    /** Binds with jupyter_client's replay history and the default message size limit. */
    public static Channels bind(ConnectionInfo info, Session session) throws BindException {
        return bind(info, session, WireCodec.forKey(info.key()));
    }

    /**
     * Binds all five sockets; nothing is received until {@link #start}.
     *
     * @param codec decodes with the connection's key; its size limit also applies to sockets
     * @throws BindException if a socket cannot be bound, or the transport is ipc (JeroMQ cannot
     *     serve it to Jupyter clients); nothing is left open then
     */
    public static Channels bind(ConnectionInfo info, Session session, WireCodec codec)
            throws BindException {
        return new Channels(info, session, codec);
    }

    /** Starts the socket threads; requests go to {@code handler} from now on. Call it once. */
    public void start(RequestHandler requestHandler) {
        if (handler != null) {
            throw new IllegalStateException("already started");
        }
        handler = Objects.requireNonNull(requestHandler, "requestHandler");
        heartbeat.start();
        control.start();
        stdin.start();
        shell.start();
        log().info("listening on {}", bound);
    }

    /** The connection as bound: the same as given, with chosen ports filled in. */
    public ConnectionInfo connectionInfo() {
        return bound;
    }

    /** The session whose id and user name this kernel's messages carry. */
    public Session session() {
        return session;
    }

    /** The IOPub publisher, for code that publishes whole messages it built. */
    public IOPubPublisher iopub() {
        return iopub;
    }

    /** Replies to a request on the channel it came from, with empty metadata. */
    public void reply(Request request, String msgType, Object content) {
        reply(request, msgType, content, null);
    }

    /**
     * Replies to a request on the channel it came from: routed to the requesting client, with the
     * request's header as parent header. Safe from any thread.
     */
    public void reply(Request request, String msgType, Object content, JsonObject metadata) {
        send(request.channel(), session.reply(request.message(), msgType, content, metadata));
    }

    /** Sends a message built elsewhere on shell, control or stdin (the message carries its route). */
    public void send(Channel channel, Message message) {
        switch (channel) {
            case SHELL -> shell.send(message);
            case CONTROL -> control.send(message);
            case STDIN -> stdin.send(message);
            case IOPUB -> iopub.publish(message);
            case HEARTBEAT -> throw new IllegalArgumentException("nothing is sent on the heartbeat");
        }
    }

    /** Publishes on IOPub about the request with header {@code parent} ({@code null}: none). */
    public void publish(Header parent, String msgType, Object content) {
        iopub.publish(session.broadcast(parent, msgType, content));
    }

    /** Publishes a {@code status} message: {@code "busy"}, {@code "idle"} or {@code "starting"}. */
    public void publishStatus(Header parent, String executionState) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", executionState);
        publish(parent, "status", content);
    }

    /**
     * Asks the client that sent {@code execute} for a line of input: sends {@code input_request}
     * on stdin to that client, as ipykernel does. The future completes with the
     * {@code input_reply} message (its content holds {@code value}); cancel it to stop waiting,
     * as on an interrupt.
     */
    public CompletableFuture<Message> requestInput(Request execute, String prompt, boolean password) {
        JsonObject content = new JsonObject();
        content.addProperty("prompt", prompt);
        content.addProperty("password", password);
        Message request = session.reply(execute.message(), "input_request", content, null);
        CompletableFuture<Message> reply = inputs.expect(request);
        stdin.send(request);
        return reply;
    }

    /**
     * Closes every socket after sending what is queued, and ends the threads. Idempotent. Called
     * from a handler (a {@code shutdown_request} on control), it returns at once and the closing
     * finishes on its own thread, since a channel thread cannot wait for itself; use
     * {@link #awaitClosed} to wait for it elsewhere.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (shell.isLoopThread() || control.isLoopThread() || stdin.isLoopThread()) {
            Thread closer = new Thread(this::shutDown, "weft-close");
            closer.start();
        } else {
            shutDown();
        }
    }

    /** Waits until {@link #close} has finished; false if the timeout passed first. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // shutDown never completes exceptionally; keep the compiler content
        }
    }

    private void shutDown() {
        inputs.cancelAll();
        try {
            shell.close();
            control.close();
            stdin.close();
            iopub.close();
            heartbeat.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log().warn("interrupted while closing; terminating the sockets anyway");
        } finally {
            context.close();
            closed.complete(null);
            log().info("closed");
        }
    }

    private void receiveStdin(Message message) {
        if ("input_reply".equals(message.msgType()) && inputs.complete(message)) {
            return;
        }
        dispatch(Channel.STDIN, message);
    }

    private void dispatch(Channel channel, Message message) {
        handler.handle(new Request(channel, message));
    }
}
