package org.weft.python.runtime;

/**
 * The special methods of {@code str} (comparison, hashing, sequence protocol, operators,
 * {@code __new__}); the named methods are in {@link PyStrTextMethods}.
 */
final class PyStrMethods {

    private static final ArgParser NEW = ArgParser.of("str", "object=", "encoding=", "errors=");

    private PyStrMethods() {
    }

    static void define(TypeBuilder b) {
        b.doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                + "Create a new string object from the given object. If encoding or\n"
                + "errors is specified, then the object must expose a data buffer\n"
                + "that will be decoded using the given encoding and error handler.\n"
                + "Otherwise, returns the result of object.__str__() (if defined)\n"
                + "or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
        b.newFn(PyStrMethods::newStr);
        b.method0("__repr__", self -> PyStr.of(StrRepr.repr(StrArgs.self(self).value())));
        b.method0("__str__", self -> exact(StrArgs.self(self)));
        b.method0("__hash__", self -> PyInt.of(StrArgs.self(self).hash()));
        b.method0("__len__", self -> PyInt.of(StrArgs.self(self).length()));
        b.method0("__iter__", self -> new PyStrIterator(StrArgs.self(self)));
        b.method0("__getnewargs__", self -> PyTuple.of(PyStr.of(StrArgs.self(self).value())));
        b.method0("__sizeof__", self -> PyInt.of(sizeOf(StrArgs.self(self).value())));
        b.method1("__getitem__", (self, key) -> getItem(StrArgs.self(self), key));
        b.method1("__contains__", (self, x) -> PyBool.of(contains(StrArgs.self(self), x)));
        b.method1("__add__", PyStrMethods::add);
        b.method1("__mul__", PyStrMethods::mul);
        b.method1("__rmul__", PyStrMethods::mul);
        b.method1("__mod__", (self, args) -> PercentFormat.format(StrArgs.self(self), args));
        b.method1("__rmod__", (self, other) -> PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__format__", PyStrMethods::format);
        defineComparisons(b);
        PyStrTextMethods.define(b);
    }

    /** {@code self} as an exact str (a subclass instance is copied, as CPython's str()). */
    static PyStr exact(PyStr s) {
        return s.type() == PyStr.TYPE ? s : PyStr.of(s.value());
    }

    private static void defineComparisons(TypeBuilder b) {
        b.method1("__eq__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(StrArgs.self(self).value().equals(s.value())) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ne__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(!StrArgs.self(self).value().equals(s.value())) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__lt__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(compare(StrArgs.self(self), s) < 0) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__le__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(compare(StrArgs.self(self), s) <= 0) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__gt__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(compare(StrArgs.self(self), s) > 0) : PyNotImplemented.NOT_IMPLEMENTED);
        b.method1("__ge__", (self, o) -> o instanceof PyStr s
                ? PyBool.of(compare(StrArgs.self(self), s) >= 0) : PyNotImplemented.NOT_IMPLEMENTED);
    }

    /**
     * Code point order. Java's {@code compareTo} orders UTF-16 units, which differs when a
     * surrogate pair meets a char in U+E000..U+FFFF; so at the first difference compare code points.
     */
    static int compare(PyStr a, PyStr b) {
        String x = a.value();
        String y = b.value();
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (c < 0xd800 || d < 0xd800) {
                    return c - d;
                }
                int j = i > 0 && Character.isHighSurrogate(x.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(x.codePointAt(j), y.codePointAt(j));
            }
        }
        return x.length() - y.length();
    }

    private static PyObject getItem(PyStr self, PyObject key) {
        if (key instanceof PySlice slice) {
            return StrSlicing.slice(self, SliceIndices.of(slice, self.length()));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyErr.typeError("string indices must be integers, not '%s'", Ops.typeName(key));
        }
        long i = SliceIndices.itemIndex(key, "string");
        int k = SliceIndices.normalize(i, self.length());
        if (k < 0) {
            throw PyErr.indexError("string index out of range");
        }
        return PyStr.ofCodePoint(self.codePointAt(k));
    }

    static boolean contains(PyStr self, PyObject x) {
        if (!(x instanceof PyStr s)) {
            throw PyErr.typeError("'in <string>' requires string as left operand, not %s", Ops.typeName(x));
        }
        return self.value().contains(s.value());
    }

    static PyObject add(PyObject self, PyObject o) { // also Ops.add's str fast path
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("can only concatenate str (not \"%s\") to str", Ops.typeName(o));
        }
        String a = StrArgs.self(self).value();
        String b = s.value();
        if (b.isEmpty() && self.type() == PyStr.TYPE) {
            return self;
        }
        if (a.isEmpty() && o.type() == PyStr.TYPE) {
            return o;
        }
        StrArgs.checkedSize((long) a.length() + b.length());
        return PyStr.of(a.concat(b));
    }

    private static PyObject mul(PyObject self, PyObject n) {
        long count = SequenceSupport.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyStr s = StrArgs.self(self);
        if (count == 1) {
            return exact(s);
        }
        String v = s.value();
        if (count > 0 && v.length() > Long.MAX_VALUE / count) {
            throw PyErr.overflowError("repeated string is too long"); // CPython: unicode_repeat
        }
        SequenceSupport.repeatedSize(v.length(), count);
        return PyStr.of(v.repeat((int) count));
    }

    private static PyObject format(PyObject self, PyObject spec) {
        PyStr s = StrArgs.self(self);
        if (!(spec instanceof PyStr sp)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", Ops.argTypeName(spec));
        }
        if (sp.value().isEmpty()) {
            // CPython: format_obj: a subclass goes through str(), so its __str__ counts
            return s.type() == PyStr.TYPE ? s : Ops.str(s);
        }
        FormatSpec f = FormatSpec.parse(sp.value(), 's', '<', "str");
        if (f.type != 's') {
            throw f.unknownType("str");
        }
        if (f.sign == ' ') {
            throw PyErr.valueError("Space not allowed in string format specifier");
        }
        return PyStr.of(f.formatString(s.value()));
    }

    // CPython: unicode_new_impl in unicodeobject.c
    private static PyObject newStr(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW.parse(args, kwnames);
        PyStr v;
        if (a[1] == null && a[2] == null) {
            v = a[0] == null ? PyStr.EMPTY : Ops.str(a[0]);
        } else if (a[0] == null) { // no object: '' whatever the codec (the names are still checked)
            if (a[1] != null) {
                StrArgs.str(a[1], "str", "'encoding'");
            }
            if (a[2] != null) {
                StrArgs.str(a[2], "str", "'errors'");
            }
            v = PyStr.EMPTY;
        } else {
            v = PyStr.of(decodeObject(a[0], a[1], a[2]));
        }
        return type == PyStr.TYPE ? v : new PyStr(type, v.value());
    }

    /** {@code str(obj, encoding, errors)}: obj must be bytes-like. */
    static String decodeObject(PyObject obj, PyObject encoding, PyObject errors) {
        String enc = encoding == null ? "utf-8" : StrArgs.str(encoding, "str", "'encoding'").value();
        String err = errors == null ? "strict" : StrArgs.str(errors, "str", "'errors'").value();
        if (obj instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        byte[] data = BytesArgs.bufferOrNull(obj);
        if (data == null) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", Ops.typeName(obj));
        }
        return Codecs.decode(data, enc, err);
    }

    /**
     * CPython's compact string sizes (unicode_sizeof): an ASCII string is 48 header bytes plus one
     * per character and the NUL; wider kinds have a larger header and 1, 2 or 4 bytes per character.
     */
    static long sizeOf(String v) {
        int max = 0;
        long n = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            n++;
        }
        if (max < 0x80) {
            return 49 + n;
        } else if (max < 0x100) {
            return 73 + n;
        } else if (max < 0x10000) {
            return 74 + 2 * n;
        }
        return 76 + 4 * n;
    }
}
