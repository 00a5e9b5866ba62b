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
    @DisplayName("dates agree with java.time's formatter at every field's limits and at random instants")
    void datesAgreeWithFormatter() {
        java.time.format.DateTimeFormatter reference = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(java.time.ZoneOffset.UTC);
        java.util.List<Instant> instants = new java.util.ArrayList<>(java.util.List.of(Instant.EPOCH,
                Instant.parse("1999-12-31T23:59:59.999999999Z"), Instant.parse("2000-02-29T00:00:00Z"),
                Instant.parse("0001-01-01T00:00:00.000001Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
                Instant.ofEpochSecond(-1, 999_999_000)));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong() % 253_402_300_799L, random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            if (instant.isBefore(Instant.parse("0000-01-01T00:00:00Z"))) {
                continue;
            }
            assertEquals(reference.format(instant), Header.formatDate(instant), instant::toString);
        }
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

    @Test
    @DisplayName("toJson writes what Gson writes: the same names and order, nulls left out, any text escaped")
    void toJsonAsGson() {
        for (Header h : java.util.List.of(
                new Header("id", "s", "u", "2024-05-01T12:34:56.123456Z", "status", "5.3"),
                new Header("id", null, null, null, "execute_request", null),
                new Header("q\"uo\\te", "tab\tnew\nline", "<b>&'</b>", "\u0000\u001f\u2028", "ünï\uD83D\uDE00", ""))) {
            assertEquals(Json.GSON.toJson(h), h.toJson());
        }
    }
}
