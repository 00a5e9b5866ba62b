package org.weft.python.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

import org.weft.python.threads.Blocking;

/**
 * A text file over a {@link FileStream}: decoding, encoding and newline handling, CPython's
 * TextIOWrapper. Decoded text is kept untranslated in {@code chunk}, so {@link #tell()} can count
 * the bytes of what was consumed by encoding it again.
 *
 * <p>Newlines ({@code newline} argument): null = universal (any of \n \r \r\n ends a line and
 * reads as \n; \n writes as \n, the POSIX line separator); "" = any ends a line, nothing is
 * translated; "\n", "\r", "\r\n" = only that ends a line, and \n writes as that.
 *
 * <p>Threads: every public method holds this object's monitor (no Python code runs under it);
 * reads from a file that may block (a pipe, a terminal) give the GIL up around it.
 */
public final class FileTextStream implements TextStream {

    private final ByteStream bytes;
    private final Encodings encoding;
    private final String errors;
    private final String newline;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder;
    private final ByteBuffer undecoded = ByteBuffer.allocate(FileStream.BUFFER_SIZE + 16);
    private String chunk = "";
    private int pos;
    /** Byte offset in the file of chunk[0]; -1 when unknown (nothing read since the last seek). */
    private long chunkStart = -1;
    private boolean eof;

    public FileTextStream(FileStream bytes, Encodings encoding, String errors, String newline) {
        this((ByteStream) bytes, encoding, errors, newline);
    }

    FileTextStream(ByteStream bytes, Encodings encoding, String errors, String newline) {
        this.bytes = bytes;
        this.encoding = encoding;
        this.errors = errors == null ? "strict" : errors;
        this.newline = newline;
        this.decoder = encoding.decoder(this.errors);
        this.encoder = encoding.encoder(this.errors);
        undecoded.flip();
    }

    @Override
    public String read(int n) throws IOException {
        // A pipe or terminal may keep us waiting: without the GIL, the monitor taken inside (see Blocking).
        return bytes.mayBlock() ? Blocking.call(() -> readLocked(n)) : readLocked(n);
    }

    private synchronized String readLocked(int n) throws IOException {
        checkReadable();
        StringBuilder out = new StringBuilder();
        int want = n < 0 ? Integer.MAX_VALUE : n;
        while (want > 0 && ensureChars()) {
            char c = chunk.charAt(pos);
            if (c == '\r' && newline == null) {
                pos++;
                if (ensureChars() && chunk.charAt(pos) == '\n') {
                    pos++;
                }
                out.append('\n');
                want--;
                continue;
            }
            // copy a run of ordinary characters at once
            int end = pos + 1;
            int limit = (int) Math.min(chunk.length(), (long) pos + want);
            while (end < limit && (chunk.charAt(end) != '\r' || newline != null)) {
                end++;
            }
            out.append(chunk, pos, end);
            want -= end - pos;
            pos = end;
        }
        return out.toString();
    }

    @Override
    public String readline(int limit) throws IOException {
        // A pipe or terminal may keep us waiting: without the GIL, the monitor taken inside (see Blocking).
        return bytes.mayBlock() ? Blocking.call(() -> readlineLocked(limit)) : readlineLocked(limit);
    }

    private synchronized String readlineLocked(int limit) throws IOException {
        checkReadable();
        StringBuilder out = new StringBuilder();
        int want = limit < 0 ? Integer.MAX_VALUE : limit;
        while (want > 0 && ensureChars()) {
            char c = chunk.charAt(pos++);
            want--;
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
                out.append('\n');
                break;
            }
            if (c == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r")
                    || newline.equals("\r\n"))) {
                boolean crlf = ensureChars() && chunk.charAt(pos) == '\n';
                if (newline == null) {
                    pos += crlf ? 1 : 0;
                    out.append('\n');
                    break;
                }
                if (crlf && !newline.equals("\r") && want > 0) {
                    pos++;
                    out.append("\r\n");
                    break;
                }
                out.append('\r');
                if (!newline.equals("\r\n")) {
                    break;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public synchronized int write(String s) throws IOException {
        if (bytes.isClosed()) {
            throw new IoValueError("I/O operation on closed file.");
        }
        if (!bytes.mode().writing()) {
            throw new UnsupportedOperationIOException("not writable");
        }
        dropReadAhead();
        String text = newline != null && !newline.isEmpty() && !newline.equals("\n")
                ? s.replace("\n", newline) : s;
        ByteBuffer out = encode(text);
        byte[] bom = encoding.bom();
        if (bom.length > 0 && bytes.seekable() && bytes.tell() == 0 && !text.isEmpty()) {
            // CPython's stream writers sign a stream once, at its start (not when appending)
            bytes.write(bom, 0, bom.length);
        }
        bytes.write(out.array(), 0, out.limit());
        return s.codePointCount(0, s.length());
    }

    private ByteBuffer encode(String text) throws IOException {
        encoder.reset();
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate((int) (text.length() * encoder.averageBytesPerChar()) + 16);
        // CharsetEncoder's state machine: after reset, encode(endOfInput=true) must run (even for
        // empty text) until it underflows, and only then flush; flushing straight after reset throws
        // IllegalStateException ("Current state = RESET, new state = FLUSHED")
        boolean encoded = false;
        while (true) {
            CoderResult r = encoded ? encoder.flush(out) : encoder.encode(in, out, true);
            if (r.isUnderflow()) {
                if (encoded) {
                    break;
                }
                encoded = true;
                continue;
            }
            if (r.isOverflow()) {
                ByteBuffer bigger = ByteBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            int start = text.codePointCount(0, in.position());
            throw new TextEncodeException(encoding.name(), text, start, start + 1,
                    "ordinal not in range(" + (encoding.name().equals("ascii") ? 128 : 256) + ")");
        }
        out.flip();
        return out;
    }

    @Override
    public synchronized void flush() throws IOException {
        bytes.flush();
    }

    // CPython: _io_TextIOWrapper_tell_impl (the cookie here is simply the byte offset)
    @Override
    public synchronized long tell() throws IOException {
        if (chunkStart < 0 || (pos == chunk.length() && !undecoded.hasRemaining())) {
            return bytes.tell() - undecoded.remaining();
        }
        return chunkStart + encode(chunk.substring(0, pos)).limit();
    }

    @Override
    public synchronized long seek(long cookie, int whence) throws IOException {
        if (whence == 1 && cookie != 0) {
            throw new UnsupportedOperationIOException("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && cookie != 0) {
            throw new UnsupportedOperationIOException("can't do nonzero end-relative seeks");
        }
        if (whence == 0 && cookie < 0) {
            throw new IoValueError("negative seek position " + cookie);
        }
        long target = whence == 1 ? tell() : cookie;
        bytes.flush();
        resetDecoder();
        return bytes.seek(target, whence == 2 ? 2 : 0);
    }

    @Override
    public synchronized long truncate(Long size) throws IOException {
        long at = tell();
        resetDecoder();
        bytes.seek(at, 0);
        return bytes.truncate(size);
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    @Override
    public boolean isClosed() {
        return bytes.isClosed();
    }

    @Override
    public boolean readable() {
        return bytes.mode().reading();
    }

    @Override
    public boolean writable() {
        return bytes.mode().writing();
    }

    @Override
    public boolean seekable() {
        return bytes.seekable();
    }

    @Override
    public String encoding() {
        return encoding.display();
    }

    @Override
    public String errors() {
        return errors;
    }

    @Override
    public FileStream buffer() {
        return bytes instanceof FileStream f ? f : null; // a Python buffer under TextIOWrapper(buffer) is no file of ours
    }

    private void checkReadable() throws IOException {
        if (bytes.isClosed()) {
            throw new IoValueError("I/O operation on closed file.");
        }
        if (!bytes.mode().reading()) {
            throw new UnsupportedOperationIOException("not readable");
        }
    }

    /** Makes chunk[pos] available, decoding more of the file when needed; false at the end. */
    private boolean ensureChars() throws IOException {
        while (pos >= chunk.length()) {
            if (eof) {
                return false;
            }
            decodeMore();
        }
        return true;
    }

    private void decodeMore() throws IOException {
        // the new chunk starts at the first byte not yet decoded; a pipe has no position (unknown: -1)
        chunkStart = bytes.seekable() ? bytes.tell() - undecoded.remaining() : -1;
        byte[] more = bytes.read1(FileStream.BUFFER_SIZE);
        boolean last = more.length == 0;
        undecoded.compact();
        undecoded.put(more);
        undecoded.flip();
        CharBuffer out = CharBuffer.allocate(undecoded.remaining() + 16);
        int before = undecoded.position();
        CoderResult r = decoder.decode(undecoded, out, last);
        if (r.isError()) {
            throw decodeError(before, r, last);
        }
        if (last) {
            decoder.flush(out);
            eof = !undecoded.hasRemaining();
        }
        out.flip();
        chunk = out.toString();
        pos = 0;
        if (chunkStart == 0 && encoding.dropsLeadingSignature() && chunk.startsWith("\ufeff")) {
            pos = 1; // utf-8-sig: the signature at the start of the file is not text
        }
    }

    private TextDecodeException decodeError(int before, CoderResult r, boolean last) {
        byte[] data = new byte[undecoded.limit() - before];
        undecoded.get(before, data);
        int start = undecoded.position() - before;
        int bad = data[start] & 0xff;
        String reason;
        if (encoding.name().equals("utf-8")) {
            reason = bad >= 0x80 && bad < 0xc2 || bad > 0xf4 ? "invalid start byte"
                    : last && start + r.length() >= data.length ? "unexpected end of data"
                    : "invalid continuation byte";
        } else {
            reason = "ordinal not in range(128)";
        }
        return new TextDecodeException(encoding.name(), data, start, start + r.length(), reason);
    }

    /** Before a write, the file position must be where reading stopped, not where it read ahead. */
    private void dropReadAhead() throws IOException {
        if (chunkStart >= 0 && bytes.mode().reading()) {
            long at = tell();
            resetDecoder();
            bytes.seek(at, 0);
        }
    }

    private void resetDecoder() {
        decoder.reset();
        undecoded.clear();
        undecoded.flip();
        chunk = "";
        pos = 0;
        chunkStart = -1;
        eof = false;
    }
}
