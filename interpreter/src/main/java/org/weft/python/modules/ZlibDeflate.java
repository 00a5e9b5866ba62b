package org.weft.python.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _weft_binary.Deflate}: a streaming {@link Deflater} (zlib or raw deflate format), the
 * engine of {@code zlib.compressobj}, {@code gzip} and {@code zipfile}.
 *
 * <p>Threads: methods are synchronized, as CPython's zlib objects hold a lock.
 */
final class ZlibDeflate extends PyObject {

    static final PyType TYPE = PyType.builtin("_weft_binary.Deflate", ZlibDeflate.class,
            () -> PyObject.TYPE, ZlibDeflate::define);

    /** zlib's flush modes, as the zlib module numbers them. */
    private static final int Z_NO_FLUSH = 0;
    private static final int Z_SYNC_FLUSH = 2;
    private static final int Z_FULL_FLUSH = 3;

    private final Deflater deflater;

    private ZlibDeflate(int level, boolean raw, int strategy, byte[] zdict) {
        super(TYPE);
        deflater = new Deflater(level, raw);
        // zlib's Z_FILTERED 1, Z_HUFFMAN_ONLY 2 are the JDK's FILTERED, HUFFMAN_ONLY; others: default
        deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    private synchronized byte[] compress(byte[] data) {
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) {
            out.write(buf, 0, deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
        }
        return out.toByteArray();
    }

    /** flush(mode): Z_FINISH ends the stream; a sync or full flush ends a block; Z_NO_FLUSH does nothing. */
    private synchronized byte[] flush(int mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        if (mode == Z_NO_FLUSH) {
            return new byte[0];
        }
        if (mode == Z_SYNC_FLUSH || mode == Z_FULL_FLUSH) {
            int how = mode == Z_SYNC_FLUSH ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, how);
                out.write(buf, 0, n);
            } while (n == buf.length);
            return out.toByteArray();
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        return out.toByteArray();
    }

    private static ZlibDeflate self(PyObject o) {
        return (ZlibDeflate) o;
    }

    private static void define(TypeBuilder b) {
        b.doc("Deflate(level, raw, strategy, zdict): a streaming deflater.");
        b.newFn((type, a, kw) -> new ZlibDeflate((int) Ops.index(a[0]).longValue(), Ops.isTrue(a[1]),
                (int) Ops.index(a[2]).longValue(), a[3] == PyNone.NONE ? null : ((PyBytes) a[3]).value()));
        b.method1("compress", (self, data) -> PyBytes.of(self(self).compress(((PyBytes) data).value())));
        b.method1("flush", (self, mode) -> PyBytes.of(self(self).flush((int) Ops.index(mode).longValue())));
    }
}
