package org.weft.python.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _weft_binary.Inflate}: a streaming {@link Inflater} (zlib or raw deflate format), the
 * engine of {@code zlib.decompressobj}, {@code gzip} and {@code zipfile}. The Python side keeps
 * the unused input; this reports how much of each chunk it consumed.
 *
 * <p>Threads: methods are synchronized, as CPython's zlib objects hold a lock; no Python code runs
 * under the monitor.
 */
final class ZlibInflate extends PyObject {

    static final PyType TYPE = PyType.builtin("_weft_binary.Inflate", ZlibInflate.class,
            () -> PyObject.TYPE, ZlibInflate::define);

    private final Inflater inflater;
    private final byte[] zdict;

    private ZlibInflate(boolean raw, byte[] zdict) {
        super(TYPE);
        this.inflater = new Inflater(raw);
        this.zdict = zdict;
        if (raw && zdict != null) {
            inflater.setDictionary(zdict);
        }
    }

    /**
     * Inflates {@code data}, at most {@code maxLength} bytes of output when positive; returns
     * (output, bytes of data consumed).
     */
    private synchronized PyObject inflate(byte[] data, long maxLength) {
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int want = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (want <= 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, want);
                out.write(buf, 0, n);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        if (zdict == null) {
                            throw PyErr.valueError("Error 2 while decompressing data");
                        }
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    if (inflater.needsInput() || inflater.finished()) {
                        break;
                    }
                }
            }
        } catch (DataFormatException e) {
            throw PyErr.valueError("Error -3 while decompressing data: %s", String.valueOf(e.getMessage()));
        }
        return PyTuple.of(PyBytes.of(out.toByteArray()), PyInt.of(data.length - inflater.getRemaining()));
    }

    private static ZlibInflate self(PyObject o) {
        return (ZlibInflate) o;
    }

    private static void define(TypeBuilder b) {
        b.doc("Inflate(raw, zdict): a streaming inflater.");
        b.newFn((type, args, kw) -> new ZlibInflate(Ops.isTrue(args[0]),
                args.length > 1 && args[1] != PyNone.NONE ? ((PyBytes) args[1]).value() : null));
        b.method2("inflate", (self, data, max) -> self(self).inflate(((PyBytes) data).value(), Ops.index(max).longValue()));
        b.getter("finished", self -> PyBool.of(self(self).finishedLocked()));
        b.method0("end", self -> {
            self(self).endLocked();
            return PyNone.NONE;
        });
    }

    private synchronized boolean finishedLocked() {
        return inflater.finished();
    }

    private synchronized void endLocked() {
        inflater.end();
    }
}
