package org.weft.python.runtime;

/** {@code bytes.hex(sep, bytes_per_sep)} and {@code bytes.fromhex(s)}. CPython: Python/pystrhex.c, bytesobject.c. */
final class BytesHex {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesHex() {
    }

    // CPython: _Py_strhex_impl; groups count from the right when bytes_per_sep > 0
    static String hex(ByteView v, PyObject sepArg, PyObject perSepArg) {
        int n = v.n();
        byte[] b = v.buf();
        // the clinic converts bytes_per_sep (a C int) before the separator is looked at
        long per = perSepArg == null ? 1 : StrArgs.asCInt(perSepArg);
        int sep = separator(sepArg);
        if (sep < 0 || per == 0 || n == 0) {
            StringBuilder sb = new StringBuilder(n * 2);
            for (int i = 0; i < n; i++) {
                sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
            }
            return sb.toString();
        }
        long group = Math.abs(per);
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            // From the right (per > 0): a separator before byte i when (n - i) is a multiple of group.
            boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (i > 0 && boundary) {
                sb.append((char) sep);
            }
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return sb.toString();
    }

    /** The separator as one ASCII char, or -1 when absent. CPython: _Py_strhex_impl's checks, in order. */
    private static int separator(PyObject sep) {
        if (sep == null) {
            return -1;
        }
        if (Ops.len(sep) != 1) {
            throw PyErr.valueError("sep must be length 1.");
        }
        int c;
        if (sep instanceof PyStr ps) {
            c = ps.value().codePointAt(0);
        } else if (sep instanceof PyBytes pb) {
            c = pb.value()[0] & 0xff;
        } else {
            throw PyErr.typeError("sep must be str or bytes.");
        }
        if (c > 127) {
            throw PyErr.valueError("sep must be ASCII.");
        }
        return c;
    }

    // CPython: _PyBytes_FromHex; whitespace is allowed only between byte pairs
    static byte[] fromHex(PyObject arg) {
        if (!(arg instanceof PyStr ps)) {
            throw PyErr.typeError("fromhex() argument must be str, not %s", Ops.argTypeName(arg));
        }
        String s = ps.value();
        ByteBuilder out = new ByteBuilder(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && StrSplit.isByteSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) > 127) {
                throw invalid(s, i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) <= 127 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw invalid(s, i + 1);
            }
            out.append(hi << 4 | lo);
            i += 2;
        }
        return out.toArray();
    }

    private static PyException invalid(String s, int at) {
        return PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d",
                s.codePointCount(0, Math.min(at, s.length())));
    }
}
