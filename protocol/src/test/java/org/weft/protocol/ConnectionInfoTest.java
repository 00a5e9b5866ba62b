package org.weft.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {
    // As jupyter_client writes it.
    private static final String JUPYTER_FILE = """
            {
              "shell_port": 53794, "iopub_port": 53795, "stdin_port": 53796,
              "control_port": 53797, "hb_port": 53798,
              "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
              "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "weft"
            }""";

    @Nested
    @DisplayName("reading")
    class Reading {
        @Test
        @DisplayName("reads every field of a jupyter_client connection file")
        void allFields() throws Exception {
            ConnectionInfo info = ConnectionInfo.parse(JUPYTER_FILE, "test");
            assertEquals(ConnectionInfo.Transport.TCP, info.transport());
            assertEquals("127.0.0.1", info.ip());
            assertEquals(53794, info.port(Channel.SHELL));
            assertEquals(53795, info.port(Channel.IOPUB));
            assertEquals(53796, info.port(Channel.STDIN));
            assertEquals(53797, info.port(Channel.CONTROL));
            assertEquals(53798, info.port(Channel.HEARTBEAT));
            assertEquals("hmac-sha256", info.signatureScheme());
            assertEquals("weft", info.kernelName());
            assertTrue(info.signed());
        }

        @Test
        @DisplayName("an empty key means unsigned")
        void emptyKey() throws Exception {
            assertFalse(ConnectionInfo.parse(JUPYTER_FILE.replace("a0436f6c-1916-498b-8eb9-e81ab9368e84", ""), "t")
                    .signed());
        }

        @Test
        @DisplayName("writes and reads back the same connection")
        void roundTrip(@TempDir Path dir) throws Exception {
            ConnectionInfo info = ConnectionInfo.parse(JUPYTER_FILE, "test");
            Path file = dir.resolve("kernel.json");
            info.write(file);
            assertEquals(info, ConnectionInfo.read(file));
        }

        @Test
        @DisplayName("never shows the key in toString")
        void hidesKey() throws Exception {
            String shown = ConnectionInfo.parse(JUPYTER_FILE, "test").toString();
            assertFalse(shown.contains("a0436f6c"), shown);
        }
    }

    @Nested
    @DisplayName("malformed files fail with a message naming the problem")
    class Malformed {
        @Test
        void missingFile(@TempDir Path dir) {
            var e = assertThrows(ConnectionFileException.class, () -> ConnectionInfo.read(dir.resolve("nope.json")));
            assertTrue(e.getMessage().contains("cannot read connection file"), e.getMessage());
        }

        @Test
        void notJson() {
            assertMessage("{\"shell_port\": ", "is not valid JSON");
        }

        @Test
        void notAnObject() {
            assertMessage("[1, 2]", "must hold a JSON object");
        }

        @Test
        void missingPort() {
            assertMessage(JUPYTER_FILE.replace("\"hb_port\": 53798,", ""), "missing \"hb_port\"");
        }

        @Test
        void badPort() {
            assertMessage(JUPYTER_FILE.replace("53794", "\"53794\""), "\"shell_port\" must be a port number");
            assertMessage(JUPYTER_FILE.replace("53794", "70000"), "\"shell_port\" must be a port number");
            assertMessage(JUPYTER_FILE.replace("53794", "1.5"), "\"shell_port\" must be a port number");
        }

        @Test
        void badTransport() {
            assertMessage(JUPYTER_FILE.replace("\"tcp\"", "\"udp\""), "\"transport\" must be \"tcp\" or \"ipc\"");
        }

        @Test
        void badScheme() {
            assertMessage(JUPYTER_FILE.replace("hmac-sha256", "hmac-md5"), "\"signature_scheme\" must be");
        }

        @Test
        void keyNotString() {
            assertMessage(JUPYTER_FILE.replace("\"a0436f6c-1916-498b-8eb9-e81ab9368e84\"", "42"),
                    "\"key\" must be a string");
        }

        private void assertMessage(String json, String expected) {
            var e = assertThrows(ConnectionFileException.class, () -> ConnectionInfo.parse(json, "k.json"));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertTrue(e.getMessage().contains("k.json"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("endpoints")
    class Endpoints {
        @Test
        @DisplayName("tcp: ip and port; any-interface kernels are reached on loopback")
        void tcp() throws Exception {
            ConnectionInfo info = ConnectionInfo.parse(JUPYTER_FILE.replace("127.0.0.1", "0.0.0.0"), "t");
            assertEquals("tcp://0.0.0.0:53794", info.bindEndpoint(Channel.SHELL));
            assertEquals("tcp://127.0.0.1:53798", info.connectEndpoint(Channel.HEARTBEAT));
        }

        @Test
        @DisplayName("port 0 binds to any free port")
        void anyPort() {
            assertEquals("tcp://127.0.0.1:*", ConnectionInfo.loopback("").bindEndpoint(Channel.IOPUB));
        }

        @Test
        @DisplayName("ipc: Jupyter's path-dash-port names")
        void ipc() throws Exception {
            ConnectionInfo info = ConnectionInfo.parse(
                    JUPYTER_FILE.replace("\"tcp\"", "\"ipc\"").replace("127.0.0.1", "/tmp/kernel-ipc"), "t");
            assertEquals("ipc:///tmp/kernel-ipc-53797", info.bindEndpoint(Channel.CONTROL));
        }
    }

    @Test
    @DisplayName("a file written by write() is readable only by its owner")
    void ownerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("k.json");
        ConnectionInfo.loopback("k").write(file);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
    }
}
