package org.weft.python;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.weft.python.runtime.Sinks;

/**
 * The launcher's stdin, read as bytes: text lines for sys.stdin and input() (UTF-8, '\r\n' and '\r'
 * ending a line as '\n' does, as CPython's universal newlines; a last line without its newline
 * stays without it), and the bytes themselves for sys.stdin.buffer, from the same buffer, so that
 * the two may be mixed.
 *
 * <p>Threads: every read takes this object's monitor.
 */
final class LauncherInput implements Sinks.Input {

    private final InputStream in;
    private final boolean processStdin;

    LauncherInput(InputStream stdin) {
        this.in = new BufferedInputStream(stdin);
        this.processStdin = stdin == System.in;
    }

    @Override
    public synchronized String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n' || b == '\r') {
                    if (b == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    return decode(line.toByteArray()) + "\n";
                }
                line.write(b);
            }
        } catch (IOException e) {
            // a closed or failing stdin reads as its end, as before
        }
        return line.size() == 0 ? null : decode(line.toByteArray());
    }

    /** Bytes up to and including the next '\n' (binary: no newline translation); empty at the end. */
    @Override
    public synchronized byte[] readRawLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            // the end, as for text
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
