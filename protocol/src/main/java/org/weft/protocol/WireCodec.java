package org.weft.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.weft.protocol.InvalidMessageException.Reason;

/**
 * Messages to ZeroMQ frames and back:
 * {@code identities..., <IDS|MSG>, signature, header, parent_header, metadata, content, buffers...}.
 *
 * <p>Decoding checks, in order: the delimiter, the frame count, the size limit, the signature
 * (before any JSON is parsed, so unsigned junk costs one HMAC), replay, then the JSON. Thread-safe.
 */
public final class WireCodec {
    /** The frame between routing identities and the message. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** Default limit on all frames after the delimiter together: far above any real request. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 128L << 20;

    private static final int JSON_FRAMES = 4;

    private final Signer signer;
    private final ReplayGuard replayGuard;
    private final long maxMessageBytes;

    /**
     * @param replayGuard where seen signatures are kept; share one between the channels that
     *     receive requests
     * @param maxMessageBytes messages whose frames after the delimiter add up to more are refused
     */
    public WireCodec(Signer signer, ReplayGuard replayGuard, long maxMessageBytes) {
        this.signer = signer;
        this.replayGuard = replayGuard;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** A codec with jupyter_client's replay history size and the default size limit. */
    public static WireCodec forKey(String key) {
        return new WireCodec(Signer.forKey(key), new ReplayGuard(ReplayGuard.DEFAULT_CAPACITY),
                DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** The limit on all frames after the delimiter together. */
    public long maxMessageBytes() {
        return maxMessageBytes;
    }

    /** The frames of a message, signed. */
    public List<byte[]> encode(Message message) {
        List<byte[]> json = List.of(
                utf8(message.header().toJson()),
                message.parentHeader() == null ? utf8("{}") : utf8(message.parentHeader().toJson()),
                utf8(JsonText.of(message.metadata())),
                utf8(JsonText.of(message.content())));
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(json));
        frames.addAll(json);
        frames.addAll(message.buffers());
        return frames;
    }

    /** The message in these frames, or why it is refused. */
    public Message decode(List<byte[]> frames) throws InvalidMessageException {
        int delimiter = indexOfDelimiter(frames);
        int first = delimiter + 1;
        if (frames.size() - first < 1 + JSON_FRAMES) {
            throw new InvalidMessageException(Reason.TOO_FEW_FRAMES,
                    (frames.size() - first) + " frames after the delimiter, at least 5 needed");
        }
        checkSize(frames, first);
        byte[] signature = frames.get(first);
        List<byte[]> json = frames.subList(first + 1, first + 1 + JSON_FRAMES);
        checkSignature(signature, json);
        Header header = header(parseObject(json.get(0), "header"), "header", true);
        JsonObject parent = parseObject(json.get(1), "parent_header");
        return new Message(
                frames.subList(0, delimiter),
                header,
                parent.size() == 0 ? null : header(parent, "parent_header", false),
                parseObject(json.get(2), "metadata"),
                parseObject(json.get(3), "content"),
                frames.subList(first + 1 + JSON_FRAMES, frames.size()));
    }

    private static int indexOfDelimiter(List<byte[]> frames) throws InvalidMessageException {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        throw new InvalidMessageException(Reason.NO_DELIMITER, frames.size() + " frames, none is <IDS|MSG>");
    }

    private void checkSize(List<byte[]> frames, int first) throws InvalidMessageException {
        long total = 0;
        for (int i = first; i < frames.size(); i++) {
            total += frames.get(i).length;
        }
        if (total > maxMessageBytes) {
            throw new InvalidMessageException(Reason.TOO_LARGE,
                    total + " bytes, limit " + maxMessageBytes);
        }
    }

    private void checkSignature(byte[] signature, List<byte[]> json) throws InvalidMessageException {
        if (!signer.signs()) {
            return; // jupyter_client ignores the signature frame when there is no key
        }
        if (signature.length == 0) {
            throw new InvalidMessageException(Reason.MISSING_SIGNATURE, "unsigned message");
        }
        if (!signer.verify(signature, json)) {
            throw new InvalidMessageException(Reason.BAD_SIGNATURE, "signature does not match");
        }
        if (!replayGuard.firstSeen(signature)) {
            throw new InvalidMessageException(Reason.REPLAYED, "signature seen before");
        }
    }

    private static JsonObject parseObject(byte[] frame, String part) throws InvalidMessageException {
        JsonElement element;
        try {
            element = JsonParser.parseString(new String(frame, StandardCharsets.UTF_8));
        } catch (JsonParseException | StackOverflowError e) {
            throw new InvalidMessageException(Reason.INVALID_JSON, part + ": " + e.getMessage());
        }
        if (!element.isJsonObject()) {
            throw new InvalidMessageException(Reason.INVALID_JSON, part + " is not a JSON object");
        }
        return element.getAsJsonObject();
    }

    // A parent header is only echoed back and matched on; an odd one need not sink the message.
    private static Header header(JsonObject json, String part, boolean required)
            throws InvalidMessageException {
        Header header;
        try {
            header = Json.GSON.fromJson(json, Header.class);
        } catch (JsonParseException e) {
            throw new InvalidMessageException(Reason.INVALID_HEADER, part + ": " + e.getMessage());
        }
        if (required && (isBlank(header.msgId()) || isBlank(header.msgType()))) {
            throw new InvalidMessageException(Reason.INVALID_HEADER,
                    part + ": msg_id and msg_type are required");
        }
        return header;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
