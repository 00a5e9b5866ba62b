package org.weft.python.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;

import org.weft.python.runtime.Codecs;
import org.weft.python.runtime.PyObject;
import org.weft.python.threads.Blocking;

/**
 * A text file over a {@link FileStream}: decoding, encoding and newline handling, CPython's
 * TextIOWrapper. Text is encoded and decoded by the codecs of {@code str.encode} and
 * {@code bytes.decode} ({@link Codecs}), so that errors= handlers and error messages are CPython's.
 * Decoded text is kept untranslated in {@code chunk}, so {@link #tell()} can count the bytes of what
 * was consumed by encoding it again.
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
    /** The codec that writes: utf-16 and utf-32 without their BOM, which {@link #write} puts first. */
    private final String writeCodec;
    private final TextDecoding decoding;
    /** The {@code newlines} attribute; null when newline= is "\n", "\r" or "\r\n" (nothing is recorded). */
    private final SeenNewlines seenNewlines;
    /** Counts the bytes of decoded text for {@link #tell()}; never fails (replaces). */
    private final CharsetEncoder counter;
    /** Bytes read but not decoded yet: the start of a character whose end is still to come. */
    private byte[] undecoded = new byte[0];
    private String chunk = "";
    private int pos;
    /** Bytes of a BOM before chunk[0] (utf-16, utf-32 at the start of the file), not in the text. */
    private int chunkBom;
    /** Byte offset in the file of chunk[0]; -1 when unknown (nothing read since the last seek). */
    private long chunkStart = -1;
    private boolean eof;
    /**
     * Encoded text not yet handed to a Python buffer (TextIOWrapper over BytesIO): as CPython's
     * pending_bytes, it goes down at a newline when line buffered, past 8192 bytes, or before any
     * other operation. A file of ours buffers in its FileStream instead, which OpenWriters flushes.
     */
    private final java.io.ByteArrayOutputStream pending;
    private volatile boolean lineBuffering;
    /** {@code write_through}: each write hands its bytes to the buffer at once (no buffer flush). */
    private volatile boolean writeThrough;
    /** False while iterating with next() (see {@link #nextLine}): tell() is then an OSError. */
    private volatile boolean telling = true;

    public FileTextStream(FileStream bytes, Encodings encoding, String errors, String newline) {
        this(bytes, encoding, errors, newline, false);
    }

    FileTextStream(ByteStream bytes, Encodings encoding, String errors, String newline, boolean lineBuffering) {
        this.bytes = bytes;
        this.pending = bytes instanceof FileStream ? null : new java.io.ByteArrayOutputStream();
        this.lineBuffering = lineBuffering;
        this.encoding = encoding;
        this.errors = errors == null ? "strict" : errors;
        this.newline = newline;
        this.writeCodec = switch (encoding.name()) {
            case "utf-16" -> "utf-16-le";
            case "utf-32" -> "utf-32-le";
            case "utf-8-sig" -> "utf-8";
            default -> encoding.name();
        };
        this.decoding = new TextDecoding(encoding, this.errors);
        this.seenNewlines = newline == null || newline.isEmpty() ? new SeenNewlines() : null;
        this.counter = encoding.charset() == null ? null : encoding.encoder("strict").charset().newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
    }

    @Override
    public String read(int n) throws IOException {
        // A pipe or terminal may keep us waiting: without the GIL, the monitor taken inside (see Blocking).
        return bytes.mayBlock() ? Blocking.call(() -> readLocked(n)) : readLocked(n);
    }

    private synchronized String readLocked(int n) throws IOException {
        checkReadable();
        flushPending();
        StringBuilder out = new StringBuilder();
        int want = n < 0 ? Integer.MAX_VALUE : n;
        // read() decodes all the rest at once, as CPython does (its errors name all those bytes)
        boolean all = n < 0;
        while (want > 0 && ensureChars(all)) {
            char c = chunk.charAt(pos);
            if (c == '\r' && newline == null) {
                pos++;
                if (ensureChars(all) && chunk.charAt(pos) == '\n') {
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
        flushPending();
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
    public int write(String s) throws IOException {
        checkWritable();
        String text = newline != null && !newline.isEmpty() && !newline.equals("\n")
                ? s.replace("\n", newline) : s;
        // encoded before the monitor is taken: an error handler may be Python code
        byte[] data = encodeForWrite(text);
        boolean lineEnd = lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0);
        writeEncoded(data, !text.isEmpty(), lineEnd);
        return s.codePointCount(0, s.length());
    }

    /**
     * utf-16 and utf-32 encode the first text of a stream with the codec that signs it, whose
     * errors name 'utf-16', and the rest with the byte-order codec ('utf-16-le'), as CPython's
     * TextIOWrapper does (its encoding_start_of_stream); the BOM itself is written by writeEncoded.
     */
    private byte[] encodeForWrite(String text) throws IOException {
        boolean signed = encoding.bom().length > 0 && !encoding.dropsLeadingSignature();
        if (signed && atStreamStart()) {
            byte[] withBom = Codecs.encode(text, encoding.name(), errors);
            int bom = encoding.bom().length;
            return java.util.Arrays.copyOfRange(withBom, Math.min(bom, withBom.length), withBom.length);
        }
        return Codecs.encode(text, writeCodec, errors);
    }

    private synchronized boolean atStreamStart() throws IOException {
        return bytes.seekable() && bytes.tell() + (pending == null ? 0 : pending.size()) == 0;
    }

    private synchronized void writeEncoded(byte[] data, boolean someText, boolean lineEnd) throws IOException {
        checkWritable();
        dropReadAhead();
        byte[] bom = encoding.bom();
        if (bom.length > 0 && bytes.seekable() && bytes.tell() + (pending == null ? 0 : pending.size()) == 0
                && someText) {
            // CPython's stream writers sign a stream once, at its start (not when appending)
            writeDown(bom);
        }
        writeDown(data);
        if (lineEnd) {
            flushPending();
            bytes.flush();
        } else if (writeThrough) {
            // CPython: _io_TextIOWrapper_write_impl sets text_needflush for write_through
            flushPending();
        }
    }

    private void writeDown(byte[] data) throws IOException {
        if (pending == null) {
            bytes.write(data, 0, data.length);
            return;
        }
        // CPython: _io_TextIOWrapper_write_impl with a chunk size of 8192
        if (pending.size() + data.length > FileStream.BUFFER_SIZE) {
            flushPending();
        }
        pending.write(data, 0, data.length);
        if (pending.size() >= FileStream.BUFFER_SIZE) {
            flushPending();
        }
    }

    private void flushPending() throws IOException {
        if (pending != null && pending.size() > 0) {
            byte[] data = pending.toByteArray();
            pending.reset();
            bytes.write(data, 0, data.length);
        }
    }

    private void checkWritable() throws IOException {
        if (bytes.isClosed()) {
            throw new IoValueError("I/O operation on closed file.");
        }
        if (!bytes.mode().writing()) {
            throw new UnsupportedOperationIOException("not writable");
        }
    }

    /** The bytes of {@code text} in the file's encoding, for counting them. */
    private ByteBuffer encode(String text) throws IOException {
        CharsetEncoder encoder = counter;
        if (encoder == null) {
            // a codec of the Python registry: count what it makes of the text
            return ByteBuffer.wrap(Codecs.encode(text, writeCodec, "replace"));
        }
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
            in.position(in.position() + r.length()); // the counter replaces: no errors come
        }
        out.flip();
        return out;
    }

    @Override
    public synchronized void flush() throws IOException {
        flushPending();
        bytes.flush();
    }

    /**
     * next() (iteration) reads a line and turns tell() off until the end of the file or a seek,
     * as CPython does (its iteration keeps no position snapshot).
     */
    @Override
    public String nextLine() throws IOException {
        telling = false;
        String line = readline(-1);
        if (line.isEmpty()) {
            telling = bytes.seekable();
        }
        return line;
    }

    // CPython: _io_TextIOWrapper_tell_impl (the cookie here is simply the byte offset)
    @Override
    public synchronized long tell() throws IOException {
        if (!telling) {
            throw new IOException("telling position disabled by next() call");
        }
        flushPending();
        if (chunkStart < 0 || (pos == chunk.length() && undecoded.length == 0)) {
            return bytes.tell() - undecoded.length;
        }
        return chunkStart + chunkBom + encode(chunk.substring(0, pos)).limit();
    }

    @Override
    public synchronized long seek(long cookie, int whence) throws IOException {
        if (bytes.isClosed()) {
            throw new IoValueError("I/O operation on closed file.");
        }
        if (whence < 0 || whence > 2) {
            throw new IoValueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
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
        flushPending();
        bytes.flush();
        resetDecoder();
        if (seenNewlines != null && whence == 0 && target == 0) {
            seenNewlines.reset(); // CPython resets its decoder for a seek to the start
        }
        long at = bytes.seek(target, whence == 2 ? 2 : 0);
        telling = true;
        return at;
    }

    /**
     * Truncates where the bytes underneath are (past what reading decoded ahead) or at size; what
     * was decoded stays readable. CPython: _io_TextIOWrapper_truncate_impl flushes and calls
     * buffer.truncate(pos).
     */
    @Override
    public synchronized long truncate(Long size) throws IOException {
        flushPending();
        bytes.flush();
        return bytes.truncate(size);
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (!bytes.isClosed()) {
                flushPending();
            }
        }
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

    /**
     * The same bytes read and written with another encoding, errors or newline ({@code
     * reconfigure()}); null where text already decoded is waiting to be read, which CPython
     * refuses to reinterpret.
     */
    synchronized FileTextStream reconfigured(Encodings newEncoding, String newErrors, String newNewline,
            boolean newLineBuffering) throws IOException {
        if (pos < chunk.length() || undecoded.length > 0) {
            return null;
        }
        flushPending();
        FileTextStream next = new FileTextStream(bytes, newEncoding, newErrors, newNewline, newLineBuffering);
        next.writeThrough = writeThrough;
        return next;
    }

    void setLineBuffering(boolean on) {
        lineBuffering = on;
    }

    void setWriteThrough(boolean on) {
        writeThrough = on;
    }

    boolean writeThrough() {
        return writeThrough;
    }

    Encodings codec() {
        return encoding;
    }

    String newline() {
        return newline;
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
        return ensureChars(false);
    }

    /** As {@link #ensureChars()}; {@code all}: decode all the rest of the file at once. */
    private boolean ensureChars(boolean all) throws IOException {
        while (pos >= chunk.length()) {
            if (eof) {
                return false;
            }
            decodeMore(all);
        }
        return true;
    }

    private void decodeMore(boolean all) throws IOException {
        // the new chunk starts at the first byte not yet decoded; a pipe has no position (unknown: -1)
        chunkStart = bytes.seekable() ? bytes.tell() - undecoded.length : -1;
        byte[] more = all ? readRest() : bytes.read1(FileStream.BUFFER_SIZE);
        boolean last = all || more.length == 0;
        byte[] data = undecoded;
        if (more.length > 0) {
            data = Arrays.copyOf(undecoded, undecoded.length + more.length);
            System.arraycopy(more, 0, data, undecoded.length, more.length);
        }
        TextDecoding.Result r = decoding.decode(data, chunkStart == 0, last);
        undecoded = Arrays.copyOfRange(data, r.used(), data.length);
        eof = last;
        chunk = r.text();
        chunkBom = r.bom();
        pos = 0;
        if (seenNewlines != null) {
            seenNewlines.scan(chunk, last);
        }
        if (chunkStart == 0 && encoding.dropsLeadingSignature() && chunk.startsWith("\ufeff")) {
            pos = 1; // utf-8-sig: the signature at the start of the file is not text
        }
    }

    private byte[] readRest() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] block;
        while ((block = bytes.read1(FileStream.BUFFER_SIZE)).length > 0) {
            out.write(block);
        }
        return out.toByteArray();
    }

    /** {@code newlines}: the line endings decoded so far, when newline= is None or "". */
    @Override
    public synchronized PyObject newlines() {
        return seenNewlines == null ? org.weft.python.runtime.PyNone.NONE : seenNewlines.value();
    }

    /**
     * Before a write, what was read ahead is dropped, and the write lands where the bytes
     * underneath are: past the whole chunk that reading decoded (up to 8192 bytes ahead, at the end
     * of a small file), not where reading stopped. CPython: _io_TextIOWrapper_write_impl resets
     * its decoder and snapshot and seeks nothing.
     */
    private void dropReadAhead() throws IOException {
        if (chunkStart >= 0 && bytes.mode().reading()) {
            resetDecoder();
        }
    }

    private void resetDecoder() {
        undecoded = new byte[0];
        chunk = "";
        pos = 0;
        chunkStart = -1;
        eof = false;
    }
}
