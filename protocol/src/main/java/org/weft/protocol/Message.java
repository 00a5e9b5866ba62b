package org.weft.protocol;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jupyter message: the routing identities that came before {@code <IDS|MSG>}, the header, the
 * header of the message it answers, metadata, content and binary buffers.
 *
 * <p>Metadata and content are Gson trees; treat them as read-only once the message is built, as
 * the message may already be queued on another thread. Read content as a record with
 * {@link #content(Class)}.
 *
 * @param identities ZeroMQ routing frames: a ROUTER peer's identity on shell, control and stdin,
 *     the topic on IOPub
 * @param parentHeader the header of the request this message answers, or {@code null} (sent as
 *     {@code {}})
 * @param buffers extra binary frames after the content, as comm messages carry
 */
public record Message(
        List<byte[]> identities,
        Header header,
        Header parentHeader,
        JsonObject metadata,
        JsonObject content,
        List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        Objects.requireNonNull(header, "header");
        metadata = metadata == null ? new JsonObject() : metadata;
        content = content == null ? new JsonObject() : content;
        buffers = List.copyOf(buffers);
    }

    /** The message type, such as {@code "execute_request"}. */
    public String msgType() {
        return header.msgType();
    }

    /** This message's id. */
    public String msgId() {
        return header.msgId();
    }

    /** The parent header, if this message answers another. */
    public Optional<Header> parent() {
        return Optional.ofNullable(parentHeader);
    }

    /** The parent's message id, or {@code null} when there is no parent. */
    public String parentMsgId() {
        return parentHeader == null ? null : parentHeader.msgId();
    }

    /** The content read as a record (or any type Gson can read). */
    public <T> T content(Class<T> type) {
        return Json.fromObject(content, type);
    }

    /** A copy routed to other identities. */
    public Message withIdentities(List<byte[]> newIdentities) {
        return new Message(newIdentities, header, parentHeader, metadata, content, buffers);
    }

    @Override
    public String toString() {
        return "Message[" + header.msgType() + " " + header.msgId()
                + (parentHeader == null ? "" : " parent " + parentHeader.msgId()) + "]";
    }
}
