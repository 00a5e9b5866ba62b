package org.weft.protocol;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A message header, as on the wire: who sent it ({@code session}, {@code username}), when, what it
 * is ({@code msg_type}) and under which protocol {@code version}.
 *
 * <p>Headers arriving from clients are taken as they come; fields a client left out are
 * {@code null}, except {@code msg_id} and {@code msg_type}, which {@link WireCodec} requires.
 *
 * @param date ISO-8601 with microseconds and a time zone, such as
 *     {@code 2024-05-01T12:34:56.123456Z}
 */
public record Header(
        @SerializedName("msg_id") String msgId,
        @SerializedName("session") String session,
        @SerializedName("username") String username,
        @SerializedName("date") String date,
        @SerializedName("msg_type") String msgType,
        @SerializedName("version") String version) {

    /** The protocol version this implementation speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    // jupyter_client writes microseconds and a zone; clients parse dates with dateutil.
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    /** Formats an instant as a header date. */
    public static String formatDate(Instant instant) {
        return DATE.format(instant);
    }

    /** The date as an instant, or {@code null} when it is missing or unreadable. */
    public Instant instant() {
        if (date == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(date, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
