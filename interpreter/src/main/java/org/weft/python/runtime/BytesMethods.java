package org.weft.python.runtime;

import java.util.List;

/**
 * The methods that {@code bytes} and {@code bytearray} share (CPython's bytes_methods.c and the
 * twin method tables of bytesobject.c/bytearrayobject.c). Results have the type of {@code self}'s
 * base: a bytearray method returns a bytearray.
 *
 * <p>Searching and splitting reuse the str algorithms on the bytes read as Latin-1 text (one char
 * per byte, which Java stores compactly); only whitespace, line breaks and case differ, and are
 * parameterised. That costs a copy in and out per call, in exchange for one well-tested code path.
 */
final class BytesMethods {

    private static final ArgParser SPLIT = ArgParser.of("split", "sep=", "maxsplit=");
    private static final ArgParser RSPLIT = ArgParser.of("rsplit", "sep=", "maxsplit=");
    private static final ArgParser SPLITLINES = ArgParser.of("splitlines", "keepends=");
    private static final ArgParser EXPANDTABS = ArgParser.of("expandtabs", "tabsize=");
    private static final ArgParser DECODE = ArgParser.of("decode", "encoding=", "errors=");
    private static final ArgParser HEX = ArgParser.of("hex", "sep=", "bytes_per_sep=");
    private static final ArgParser TRANSLATE = ArgParser.of("translate", "table", "/", "delete=");

    private BytesMethods() {
    }

    static void define(TypeBuilder b) {
        defineSearch(b);
        defineSplit(b);
        defineCase(b);
        definePad(b);
        b.method("decode", "decode($self, /, encoding='utf-8', errors='strict')", BytesMethods::decode);
        b.method("hex", "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)", (self, a, kw) -> {
            PyObject[] p = HEX.parse(a, kw);
            return PyStr.of(BytesHex.hex(view(self), p[0], p[1]));
        });
        String fromhexName = b.type().getName() + ".fromhex";
        b.classmethod("fromhex", "fromhex($type, string, /)", (type, a, kw) -> {
            ArgParser.checkOneArg(fromhexName, a, kw);
            byte[] data = BytesHex.fromHex(a[0]);
            return type == PyBytes.TYPE ? PyBytes.of(data) : type == PyByteArray.TYPE ? new PyByteArray(data)
                    : Ops.call(type, PyBytes.of(data));
        });
        b.method("translate", "translate($self, table, /, delete=b'')", (self, a, kw) -> {
            PyObject[] p = TRANSLATE.parse(a, kw);
            return wrap(self, BytesTranslate.translate(view(self), p[0], p[1]));
        });
        b.staticmethod("maketrans", "maketrans(frm, to, /)", (self, a, kw) -> {
            StrArgs.positional("maketrans", a, kw, 2, 2);
            return PyBytes.of(BytesTranslate.maketrans(BytesArgs.view(a[0]), BytesArgs.view(a[1])));
        });
        b.method1("__mod__", (self, args) -> wrap(self, PercentFormat.formatBytes(view(self).exact(), args)));
        b.method1("__rmod__", (self, other) -> PyNotImplemented.NOT_IMPLEMENTED);
    }

    /** The contents of {@code self}, a bytes or bytearray. */
    static ByteView view(PyObject self) {
        return self instanceof PyBytes b ? new ByteView(b.value(), b.size()) : ((PyByteArray) self).view();
    }

    /** A result of {@code self}'s kind: exact bytes, or a new bytearray. */
    static PyObject wrap(PyObject self, byte[] data) {
        return self instanceof PyByteArray ? new PyByteArray(data) : PyBytes.of(data);
    }

    private static PyObject wrapLatin1(PyObject self, String s) {
        return wrap(self, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The bytes as a str of Latin-1 chars, so the str algorithms apply. */
    static PyStr latin1(ByteView v) {
        return PyStr.of(v.latin1(), v.n());
    }

    private static void defineSearch(TypeBuilder b) {
        b.method("find", "find($self, sub[, start[, end]], /)", (self, a, kw) -> PyInt.of(search("find", self, a, kw)));
        b.method("rfind", "rfind($self, sub[, start[, end]], /)", (self, a, kw) -> PyInt.of(search("rfind", self, a, kw)));
        b.method("index", "index($self, sub[, start[, end]], /)", (self, a, kw) -> PyInt.of(found(search("index", self, a, kw))));
        b.method("rindex", "rindex($self, sub[, start[, end]], /)", (self, a, kw) -> PyInt.of(found(search("rindex", self, a, kw))));
        b.method("count", "count($self, sub[, start[, end]], /)", (self, a, kw) -> PyInt.of(search("count", self, a, kw)));
        b.method("startswith", "startswith($self, prefix[, start[, end]], /)", (self, a, kw) -> tailMatch("startswith", self, a, kw, false));
        b.method("endswith", "endswith($self, suffix[, start[, end]], /)", (self, a, kw) -> tailMatch("endswith", self, a, kw, true));
        b.method("replace", "replace($self, old, new, count=-1, /)", (self, a, kw) -> {
            StrArgs.positional("replace", a, kw, 2, 3);
            PyStr old = latin1(BytesArgs.view(a[0]));
            PyStr rep = latin1(BytesArgs.view(a[1]));
            long count = StrArgs.asSize(StrArgs.opt(a, 2), -1);
            return wrapLatin1(self, StrFind.replace(latin1(view(self)), old, rep, count).value());
        });
        b.method1("partition", (self, sep) -> partition(self, sep, false));
        b.method1("rpartition", (self, sep) -> partition(self, sep, true));
        b.method1("removeprefix", (self, p) -> {
            String v = view(self).latin1();
            String pre = BytesArgs.view(p).latin1();
            return wrapLatin1(self, v.startsWith(pre) ? v.substring(pre.length()) : v);
        });
        b.method1("removesuffix", (self, p) -> {
            String v = view(self).latin1();
            String suf = BytesArgs.view(p).latin1();
            return wrapLatin1(self, !suf.isEmpty() && v.endsWith(suf) ? v.substring(0, v.length() - suf.length()) : v);
        });
    }

    private static int search(String name, PyObject self, PyObject[] a, String[] kw) {
        StrArgs.positionalOld(name, a, kw, 1, 3);
        PyStr s = latin1(view(self));
        // the slice bounds are parsed first, as in CPython (stringlib parse_args_finds)
        long[] be = StrFind.bounds(StrArgs.opt(a, 1), StrArgs.opt(a, 2), s.length());
        PyStr sub = latin1(BytesArgs.needle(a[0]));
        return switch (name) {
            case "find", "index" -> StrFind.find(s, sub, be[0], be[1]);
            case "rfind", "rindex" -> StrFind.rfind(s, sub, be[0], be[1]);
            default -> StrFind.count(s, sub, be[0], be[1]);
        };
    }

    private static int found(int i) {
        if (i < 0) {
            throw PyErr.valueError("subsection not found");
        }
        return i;
    }

    private static PyObject tailMatch(String name, PyObject self, PyObject[] a, String[] kw, boolean atEnd) {
        StrArgs.positionalOld(name, a, kw, 1, 3);
        PyStr s = latin1(view(self));
        long[] be = StrFind.bounds(StrArgs.opt(a, 1), StrArgs.opt(a, 2), s.length());
        if (a[0] instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                if (StrFind.tailMatch(s, latin1(BytesArgs.view(item)), be[0], be[1], atEnd)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        ByteView p = BytesArgs.viewOrNull(a[0]);
        if (p == null) {
            throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, Ops.typeName(a[0]));
        }
        return PyBool.of(StrFind.tailMatch(s, latin1(p), be[0], be[1], atEnd));
    }

    private static PyObject partition(PyObject self, PyObject sep, boolean fromRight) {
        PyTuple t = StrFind.partition(latin1(view(self)), latin1(BytesArgs.view(sep)), fromRight);
        PyObject[] parts = new PyObject[3];
        for (int i = 0; i < 3; i++) {
            parts[i] = wrapLatin1(self, ((PyStr) t.get(i)).value());
        }
        if (!(self instanceof PyByteArray)) {
            // CPython's stringlib partition for immutable bytes hands back the separator argument
            // itself (any bytes-like object) and, when it is not found, self itself (a subclass too);
            // bytearray copies both into new bytearrays
            boolean found = !((PyStr) t.get(1)).value().isEmpty();
            if (found) {
                parts[1] = sep;
            } else {
                parts[fromRight ? 2 : 0] = self;
            }
        }
        return PyTuple.of(parts);
    }

    private static void defineSplit(TypeBuilder b) {
        b.method("split", "split($self, /, sep=None, maxsplit=-1)", (self, a, kw) -> split(SPLIT, self, a, kw, false));
        b.method("rsplit", "rsplit($self, /, sep=None, maxsplit=-1)", (self, a, kw) -> split(RSPLIT, self, a, kw, true));
        b.method("splitlines", "splitlines($self, /, keepends=False)", (self, a, kw) -> {
            PyObject[] p = SPLITLINES.parse(a, kw);
            boolean keep = p[0] != null && StrArgs.asCInt(p[0]) != 0;
            return toList(self, StrSplit.splitlines(view(self).latin1(), keep, true));
        });
        b.method1("join", (self, it) -> wrap(self, BytesJoin.join(view(self), it)));
        b.method("strip", "strip($self, bytes=None, /)", (self, a, kw) -> strip("strip", self, a, kw, true, true));
        b.method("lstrip", "lstrip($self, bytes=None, /)", (self, a, kw) -> strip("lstrip", self, a, kw, true, false));
        b.method("rstrip", "rstrip($self, bytes=None, /)", (self, a, kw) -> strip("rstrip", self, a, kw, false, true));
    }

    private static PyObject split(ArgParser parser, PyObject self, PyObject[] a, String[] kw, boolean right) {
        PyObject[] p = parser.parse(a, kw);
        String v = view(self).latin1();
        long max = StrArgs.asSize(p[1], -1);
        if (p[0] == null || p[0] == PyNone.NONE) {
            return toList(self, right ? StrSplit.rsplitWhitespace(v, max, true) : StrSplit.splitWhitespace(v, max, true));
        }
        String sep = BytesArgs.view(p[0]).latin1();
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return toList(self, right ? StrSplit.rsplit(v, sep, max) : StrSplit.split(v, sep, max));
    }

    private static PyList toList(PyObject self, List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = wrapLatin1(self, parts.get(i));
        }
        return new PyList(items);
    }

    private static PyObject strip(String name, PyObject self, PyObject[] a, String[] kw, boolean left, boolean right) {
        StrArgs.positional(name, a, kw, 0, 1);
        PyObject chars = StrArgs.opt(a, 0);
        String set = chars == null || chars == PyNone.NONE ? null : BytesArgs.view(chars).latin1();
        return wrapLatin1(self, StrSplit.strip(view(self).latin1(), set, left, right, true));
    }

    private static void defineCase(TypeBuilder b) {
        b.method0("upper", self -> wrap(self, BytesCase.map(view(self), 'u')));
        b.method0("lower", self -> wrap(self, BytesCase.map(view(self), 'l')));
        b.method0("swapcase", self -> wrap(self, BytesCase.map(view(self), 's')));
        b.method0("capitalize", self -> wrap(self, BytesCase.map(view(self), 'c')));
        b.method0("title", self -> wrap(self, BytesCase.map(view(self), 't')));
        b.method0("isascii", self -> PyBool.of(BytesCase.all(view(self), 'a')));
        b.method0("isalpha", self -> PyBool.of(BytesCase.all(view(self), 'A')));
        b.method0("isalnum", self -> PyBool.of(BytesCase.all(view(self), 'N')));
        b.method0("isdigit", self -> PyBool.of(BytesCase.all(view(self), 'd')));
        b.method0("isspace", self -> PyBool.of(BytesCase.all(view(self), 's')));
        b.method0("islower", self -> PyBool.of(BytesCase.isLower(view(self))));
        b.method0("isupper", self -> PyBool.of(BytesCase.isUpper(view(self))));
        b.method0("istitle", self -> PyBool.of(BytesCase.isTitle(view(self))));
    }

    private static void definePad(TypeBuilder b) {
        b.method("center", "center($self, width, fillchar=b' ', /)", (self, a, kw) -> pad("center", self, a, kw));
        b.method("ljust", "ljust($self, width, fillchar=b' ', /)", (self, a, kw) -> pad("ljust", self, a, kw));
        b.method("rjust", "rjust($self, width, fillchar=b' ', /)", (self, a, kw) -> pad("rjust", self, a, kw));
        b.method1("zfill", (self, w) -> wrapLatin1(self, StrPad.zfill(latin1(view(self)), StrArgs.asSize(w))));
        b.method("expandtabs", "expandtabs($self, /, tabsize=8)", (self, a, kw) -> {
            PyObject[] p = EXPANDTABS.parse(a, kw);
            return wrapLatin1(self, StrPad.expandTabs(view(self).latin1(), p[0] == null ? 8 : StrArgs.asCInt(p[0])));
        });
    }

    private static PyObject pad(String name, PyObject self, PyObject[] a, String[] kw) {
        StrArgs.positional(name, a, kw, 1, 2);
        long width = StrArgs.asSize(a[0]);
        int fill = ' ';
        if (a.length > 1) {
            ByteView f = a[1] instanceof PyBytes || a[1] instanceof PyByteArray ? BytesArgs.view(a[1]) : null;
            if (f == null || f.n() != 1) {
                throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                        Ops.argTypeName(a[1]));
            }
            fill = f.buf()[0] & 0xff;
        }
        PyStr s = latin1(view(self));
        if (width <= s.length()) {
            return wrapLatin1(self, s.value());
        }
        return wrapLatin1(self, StrPad.pad(s, width, fill, name));
    }

    private static PyObject decode(PyObject self, PyObject[] a, String[] kw) {
        PyObject[] p = DECODE.parse(a, kw);
        String enc = p[0] == null ? "utf-8" : StrArgs.str(p[0], "decode", "'encoding'").value();
        String err = p[1] == null ? "strict" : StrArgs.str(p[1], "decode", "'errors'").value();
        return PyStr.of(Codecs.decode(view(self).exact(), enc, err));
    }
}
