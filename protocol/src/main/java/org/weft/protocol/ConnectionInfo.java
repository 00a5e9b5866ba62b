package org.weft.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Jupyter connection file: where the kernel's five sockets listen and the key that signs
 * messages. An empty key means messages are neither signed nor checked.
 *
 * <p>A port of 0 asks {@link Channels#bind} to choose a free port; {@link Channels#connectionInfo()}
 * then tells the ports chosen. Jupyter's launchers always give real ports.
 *
 * <p>Both transports are read; {@link Channels} binds tcp only, since JeroMQ has no Unix-domain
 * sockets for ipc.
 *
 * <p>{@link #toString()} never shows the key.
 */
public record ConnectionInfo(
        Transport transport,
        String ip,
        Map<Channel, Integer> ports,
        String signatureScheme,
        String key,
        String kernelName) {

    /** The one signature scheme Jupyter uses. */
    public static final String HMAC_SHA256 = "hmac-sha256";

    /** ZeroMQ transports a connection file may name. */
    public enum Transport {
        TCP, IPC;

        /** The name in a connection file and in an endpoint, {@code "tcp"} or {@code "ipc"}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ConnectionInfo {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(signatureScheme, "signatureScheme");
        Objects.requireNonNull(key, "key");
        kernelName = kernelName == null ? "" : kernelName;
        ports = copyPorts(ports);
    }

    /** Loopback TCP on ports the kernel will choose, signed with {@code key} (empty: unsigned). */
    public static ConnectionInfo loopback(String key) {
        Map<Channel, Integer> ports = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            ports.put(channel, 0);
        }
        return new ConnectionInfo(Transport.TCP, "127.0.0.1", ports, HMAC_SHA256, key, "");
    }

    /** Reads and checks a connection file. */
    public static ConnectionInfo read(Path file) throws ConnectionFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConnectionFileException("cannot read connection file " + file + ": " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Parses and checks the text of a connection file; {@code source} names it in errors. */
    public static ConnectionInfo parse(String json, String source) throws ConnectionFileException {
        return ConnectionFileParser.parse(json, source);
    }

    /** The port of one channel (0 if still to be chosen). */
    public int port(Channel channel) {
        return ports.get(channel);
    }

    /** A copy with one port changed. */
    public ConnectionInfo withPort(Channel channel, int port) {
        Map<Channel, Integer> changed = new EnumMap<>(ports);
        changed.put(channel, port);
        return new ConnectionInfo(transport, ip, changed, signatureScheme, key, kernelName);
    }

    /** True when messages are signed and checked. */
    public boolean signed() {
        return !key.isEmpty();
    }

    /** The endpoint the kernel binds for a channel, in ZeroMQ syntax. */
    public String bindEndpoint(Channel channel) {
        return endpoint(ip, port(channel));
    }

    /**
     * The endpoint a client connects to for a channel. A kernel bound to every interface
     * ({@code 0.0.0.0} or {@code *}) is reached on loopback.
     */
    public String connectEndpoint(Channel channel) {
        boolean anyInterface = ip.equals("0.0.0.0") || ip.equals("*") || ip.equals("::");
        return endpoint(anyInterface ? "127.0.0.1" : ip, port(channel));
    }

    private String endpoint(String host, int port) {
        if (transport == Transport.IPC) {
            // Jupyter's convention: the ip field is a path prefix and the port a suffix.
            return "ipc://" + host + "-" + port;
        }
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "tcp://" + bracketed + ":" + (port == 0 ? "*" : Integer.toString(port));
    }

    /** The connection file's JSON, as Jupyter writes it. */
    public String toJson() {
        JsonObject o = new JsonObject();
        for (Channel channel : Channel.values()) {
            o.addProperty(channel.portKey(), port(channel));
        }
        o.addProperty("ip", ip);
        o.addProperty("key", key);
        o.addProperty("transport", transport.wireName());
        o.addProperty("signature_scheme", signatureScheme);
        o.addProperty("kernel_name", kernelName);
        return Json.GSON_PRETTY.toJson(o);
    }

    /** Writes the connection file, readable by its owner only where the file system allows. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // The key is still in the file; on such systems its directory must protect it.
        }
    }

    @Override
    public String toString() {
        return "ConnectionInfo[" + transport.wireName() + "://" + ip + " " + ports
                + ", " + (signed() ? signatureScheme + " key ****" : "unsigned")
                + (kernelName.isEmpty() ? "" : ", kernel " + kernelName) + "]";
    }

    private static Map<Channel, Integer> copyPorts(Map<Channel, Integer> ports) {
        Objects.requireNonNull(ports, "ports");
        EnumMap<Channel, Integer> copy = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            Integer port = ports.get(channel);
            if (port == null || port < 0 || port > 65535) {
                throw new IllegalArgumentException("bad " + channel.portKey() + ": " + port);
            }
            copy.put(channel, port);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Reads the fields one by one, so each mistake gets its own message. */
    private static final class ConnectionFileParser {
        private final JsonObject json;
        private final String source;

        private ConnectionFileParser(JsonObject json, String source) {
            this.json = json;
            this.source = source;
        }

        static ConnectionInfo parse(String text, String source) throws ConnectionFileException {
            JsonElement root;
            try {
                root = JsonParser.parseString(text);
            } catch (JsonParseException e) {
                throw new ConnectionFileException(
                        "connection file " + source + " is not valid JSON: " + e.getMessage(), e);
            }
            if (!root.isJsonObject()) {
                throw new ConnectionFileException(
                        "connection file " + source + " must hold a JSON object");
            }
            return new ConnectionFileParser(root.getAsJsonObject(), source).info();
        }

        private ConnectionInfo info() throws ConnectionFileException {
            Map<Channel, Integer> ports = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                ports.put(channel, port(channel.portKey()));
            }
            String scheme = string("signature_scheme", HMAC_SHA256);
            String key = string("key", "");
            if (!key.isEmpty() && !scheme.equals(HMAC_SHA256)) {
                throw error("\"signature_scheme\" must be \"" + HMAC_SHA256 + "\", got \"" + scheme + "\"");
            }
            return new ConnectionInfo(transport(), string("ip", "127.0.0.1"), ports, scheme, key,
                    string("kernel_name", ""));
        }

        private Transport transport() throws ConnectionFileException {
            String name = string("transport", "tcp");
            for (Transport t : Transport.values()) {
                if (t.wireName().equals(name)) {
                    return t;
                }
            }
            throw error("\"transport\" must be \"tcp\" or \"ipc\", got \"" + name + "\"");
        }

        private int port(String key) throws ConnectionFileException {
            JsonElement value = json.get(key);
            if (value == null || value.isJsonNull()) {
                throw error("missing \"" + key + "\"");
            }
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                double d = value.getAsDouble();
                if (d == Math.rint(d) && d >= 0 && d <= 65535) {
                    return (int) d;
                }
            }
            throw error("\"" + key + "\" must be a port number from 0 to 65535, got " + value);
        }

        private String string(String key, String absent) throws ConnectionFileException {
            JsonElement value = json.get(key);
            if (value == null || value.isJsonNull()) {
                return absent;
            }
            if (value instanceof JsonPrimitive p && p.isString()) {
                return p.getAsString();
            }
            throw error("\"" + key + "\" must be a string, got " + value);
        }

        private ConnectionFileException error(String what) {
            return new ConnectionFileException("connection file " + source + ": " + what);
        }
    }
}
