package org.weft.protocol.client;

import com.google.gson.JsonElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weft.protocol.Channel;
import org.weft.protocol.Message;

/** What a {@link KernelClient} has received, sorted by the msg_id of the message it answers. */
final class Inbox {
    private final Map<String, Message> replies = new HashMap<>();
    private final Map<String, List<Message>> iopub = new HashMap<>();
    private final ArrayDeque<Message> inputRequests = new ArrayDeque<>();

    void add(Channel channel, Message message) {
        if (channel == Channel.STDIN && message.msgType().equals("input_request")) {
            inputRequests.add(message);
        } else if (channel == Channel.IOPUB) {
            iopub.computeIfAbsent(String.valueOf(message.parentMsgId()), id -> new ArrayList<>())
                    .add(message);
        } else {
            replies.put(String.valueOf(message.parentMsgId()), message);
        }
    }

    boolean hasReply(Message request) {
        return replies.containsKey(request.msgId());
    }

    Message reply(Message request) {
        return replies.get(request.msgId());
    }

    List<Message> iopub(Message request) {
        return List.copyOf(iopub.getOrDefault(request.msgId(), List.of()));
    }

    boolean hasIdle(Message request) {
        for (Message m : iopub.getOrDefault(request.msgId(), List.of())) {
            JsonElement state = m.content().get("execution_state");
            if (m.msgType().equals("status") && state != null && state.isJsonPrimitive()
                    && "idle".equals(state.getAsString())) {
                return true;
            }
        }
        return false;
    }

    boolean hasInputRequest() {
        return !inputRequests.isEmpty();
    }

    Message takeInputRequest() {
        return inputRequests.poll();
    }
}
