package org.weft.python;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.weft.python.runtime.Sinks;

/**
 * The launcher's stdin, read as bytes: text lines for sys.stdin and input() (UTF-8; only '\n' ends a
 * line and '\r' stays, as CPython's sys.stdin on POSIX translates no newlines; a last line without
 * its newline stays without it), and the bytes themselves for sys.stdin.buffer, from the same
 * buffer, so that the two may be mixed.
 *
 * <p>Threads: every read takes this object's monitor.
 */
final class LauncherInput implements Sinks.Input {

    private final InputStream in;
    private final boolean processStdin;
    /** Bytes read from {@code in} and not yet consumed: {@code buf[pos..limit)}; guarded by this. */
    private final byte[] buf = new byte[8192];
    private int pos;
    private int limit;

    LauncherInput(InputStream stdin) {
        this.in = stdin;
        this.processStdin = stdin == System.in;
    }

    /** The next byte, or -1 at the end (a closed or failing stdin reads as its end, as before). */
    private int next() {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    private boolean fill() {
        try {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = next(); b >= 0; b = next()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : decode(line.toByteArray());
    }

    /** Bytes up to and including the next '\n' (binary: no newline translation); empty at the end. */
    @Override
    public synchronized byte[] readRawLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = next(); b >= 0; b = next()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    @Override
    public boolean isProcessStdin() {
        return processStdin;
    }

    @Override
    public String readPassword(String prompt) {
        return processStdin ? Sinks.consolePassword(prompt) : null;
    }

    /** UTF-8 with U+FFFD for malformed bytes, as the InputStreamReader this replaces decoded. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never throws
        }
    }
}
