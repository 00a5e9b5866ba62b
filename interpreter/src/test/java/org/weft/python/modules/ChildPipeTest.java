package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ChildPipe buffers a child's output for Popen's reads")
class ChildPipeTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ChildPipe of(String content) {
        return ChildPipe.pump(new ByteArrayInputStream(b(content)), "test-pump");
    }

    @Nested
    @DisplayName("reads")
    class Reads {
        @Test
        @DisplayName("read(-1) returns everything up to the end")
        void readAll() {
            assertArrayEquals(b("one\ntwo\n"), of("one\ntwo\n").read(-1));
        }

        @Test
        @DisplayName("readline stops after each newline, then the rest, then nothing")
        void readline() {
            ChildPipe p = of("a\nbc\nd");
            assertArrayEquals(b("a\n"), p.readline(-1));
            assertArrayEquals(b("bc\n"), p.readline(-1));
            assertArrayEquals(b("d"), p.readline(-1));
            assertArrayEquals(new byte[0], p.readline(-1));
        }

        @Test
        @DisplayName("read(n) returns n bytes, fewer only at the end")
        void readN() {
            ChildPipe p = of("abcdef");
            assertArrayEquals(b("abcd"), p.read(4));
            assertArrayEquals(b("ef"), p.read(4));
        }
    }

    @Nested
    @DisplayName("waiting")
    class Waiting {
        @Test
        @DisplayName("awaitEof times out while the writer keeps its end open, and succeeds once it closes")
        void eof() throws IOException {
            PipedOutputStream out = new PipedOutputStream();
            ChildPipe p = ChildPipe.pump(new PipedInputStream(out), "test-pump");
            out.write(b("partial"));
            out.flush();
            assertFalse(p.awaitEof(50_000_000L));
            out.close();
            assertTrue(p.awaitEof(LockWaits.FOREVER));
            assertArrayEquals(b("partial"), p.peek());
            assertArrayEquals(b("partial"), p.takeAll());
        }

        @Test
        @DisplayName("forwardTo hands what is buffered and what follows to another stream, then closes it")
        void forward() throws IOException {
            PipedOutputStream out = new PipedOutputStream();
            ChildPipe p = ChildPipe.pump(new PipedInputStream(out), "test-pump");
            out.write(b("first "));
            out.flush();
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            boolean[] closed = new boolean[1];
            p.forwardTo(new ChildCopier.Target() {
                @Override
                public void write(byte[] bytes, int n) {
                    sink.write(bytes, 0, n);
                }

                @Override
                public void finish() {
                    closed[0] = true;
                }
            });
            out.write(b("second"));
            out.close();
            assertTrue(p.awaitEof(LockWaits.FOREVER));
            long deadline = System.currentTimeMillis() + 2000;
            while (!closed[0] && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(closed[0]);
            assertArrayEquals(b("first second"), sink.toByteArray());
        }
    }
}
