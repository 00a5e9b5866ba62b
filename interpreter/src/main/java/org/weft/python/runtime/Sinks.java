package org.weft.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams of one run: where {@code sys.stdout}, {@code sys.stderr} write and
 * {@code sys.stdin} reads. The embedder (the kernel, the launcher, a test) supplies them; threads
 * started during a run keep them. Immutable record of three interfaces.
 */
public record Sinks(Output stdout, Output stderr, Input stdin) {

    /** A text output stream. Implementations must be thread-safe. */
    public interface Output {
        void write(String s);

        default void flush() {
        }

        /**
         * Writes bytes as they are (sys.stdout.buffer.write), after any text written before them, and
         * returns true; or returns false where the stream carries only text (a notebook's output), and
         * the caller then writes them decoded.
         */
        default boolean writeBytes(byte[] data) {
            return false;
        }
    }

    /** A text input stream: one line per call, with its newline; null at end of input. */
    public interface Input {
        String readLine();

        /**
         * The bytes up to and including the next '\n' (sys.stdin.buffer), empty at the end; or null
         * where this input is only text (a notebook's), and the caller then encodes text lines.
         */
        default byte[] readRawLine() {
            return null;
        }

        /**
         * Whether this is the process's own standard input, which a child process may then
         * inherit; a child of a run whose input comes from elsewhere (a notebook's input
         * requests, a test) reads /dev/null instead.
         */
        default boolean isProcessStdin() {
            return false;
        }

        /**
         * A password typed after {@code prompt}, without its newline, read so that it is not shown
         * (a terminal's no-echo mode, a notebook's password box); null where this input cannot hide
         * it ({@code getpass} then warns and reads a plain line, as CPython's fallback does).
         */
        default String readPassword(String prompt) {
            return null;
        }
    }

    /** A password from the process's terminal without echo, or null when there is no terminal. */
    public static String consolePassword(String prompt) {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] pw = console.readPassword("%s", prompt);
        if (pw == null) {
            throw new java.io.UncheckedIOException(new java.io.EOFException());
        }
        return new String(pw);
    }

    /** The process's own streams: the launcher's default (System.out flushes at each newline). */
    public static final Sinks SYSTEM = new Sinks(
            new Output() {
                @Override
                public void write(String s) {
                    System.out.print(s);
                }

                @Override
                public void flush() {
                    System.out.flush();
                }

                @Override
                public boolean writeBytes(byte[] data) {
                    System.out.write(data, 0, data.length);
                    return true;
                }
            },
            new Output() {
                @Override
                public void write(String s) {
                    System.err.print(s);
                    System.err.flush();
                }

                @Override
                public void flush() {
                    System.err.flush();
                }
            },
            new Input() {
                private final BufferedReader in = new BufferedReader(
                        new InputStreamReader(System.in, StandardCharsets.UTF_8));

                @Override
                public boolean isProcessStdin() {
                    return true;
                }

                @Override
                public String readPassword(String prompt) {
                    return consolePassword(prompt);
                }

                @Override
                public synchronized String readLine() {
                    try {
                        String l = in.readLine();
                        return l == null ? null : l + "\n";
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
}
