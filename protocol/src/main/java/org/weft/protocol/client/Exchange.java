package org.weft.protocol.client;

import java.util.List;
import org.weft.protocol.Message;

/**
 * A request and everything it brought back: its reply, and the IOPub messages whose parent it is,
 * in arrival order, up to and including the {@code idle} status.
 */
public record Exchange(Message request, Message reply, List<Message> iopub) {

    public Exchange {
        iopub = List.copyOf(iopub);
    }

    /** The IOPub message types in order, such as {@code [status, execute_input, stream, status]}. */
    public List<String> iopubTypes() {
        return iopub.stream().map(Message::msgType).toList();
    }

    /** The IOPub messages of one type, in order. */
    public List<Message> iopubOf(String msgType) {
        return iopub.stream().filter(m -> m.msgType().equals(msgType)).toList();
    }
}
