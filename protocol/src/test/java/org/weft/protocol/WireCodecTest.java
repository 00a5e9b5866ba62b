package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weft.protocol.InvalidMessageException.Reason;

class WireCodecTest {
    private static final byte[] IDENTITY = "client-identity".getBytes(StandardCharsets.UTF_8);
    private static final int FIRST_JSON = 3; // identity, delimiter, signature, then header

    private final Session session = Session.random("tester");
    private final WireCodec codec = WireCodec.forKey("secret");

    private Message request() {
        JsonObject content = new JsonObject();
        content.addProperty("code", "print('héllo ✓ 𝔘')");
        Message plain = session.message("execute_request", content);
        return new Message(List.of(IDENTITY), plain.header(), null, null, plain.content(),
                List.of(new byte[] {0, 1, 2, (byte) 255}));
    }

    private static List<byte[]> copy(List<byte[]> frames) {
        List<byte[]> copy = new ArrayList<>();
        frames.forEach(f -> copy.add(f.clone()));
        return copy;
    }

    private Reason refusal(WireCodec decoder, List<byte[]> frames) {
        return assertThrows(InvalidMessageException.class, () -> decoder.decode(frames)).reason();
    }

    @Nested
    @DisplayName("round trip")
    class RoundTrip {
        @Test
        @DisplayName("identities, header, content, unicode and buffers survive encode and decode")
        void everything() throws Exception {
            Message sent = request();
            Message got = codec.decode(codec.encode(sent));
            assertEquals(1, got.identities().size());
            assertArrayEquals(IDENTITY, got.identities().get(0));
            assertEquals(sent.header(), got.header());
            assertNull(got.parentHeader());
            assertEquals(sent.content(), got.content());
            assertEquals(new JsonObject(), got.metadata());
            assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, got.buffers().get(0));
        }

        @Test
        @DisplayName("frames are identities, <IDS|MSG>, signature, the four JSON parts, buffers")
        void layout() {
            List<byte[]> frames = codec.encode(request());
            assertEquals(8, frames.size());
            assertArrayEquals(WireCodec.DELIMITER, frames.get(1));
            assertEquals(64, frames.get(2).length, "hex HMAC-SHA256");
            assertEquals("{}", new String(frames.get(4), StandardCharsets.UTF_8), "empty parent header");
        }

        @Test
        @DisplayName("a reply's parent header is the request's header")
        void parent() throws Exception {
            Message request = request();
            Message reply = session.reply(request, "execute_reply", null, null);
            assertEquals(request.header(), codec.decode(codec.encode(reply)).parentHeader());
        }

        @Test
        @DisplayName("several routing identities come back in order")
        void identities() throws Exception {
            byte[] a = {1};
            byte[] b = {2};
            Message got = codec.decode(codec.encode(request().withIdentities(List.of(a, b))));
            assertArrayEquals(a, got.identities().get(0));
            assertArrayEquals(b, got.identities().get(1));
        }
    }

    @Nested
    @DisplayName("signatures")
    class Signatures {
        @ParameterizedTest(name = "changing JSON frame {0} breaks the signature")
        @ValueSource(ints = {0, 1, 2, 3})
        void tampered(int part) {
            List<byte[]> frames = copy(codec.encode(request()));
            byte[] json = frames.get(FIRST_JSON + part);
            frames.set(FIRST_JSON + part, (new String(json, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
            assertEquals(Reason.BAD_SIGNATURE, refusal(codec, frames));
        }

        @Test
        @DisplayName("a changed signature is refused")
        void wrongSignature() {
            List<byte[]> frames = copy(codec.encode(request()));
            frames.get(2)[0] ^= 1;
            assertEquals(Reason.BAD_SIGNATURE, refusal(codec, frames));
        }

        @Test
        @DisplayName("another key's signature is refused")
        void otherKey() {
            assertEquals(Reason.BAD_SIGNATURE, refusal(codec, WireCodec.forKey("other").encode(request())));
        }

        @Test
        @DisplayName("an unsigned message is refused when a key is set")
        void missing() {
            assertEquals(Reason.MISSING_SIGNATURE, refusal(codec, WireCodec.forKey("").encode(request())));
        }

        @Test
        @DisplayName("a message seen before is refused as a replay")
        void replayed() throws Exception {
            List<byte[]> frames = codec.encode(request());
            WireCodec kernel = WireCodec.forKey("secret");
            kernel.decode(copy(frames));
            assertEquals(Reason.REPLAYED, refusal(kernel, copy(frames)));
        }

        @Test
        @DisplayName("forged messages do not fill the replay history")
        void forgedNotRemembered() throws Exception {
            ReplayGuard guard = new ReplayGuard(4);
            WireCodec kernel = new WireCodec(Signer.forKey("secret"), guard, 1 << 20);
            refusal(kernel, WireCodec.forKey("other").encode(request()));
            assertEquals(0, guard.size());
            kernel.decode(codec.encode(request()));
            assertEquals(1, guard.size());
        }

        @Test
        @DisplayName("with an empty key anything in the signature frame is accepted, and replays too")
        void unsignedMode() throws Exception {
            WireCodec unsigned = WireCodec.forKey("");
            List<byte[]> frames = unsigned.encode(request());
            assertEquals(0, frames.get(2).length);
            unsigned.decode(frames);
            unsigned.decode(frames); // jupyter_client keeps no history without a key
            assertEquals("execute_request", unsigned.decode(codec.encode(request())).msgType());
        }
    }

    @Nested
    @DisplayName("malformed frames")
    class Malformed {
        @Test
        @DisplayName("no <IDS|MSG> delimiter")
        void noDelimiter() {
            List<byte[]> frames = copy(codec.encode(request()));
            frames.remove(1);
            assertEquals(Reason.NO_DELIMITER, refusal(codec, frames));
            assertEquals(Reason.NO_DELIMITER, refusal(codec, List.of()));
        }

        @ParameterizedTest(name = "{0} frames after the delimiter")
        @ValueSource(ints = {0, 1, 2, 3, 4})
        void tooFew(int kept) {
            List<byte[]> frames = new ArrayList<>(codec.encode(request()).subList(0, 2 + kept));
            assertEquals(Reason.TOO_FEW_FRAMES, refusal(codec, frames));
        }

        @ParameterizedTest(name = "JSON part {0} is not JSON")
        @ValueSource(ints = {0, 1, 2, 3})
        void invalidJson(int part) {
            assertEquals(Reason.INVALID_JSON, refusal(WireCodec.forKey(""), unsignedWith(part, "{\"a\": ")));
        }

        @ParameterizedTest(name = "JSON part {0} is not an object")
        @ValueSource(ints = {0, 1, 2, 3})
        void notAnObject(int part) {
            assertEquals(Reason.INVALID_JSON, refusal(WireCodec.forKey(""), unsignedWith(part, "[1, 2]")));
        }

        @Test
        @DisplayName("bytes that are not UTF-8 are not JSON")
        void notUtf8() {
            List<byte[]> frames = unsignedWith(3, "");
            frames.set(FIRST_JSON + 3, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
            assertEquals(Reason.INVALID_JSON, refusal(WireCodec.forKey(""), frames));
        }

        @Test
        @DisplayName("deeply nested JSON is refused, not a stack overflow")
        void deepNesting() {
            String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
            assertEquals(Reason.INVALID_JSON, refusal(WireCodec.forKey(""), unsignedWith(3, deep)));
        }

        @Test
        @DisplayName("a header without msg_type, or with a non-string msg_id, is refused")
        void badHeader() {
            WireCodec unsigned = WireCodec.forKey("");
            assertEquals(Reason.INVALID_HEADER, refusal(unsigned, unsignedWith(0, "{\"msg_id\": \"x\"}")));
            assertEquals(Reason.INVALID_HEADER,
                    refusal(unsigned, unsignedWith(0, "{\"msg_id\": {}, \"msg_type\": \"x\"}")));
            assertEquals(Reason.INVALID_HEADER,
                    refusal(unsigned, unsignedWith(1, "{\"msg_id\": [], \"msg_type\": \"x\"}")));
        }

        @Test
        @DisplayName("a message over the size limit is refused before its JSON is read")
        void huge() {
            WireCodec small = new WireCodec(Signer.forKey("secret"), new ReplayGuard(8), 1 << 20);
            JsonObject content = new JsonObject();
            content.addProperty("code", "x".repeat(2 << 20));
            Message big = session.message("execute_request", content);
            assertEquals(Reason.TOO_LARGE, refusal(small, codec.encode(big)));
        }

        @Test
        @DisplayName("huge buffers count toward the limit too")
        void hugeBuffers() {
            WireCodec small = new WireCodec(Signer.forKey("secret"), new ReplayGuard(8), 1 << 20);
            Message m = session.message("comm_msg", null);
            Message big = new Message(List.of(), m.header(), null, null, null, List.of(new byte[2 << 20]));
            assertEquals(Reason.TOO_LARGE, refusal(small, codec.encode(big)));
        }

        private List<byte[]> unsignedWith(int part, String json) {
            List<byte[]> frames = copy(WireCodec.forKey("").encode(request()));
            frames.set(FIRST_JSON + part, json.getBytes(StandardCharsets.UTF_8));
            return frames;
        }
    }
}
