package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.annotations.SerializedName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionTest {
    record ExecuteReply(String status, @SerializedName("execution_count") int executionCount) {
    }

    private final Session session = Session.random("kernel");

    @Test
    @DisplayName("headers carry the session, user, version 5.3, a fresh id and a dated timestamp")
    void headers() {
        Header a = session.header("status");
        Header b = session.header("status");
        assertEquals(session.id(), a.session());
        assertEquals("kernel", a.username());
        assertEquals("5.3", a.version());
        assertEquals("status", a.msgType());
        assertNotEquals(a.msgId(), b.msgId());
        assertTrue(a.date().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), a.date());
    }

    @Test
    @DisplayName("a reply keeps the request's identities and takes its header as parent")
    void reply() {
        byte[] identity = "client-1".getBytes(StandardCharsets.UTF_8);
        Message request = session.message("execute_request", null).withIdentities(List.of(identity));
        Message reply = session.reply(request, "execute_reply", new ExecuteReply("ok", 3), null);
        assertArrayEquals(identity, reply.identities().get(0));
        assertEquals(request.header(), reply.parentHeader());
        assertEquals("ok", reply.content().get("status").getAsString());
        assertEquals(3, reply.content().get("execution_count").getAsInt());
        assertEquals(new ExecuteReply("ok", 3), reply.content(ExecuteReply.class));
    }

    @Test
    @DisplayName("an IOPub message has ipykernel's topic and the given parent")
    void broadcast() {
        Message request = session.message("execute_request", null);
        Message status = session.broadcast(request.header(), "status", null);
        assertEquals("kernel." + session.id() + ".status",
                new String(status.identities().get(0), StandardCharsets.UTF_8));
        assertEquals(request.msgId(), status.parentMsgId());
        assertNull(session.broadcast(null, "status", null).parentHeader());
    }
}
