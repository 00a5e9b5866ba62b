package org.weft.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The one Gson configuration of the protocol, and conversions between content records and JSON
 * objects.
 *
 * <p>Content types are plain records whose camelCase components carry
 * {@code @SerializedName("snake_case")}; Gson maps them both ways. Gson instances are immutable and
 * thread-safe, so sharing these two is not shared mutable state.
 */
public final class Json {
    /** Compact JSON for the wire. Nulls are left out, as Jupyter clients expect. */
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** Indented JSON for files people read, such as connection files. */
    static final Gson GSON_PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private Json() {
    }

    /**
     * The JSON object for a content value: a {@link JsonObject} as it is, {@code null} as an empty
     * object, anything else (a record, a {@code Map}) through Gson.
     *
     * @throws IllegalArgumentException if the value does not become a JSON object
     */
    public static JsonObject toObject(Object value) {
        if (value == null) {
            return new JsonObject();
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        JsonElement tree = GSON.toJsonTree(value);
        if (!tree.isJsonObject()) {
            throw new IllegalArgumentException(
                    "content must be a JSON object, not " + value.getClass().getName());
        }
        return tree.getAsJsonObject();
    }

    /** Reads a JSON object as a content record (or any Gson-readable type). */
    public static <T> T fromObject(JsonObject object, Class<T> type) {
        return GSON.fromJson(object, type);
    }
}
