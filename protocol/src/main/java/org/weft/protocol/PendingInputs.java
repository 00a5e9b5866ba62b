package org.weft.protocol;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code input_request}s waiting for their {@code input_reply}. The kernel's execution thread
 * waits on the future; the stdin thread completes it.
 *
 * <p>A reply is matched by its parent's msg_id when it names one. jupyter_client's
 * {@code KernelClient.input} sends no parent at all (ipykernel simply takes the next message on
 * stdin), so a reply without a known parent goes to the oldest request sent to the same client.
 */
final class PendingInputs {
    private record Waiting(List<byte[]> identities, CompletableFuture<Message> reply) {
    }

    private final Map<String, Waiting> waiting = new LinkedHashMap<>(); // guarded by this, oldest first

    /** Starts waiting for the reply to {@code inputRequest}; cancelling the future stops waiting. */
    synchronized CompletableFuture<Message> expect(Message inputRequest) {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        String id = inputRequest.msgId();
        waiting.put(id, new Waiting(inputRequest.identities(), reply));
        reply.whenComplete((message, failure) -> forget(id));
        return reply;
    }

    /** Completes the wait this reply answers; false if nobody waits for it. */
    boolean complete(Message reply) {
        CompletableFuture<Message> future = find(reply);
        return future != null && future.complete(reply);
    }

    /** Fails every wait, as the kernel is closing. */
    void cancelAll() {
        List<Waiting> all;
        synchronized (this) {
            all = List.copyOf(waiting.values());
        }
        all.forEach(w -> w.reply().cancel(false));
    }

    private synchronized CompletableFuture<Message> find(Message reply) {
        Waiting byParent = reply.parentMsgId() == null ? null : waiting.get(reply.parentMsgId());
        if (byParent != null) {
            return byParent.reply();
        }
        for (Waiting w : waiting.values()) {
            if (sameRoute(w.identities(), reply.identities())) {
                return w.reply();
            }
        }
        return null;
    }

    private synchronized void forget(String id) {
        waiting.remove(id);
    }

    private static boolean sameRoute(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
