package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JsonText} writes what Gson's {@code toJson} writes, for every kind of tree and string. */
@DisplayName("JsonText")
class JsonTextTest {

    private static void same(JsonElement tree) {
        assertEquals(Json.GSON.toJson(tree), JsonText.of(tree), () -> "tree: " + Json.GSON.toJson(tree));
    }

    @Test
    @DisplayName("escapes every character as Gson does, HTML escaping off")
    void everyCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00 \uD800 lone \uDC00 \uFFFF <a href='x'>&amp;</a> = \u2028\u2029");
        same(new JsonPrimitive(all.toString()));
        JsonObject keys = new JsonObject();
        keys.addProperty("a\"b\\c\n\u0001\u2028<>", 1);
        same(keys);
    }

    @Test
    @DisplayName("leaves out null members but keeps nulls in arrays; numbers as Gson writes them")
    void nullsAndNumbers() {
        JsonObject o = new JsonObject();
        o.add("none", JsonNull.INSTANCE);
        o.addProperty("int", 42);
        o.addProperty("long", Long.MIN_VALUE);
        o.addProperty("double", 1.0);
        o.addProperty("small", 1e-7);
        o.addProperty("big", 1.5e300);
        o.addProperty("negzero", -0.0);
        o.addProperty("nan", Double.NaN);
        o.addProperty("inf", Double.NEGATIVE_INFINITY);
        o.addProperty("float", 0.1f);
        o.addProperty("bigint", new BigInteger("123456789012345678901234567890"));
        o.addProperty("bigdec", new BigDecimal("1.50"));
        o.addProperty("bool", false);
        o.addProperty("empty", "");
        JsonArray a = new JsonArray();
        a.add(JsonNull.INSTANCE);
        a.add(1);
        a.add(new JsonObject());
        a.add(new JsonArray());
        o.add("array", a);
        same(o);
        same(JsonNull.INSTANCE);
        same(new JsonObject());
        same(JsonParser.parseString("{\"parsed\": 12345678901234567890.50e3, \"n\": [1, -2, 3.25e-2]}"));
    }

    @Test
    @DisplayName("agrees with Gson on generated trees")
    void generatedTrees() {
        Random random = new Random(20261127);
        for (int i = 0; i < 2_000; i++) {
            same(tree(random, 4));
        }
    }

    private static JsonElement tree(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 8 : 5);
        switch (kind) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(r.nextBoolean());
            case 2:
                return new JsonPrimitive(r.nextInt(3) == 0 ? r.nextLong() : r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            case 3:
            case 4:
                return new JsonPrimitive(text(r));
            case 5:
            case 6: {
                JsonObject o = new JsonObject();
                for (int k = r.nextInt(6); k > 0; k--) {
                    o.add(text(r), tree(r, depth - 1));
                }
                return o;
            }
            default: {
                JsonArray a = new JsonArray();
                for (int k = r.nextInt(6); k > 0; k--) {
                    a.add(tree(r, depth - 1));
                }
                return a;
            }
        }
    }

    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
            int pick = r.nextInt(5);
            s.append(pick == 0 ? (char) r.nextInt(0x20) : pick == 1 ? "\"\\/<>&='\u2028\u2029".charAt(r.nextInt(10))
                    : pick == 2 ? (char) (0x80 + r.nextInt(0xFF80)) : (char) (0x20 + r.nextInt(0x5F)));
        }
        return s.toString();
    }
}
