package org.weft.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The content of an {@code execute_request}, with the protocol's defaults for absent fields.
 * {@code silent} implies {@code store_history} false (messaging spec).
 */
record ExecuteRequest(String code, boolean silent, boolean storeHistory, JsonObject userExpressions,
                      boolean allowStdin, boolean stopOnError) {

    static ExecuteRequest of(JsonObject c) {
        boolean silent = bool(c, "silent", false);
        JsonElement ue = c.get("user_expressions");
        return new ExecuteRequest(
                text(c, "code"),
                silent,
                !silent && bool(c, "store_history", true),
                ue != null && ue.isJsonObject() ? ue.getAsJsonObject() : new JsonObject(),
                bool(c, "allow_stdin", true),
                bool(c, "stop_on_error", true));
    }

    static String text(JsonObject c, String key) {
        JsonElement e = c.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static boolean bool(JsonObject c, String key, boolean otherwise) {
        JsonElement e = c.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : otherwise;
    }

    static int integer(JsonObject c, String key, int otherwise) {
        JsonElement e = c.get(key);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                return e.getAsInt();
            } catch (NumberFormatException tooBig) {
                return otherwise;
            }
        }
        return otherwise;
    }
}
