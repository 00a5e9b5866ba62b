package org.weft.python.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;

/** The text and binary file layers, checked against what CPython's io does with the same calls. */
class FileTextStreamTest {

    @TempDir
    Path dir;

    private FileTextStream text(String name, String mode, String newline) throws IOException {
        return new FileTextStream(FileStream.open(dir.resolve(name), OpenMode.parse(mode)),
                Encodings.UTF_8, null, newline);
    }

    @Nested
    @DisplayName("open modes")
    class Modes {
        @Test
        @DisplayName("parse like CPython and report FileIO's mode")
        void parse() {
            assertEquals("rb", OpenMode.parse("r").rawMode());
            assertEquals("wb", OpenMode.parse("w").rawMode());
            assertEquals("rb+", OpenMode.parse("w+").rawMode());
            assertEquals("ab+", OpenMode.parse("a+").rawMode());
            assertEquals("xb+", OpenMode.parse("x+").rawMode());
            assertEquals("rb+", OpenMode.parse("r+b").rawMode());
            assertEquals("invalid mode: 'rr'",
                    assertThrows(IoValueError.class, () -> OpenMode.parse("rr")).getMessage());
            assertEquals("must have exactly one of create/read/write/append mode",
                    assertThrows(IoValueError.class, () -> OpenMode.parse("rw")).getMessage());
            assertEquals("can't have text and binary mode at once",
                    assertThrows(IoValueError.class, () -> OpenMode.parse("bt")).getMessage());
        }
    }

    @Nested
    @DisplayName("text files")
    class Text {
        @Test
        @DisplayName("universal newlines read \\r\\n and \\r as \\n, and lines split there")
        void universal() throws IOException {
            Files.write(dir.resolve("a"), "one\r\ntwo\rthree\nfour".getBytes(StandardCharsets.UTF_8));
            try (FileTextStream t = text("a", "r", null)) {
                assertEquals("one\n", t.readline(-1));
                assertEquals("two\n", t.readline(-1));
                assertEquals("three\n", t.readline(-1));
                assertEquals("four", t.readline(-1));
                assertEquals("", t.readline(-1));
            }
            try (FileTextStream t = text("a", "r", null)) {
                assertEquals("one\ntwo\nthree\nfour", t.read(-1));
            }
            try (FileTextStream t = text("a", "r", "")) {
                assertEquals("one\r\n", t.readline(-1));
                assertEquals("two\r", t.readline(-1));
            }
        }

        @Test
        @DisplayName("write, tell, seek and read back non-ASCII text")
        void roundTrip() throws IOException {
            try (FileTextStream t = text("b", "w+", null)) {
                assertEquals(6, t.write("héllo\n"));
                assertEquals(7, t.tell());
                t.write("wörld");
                t.seek(0, 0);
                assertEquals("hé", t.read(2));
                assertEquals(3, t.tell());
                assertEquals("llo\n", t.readline(-1));
                assertEquals(7, t.tell());
                assertEquals("wörld", t.read(-1));
            }
        }

        @Test
        @DisplayName("append mode adds at the end; newline='\\r\\n' translates on write")
        void append() throws IOException {
            try (FileTextStream t = text("c", "w", "\r\n")) {
                t.write("a\nb\n");
            }
            try (FileTextStream t = text("c", "a", null)) {
                t.write("c");
            }
            assertEquals("a\r\nb\r\nc", Files.readString(dir.resolve("c")));
        }

        @Test
        @DisplayName("invalid UTF-8 under errors='strict' is UnicodeDecodeError naming the byte")
        void badBytes() throws IOException {
            Files.write(dir.resolve("d"), new byte[] {'a', (byte) 0xff, 'b'});
            try (FileTextStream t = text("d", "r", null)) {
                PyException e = assertThrows(PyException.class, () -> t.read(-1));
                assertTrue(e.matches(PyExc.UnicodeDecodeError));
                assertEquals("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
                        Ops.str(e.value()).value());
            }
        }
    }

    @Nested
    @DisplayName("binary files")
    class Binary {
        @Test
        @DisplayName("read after write in r+ mode sees the logical position")
        void readWrite() throws IOException {
            Files.write(dir.resolve("e"), "0123456789".getBytes(StandardCharsets.US_ASCII));
            try (FileStream f = FileStream.open(dir.resolve("e"), OpenMode.parse("rb+"))) {
                assertEquals("012", new String(f.read(3), StandardCharsets.US_ASCII));
                f.write(new byte[] {'x'}, 0, 1);
                assertEquals(4, f.tell());
                assertEquals("456789", new String(f.read(-1), StandardCharsets.US_ASCII));
                f.seek(0, 0);
                assertEquals("012x4\n".substring(0, 5), new String(f.read(5), StandardCharsets.US_ASCII));
                assertEquals("56789", new String(f.readline(-1), StandardCharsets.US_ASCII));
            }
        }

        @Test
        @DisplayName("writing a read-only file is UnsupportedOperation")
        void readOnly() throws IOException {
            Files.write(dir.resolve("f"), new byte[0]);
            try (FileStream f = FileStream.open(dir.resolve("f"), OpenMode.parse("rb"))) {
                assertThrows(UnsupportedOperationIOException.class, () -> f.write(new byte[1], 0, 1));
            }
            assertThrows(java.nio.file.NoSuchFileException.class,
                    () -> FileStream.open(dir.resolve("nope"), OpenMode.parse("r")));
            assertThrows(IsADirectoryException.class, () -> FileStream.open(dir, OpenMode.parse("r")));
        }
    }
}
