package org.weft.python.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.weft.python.io.FileStream;
import org.weft.python.runtime.Sinks;

/**
 * Copies a child's stdout or stderr, as it comes, to where the Python program's own output goes
 * when the child "inherits" it: the run's sink (so a child's output in a notebook lands in the cell
 * that started it, not on the kernel's terminal), an open Python file, or a child's stdin (a
 * pipeline). A daemon thread of its own; it runs no Python code.
 */
final class ChildCopier {

    /** Where the bytes go. */
    interface Target {
        void write(byte[] b, int n) throws IOException;

        default void finish() throws IOException {
        }
    }

    private final Thread thread;

    private ChildCopier(InputStream in, Target target, String name) {
        thread = new Thread(() -> copy(in, target), name);
        thread.setDaemon(true);
        thread.start();
    }

    static ChildCopier start(InputStream in, Target target, String name) {
        return new ChildCopier(in, target, name);
    }

    private static void copy(InputStream in, Target target) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                target.write(chunk, n);
            }
        } catch (IOException e) {
            // the child's end went away, or the file was closed: nothing left to copy
        } finally {
            try {
                target.finish();
            } catch (IOException e) {
                // the file was closed meanwhile
            }
        }
    }

    /**
     * Waits up to {@code millis} for the copy to finish. Bounded: a grandchild that keeps the pipe
     * open must not make {@code wait()} outlive the child, as it would not in CPython.
     */
    void join(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Text for a sink, decoded as UTF-8 across chunk boundaries (invalid bytes become U+FFFD). */
    static Target sink(Sinks.Output out) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer pending = ByteBuffer.allocate(16);
        return new Target() {
            private ByteBuffer carry = pending.flip();

            @Override
            public void write(byte[] b, int n) {
                ByteBuffer in = ByteBuffer.allocate(carry.remaining() + n);
                in.put(carry).put(b, 0, n).flip();
                CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
                dec.decode(in, chars, false);
                carry = ByteBuffer.wrap(java.util.Arrays.copyOfRange(in.array(), in.position(), in.limit()));
                out.write(chars.flip().toString());
                out.flush();
            }

            @Override
            public void finish() {
                CharBuffer chars = CharBuffer.allocate(carry.remaining() * 2 + 2);
                dec.decode(carry, chars, true);
                dec.flush(chars);
                if (chars.position() > 0) {
                    out.write(chars.flip().toString());
                    out.flush();
                }
            }
        };
    }

    /** An open Python file: the bytes go through its buffer at its position, as through a shared fd. */
    static Target file(FileStream f) {
        return new Target() {
            @Override
            public void write(byte[] b, int n) throws IOException {
                f.write(b, 0, n);
            }

            @Override
            public void finish() throws IOException {
                f.flush();
            }
        };
    }

    /** Another child's stdin (a pipeline): closed at the end, so that child sees end of input. */
    static Target stream(OutputStream out) {
        return new Target() {
            @Override
            public void write(byte[] b, int n) throws IOException {
                out.write(b, 0, n);
                out.flush();
            }

            @Override
            public void finish() throws IOException {
                out.close();
            }
        };
    }
}
