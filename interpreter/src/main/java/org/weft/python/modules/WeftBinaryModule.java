package org.weft.python.modules;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code _weft_binary}: the few primitives that the Python-written {@code hashlib}, {@code zlib},
 * {@code binascii} and {@code struct} modules take from the JDK (MessageDigest, java.util.zip,
 * IEEE bit patterns). Every function is pure: no state, so nothing to share between threads.
 * Arguments are exact {@code bytes}; the Python side converts other bytes-like objects first.
 */
public final class WeftBinaryModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_binary";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("Inflate", ZlibInflate.TYPE);
        m.put("Deflate", ZlibDeflate.TYPE);
        put(m, PyBuiltinFunction.of2("digest", null, (self, name, data) -> digest(Ops.str(name).toString(), data)));
        // blake2(variant 'b' or 's', data, digest_size, key, salt, person, fanout, depth, leaf_size,
        // node_offset, node_depth, inner_size, last_node): hashlib checks the ranges first
        put(m, PyBuiltinFunction.of("blake2", null, (self, a, k) -> {
            Blake2.Params p = new Blake2.Params(asInt(a[2]), bytes(a[3]), bytes(a[4]), bytes(a[5]),
                    asInt(a[6]), asInt(a[7]), Ops.index(a[8]).longValue(), Ops.index(a[9]).longValue(),
                    asInt(a[10]), asInt(a[11]), Ops.isTrue(a[12]));
            byte[] data = bytes(a[1]);
            return PyBytes.of(Ops.str(a[0]).toString().equals("b") ? Blake2.blake2b(data, p) : Blake2.blake2s(data, p));
        }));
        // shake(data, rate, length): SHAKE128 (rate 168) or SHAKE256 (rate 136)
        put(m, PyBuiltinFunction.of("shake", null, (self, a, k) ->
                PyBytes.of(Keccak.shake(bytes(a[0]), asInt(a[1]), asInt(a[2])))));
        put(m, PyBuiltinFunction.of2("crc32", null, (self, data, start) -> {
            // CPython: binascii_crc32 continues from a previous value; java.util.zip cannot, so combine by
            // running the table from the given start.
            return PyInt.of(crc32(bytes(data), Ops.index(start).longValue() & 0xffffffffL));
        }));
        put(m, PyBuiltinFunction.of2("adler32", null, (self, data, start) ->
                PyInt.of(adler32(bytes(data), Ops.index(start).longValue() & 0xffffffffL))));
        put(m, PyBuiltinFunction.of2("compress", null, (self, data, level) ->
                PyBytes.of(deflate(bytes(data), (int) Ops.index(level).longValue()))));
        put(m, PyBuiltinFunction.of2("decompress", null, (self, data, wbits) ->
                PyBytes.of(inflate(bytes(data), (int) Ops.index(wbits).longValue()))));
        put(m, PyBuiltinFunction.of1("double_bits", null, (self, x) ->
                PyInt.of(Double.doubleToRawLongBits(((PyFloat) x).value()))));
        put(m, PyBuiltinFunction.of1("bits_double", null, (self, x) ->
                PyFloat.of(Double.longBitsToDouble(Ops.index(x).bigValue().longValue()))));
        put(m, PyBuiltinFunction.of1("float_bits", null, (self, x) ->
                PyInt.of(Float.floatToRawIntBits((float) ((PyFloat) x).value()) & 0xffffffffL)));
        put(m, PyBuiltinFunction.of1("bits_float", null, (self, x) ->
                PyFloat.of(Float.intBitsToFloat((int) Ops.index(x).longValue()))));
    }

    private static int asInt(PyObject o) {
        return (int) Ops.index(o).longValue();
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        throw PyErr.typeError("a bytes-like object is required, not '%s'", Ops.typeName(o));
    }

    private static PyObject digest(String name, PyObject data) {
        String algo = switch (name) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "sha512_224" -> "SHA-512/224";
            case "sha512_256" -> "SHA-512/256";
            case "sha3_224" -> "SHA3-224";
            case "sha3_256" -> "SHA3-256";
            case "sha3_384" -> "SHA3-384";
            case "sha3_512" -> "SHA3-512";
            default -> null;
        };
        try {
            if (algo == null) {
                throw new NoSuchAlgorithmException(name);
            }
            return PyBytes.of(MessageDigest.getInstance(algo).digest(bytes(data)));
        } catch (NoSuchAlgorithmException e) {
            throw PyErr.valueError("unsupported hash type %s", name);
        }
    }

    // CPython: crc32 in zlib; a table-free bitwise form is fast enough for the sizes notebooks hash,
    // and unlike java.util.zip.CRC32 it can start from any previous value.
    private static long crc32(byte[] b, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        long crc = ~start & 0xffffffffL;
        for (byte x : b) {
            crc ^= x & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc >>> 1) ^ (0xEDB88320L & -(crc & 1));
            }
        }
        return ~crc & 0xffffffffL;
    }

    private static long adler32(byte[] b, long start) {
        if (start == 1) {
            Adler32 a = new Adler32();
            a.update(b);
            return a.getValue();
        }
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        for (byte x : b) {
            s1 = (s1 + (x & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** wbits as CPython: 9..15 zlib format, -9..-15 raw deflate. */
    private static byte[] inflate(byte[] data, int wbits) {
        Inflater inf = new Inflater(wbits < 0);
        try {
            inf.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int idle = 0;
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                // a call may consume a header or an empty stored block and produce nothing: only a
                // second fruitless call with no input left means the stream is cut short
                idle = n == 0 ? idle + 1 : 0;
                if (idle > 1 && (inf.needsInput() || inf.needsDictionary()) && !inf.finished()) {
                    throw PyErr.format(zlibError(), "Error -5 while decompressing data: incomplete or truncated stream");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw PyErr.format(zlibError(), "Error -3 while decompressing data: %s", String.valueOf(e.getMessage()));
        } finally {
            inf.end();
        }
    }

    private static org.weft.python.runtime.PyType zlibError() {
        return org.weft.python.runtime.PyExc.ValueError;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }
}
