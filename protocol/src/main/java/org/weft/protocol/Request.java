package org.weft.protocol;

/**
 * A decoded message from a client, with the channel it came in on. Answer it with
 * {@link Channels#reply}, which routes the reply back to the same client.
 */
public record Request(Channel channel, Message message) {

    /** The message type, such as {@code "kernel_info_request"}. */
    public String msgType() {
        return message.msgType();
    }

    /** The request's header: the parent header of everything said about it. */
    public Header header() {
        return message.header();
    }

    /** The content read as a record (or any type Gson can read). */
    public <T> T content(Class<T> type) {
        return message.content(type);
    }
}
