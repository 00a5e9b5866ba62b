package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeaderTest {
    @Test
    @DisplayName("dates are ISO-8601 with microseconds and a zone, and read back")
    void dates() {
        Instant instant = Instant.parse("2024-05-01T12:34:56.123456789Z");
        String date = Header.formatDate(instant);
        assertEquals("2024-05-01T12:34:56.123456Z", date);
        Header header = new Header("id", "s", "u", date, "status", "5.3");
        assertEquals(Instant.parse("2024-05-01T12:34:56.123456Z"), header.instant());
    }

    @Test
    @DisplayName("reads jupyter_client's +00:00 dates too, and tolerates junk")
    void otherDates() {
        assertEquals(Instant.parse("2024-05-01T12:34:56.5Z"),
                new Header("i", "s", "u", "2024-05-01T12:34:56.500000+00:00", "t", "5.3").instant());
        assertNull(new Header("i", "s", "u", "yesterday", "t", "5.3").instant());
    }

    @Test
    @DisplayName("serializes with snake_case field names")
    void json() {
        String json = Json.GSON.toJson(new Header("id", "s", "u", "d", "kernel_info_request", "5.3"));
        assertTrue(json.contains("\"msg_id\":\"id\""), json);
        assertTrue(json.contains("\"msg_type\":\"kernel_info_request\""), json);
        assertTrue(json.contains("\"version\":\"5.3\""), json);
    }
}
