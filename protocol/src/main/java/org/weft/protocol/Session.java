package org.weft.protocol;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who we are on the wire: the session id and user name stamped into every header we make. Makes
 * requests, replies and IOPub messages with fresh headers; safe to share between threads.
 */
public final class Session {
    private final String id;
    private final String username;
    private final Clock clock;
    // Message ids are the session id and a counter, as jupyter_client makes them: unique and cheap.
    private final AtomicLong counter = new AtomicLong();

    public Session(String id, String username, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A session with a random id, the given user name, and the system clock. */
    public static Session random(String username) {
        return new Session(Ids.randomUuid(), username, Clock.systemUTC());
    }

    /** This session's id, as in every header it makes. */
    public String id() {
        return id;
    }

    /** The user name in every header this session makes. */
    public String username() {
        return username;
    }

    /** A fresh header for a new message of this type. */
    public Header header(String msgType) {
        String msgId = id + "_" + counter.incrementAndGet();
        return new Header(msgId, id, username, Header.formatDate(clock.instant()), msgType,
                Header.PROTOCOL_VERSION);
    }

    /** A new message with no parent and no identities, such as a client's request. */
    public Message message(String msgType, Object content) {
        return new Message(List.of(), header(msgType), null, null, Json.toObject(content), List.of());
    }

    /**
     * The reply to a request: routed back to the request's identities, its parent header the
     * request's header.
     */
    public Message reply(Message request, String msgType, Object content, JsonObject metadata) {
        return new Message(request.identities(), header(msgType), request.header(), metadata,
                Json.toObject(content), List.of());
    }

    /**
     * A message for IOPub about the request whose header is {@code parent} ({@code null} for
     * none), with the topic ipykernel uses: {@code kernel.<session>.<msg_type>}. A header rather
     * than a message, because output may outlive its request (a thread started by a cell).
     */
    public Message broadcast(Header parent, String msgType, Object content) {
        byte[] topic = ("kernel." + id + "." + msgType).getBytes(StandardCharsets.UTF_8);
        return new Message(List.of(topic), header(msgType), parent, null, Json.toObject(content),
                List.of());
    }
}
