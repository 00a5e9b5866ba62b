package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PendingInputsTest {
    private final Session kernel = Session.random("kernel");
    private final Session client = Session.random("client");
    private final PendingInputs pending = new PendingInputs();

    private Message inputRequest(String clientIdentity) {
        return kernel.message("input_request", null)
                .withIdentities(List.of(clientIdentity.getBytes(StandardCharsets.UTF_8)));
    }

    private Message inputReply(String clientIdentity, Header parent) {
        return new Message(List.of(clientIdentity.getBytes(StandardCharsets.UTF_8)),
                client.header("input_reply"), parent, null, null, List.of());
    }

    @Test
    @DisplayName("a reply naming its parent completes that request")
    void byParent() throws Exception {
        Message first = inputRequest("a");
        Message second = inputRequest("a");
        CompletableFuture<Message> one = pending.expect(first);
        CompletableFuture<Message> two = pending.expect(second);
        Message reply = inputReply("a", second.header());
        assertTrue(pending.complete(reply));
        assertSame(reply, two.get());
        assertFalse(one.isDone());
    }

    @Test
    @DisplayName("a reply without parent completes the oldest request sent to the same client")
    void byRoute() throws Exception {
        CompletableFuture<Message> forB = pending.expect(inputRequest("b"));
        CompletableFuture<Message> forA = pending.expect(inputRequest("a"));
        Message reply = inputReply("a", null);
        assertTrue(pending.complete(reply));
        assertSame(reply, forA.get());
        assertFalse(forB.isDone());
    }

    @Test
    @DisplayName("a reply nobody waits for, or a second reply, is not taken")
    void unexpected() {
        assertFalse(pending.complete(inputReply("a", null)));
        Message request = inputRequest("a");
        pending.expect(request);
        assertTrue(pending.complete(inputReply("a", request.header())));
        assertFalse(pending.complete(inputReply("a", request.header())));
    }

    @Test
    @DisplayName("a cancelled wait is forgotten; closing cancels every wait")
    void cancel() {
        CompletableFuture<Message> cancelled = pending.expect(inputRequest("a"));
        cancelled.cancel(false);
        assertFalse(pending.complete(inputReply("a", null)));
        CompletableFuture<Message> open = pending.expect(inputRequest("a"));
        pending.cancelAll();
        assertTrue(open.isCancelled());
    }
}
