package org.weft.protocol;

/**
 * Why a received message was refused. Socket loops log it and drop the message: no reply goes
 * back, so a client probing with bad messages learns nothing.
 */
public final class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, so tests and logs can tell them apart. */
    public enum Reason {
        /** No {@code <IDS|MSG>} frame. */
        NO_DELIMITER,
        /** Fewer than the five frames (signature and four JSON parts) after the delimiter. */
        TOO_FEW_FRAMES,
        /** Bigger than the codec's limit. */
        TOO_LARGE,
        /** Unsigned message while a key is set. */
        MISSING_SIGNATURE,
        /** Signature does not match. */
        BAD_SIGNATURE,
        /** Signature seen before. */
        REPLAYED,
        /** A JSON frame that is not a JSON object. */
        INVALID_JSON,
        /** A header without {@code msg_id} or {@code msg_type}. */
        INVALID_HEADER
    }

    private final Reason reason;

    public InvalidMessageException(Reason reason, String detail) {
        // Stack traces say nothing here: the cause is the client's message, not our code.
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
