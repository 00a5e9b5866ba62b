package org.weft.python.runtime;

import java.util.function.IntPredicate;
import org.weft.python.unicode.UnicodeType;

/**
 * The named methods of {@code str} ({@code find}, {@code split}, {@code upper}, ...): argument
 * handling here, algorithms in {@link StrFind}, {@link StrSplit}, {@link StrCase}, {@link StrPad},
 * {@link StrTranslate}, {@link StrFormat}. CPython: unicodeobject.c.
 */
final class PyStrTextMethods {

    private static final ArgParser ENCODE = ArgParser.of("encode", "encoding=", "errors=");
    private static final ArgParser SPLIT = ArgParser.of("split", "sep=", "maxsplit=");
    private static final ArgParser RSPLIT = ArgParser.of("rsplit", "sep=", "maxsplit=");
    private static final ArgParser SPLITLINES = ArgParser.of("splitlines", "keepends=");
    private static final ArgParser EXPANDTABS = ArgParser.of("expandtabs", "tabsize=");

    private PyStrTextMethods() {
    }

    static void define(TypeBuilder b) {
        defineCase(b);
        definePredicates(b);
        defineSearch(b);
        defineSplit(b);
        definePad(b);
        b.method("encode", "encode($self, /, encoding='utf-8', errors='strict')", PyStrTextMethods::encode);
        b.method("format", "format($self, /, *args, **kwargs)", (self, args, kw) -> StrFormat.format(self, args, kw));
        b.method1("format_map", (self, m) -> StrFormat.formatMap(self, m));
        b.method1("translate", (self, table) -> PyStr.of(StrTranslate.translate(StrArgs.self(self).value(), table)));
        b.staticmethod("maketrans", "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)",
                (self, args, kw) -> StrTranslate.maketrans(args, kw));
    }

    private static void defineCase(TypeBuilder b) {
        b.method0("lower", self -> PyStr.of(StrCase.lower(StrArgs.self(self).value())));
        b.method0("upper", self -> PyStr.of(StrCase.upper(StrArgs.self(self).value())));
        b.method0("casefold", self -> PyStr.of(StrCase.casefold(StrArgs.self(self).value())));
        b.method0("capitalize", self -> PyStr.of(StrCase.capitalize(StrArgs.self(self).value())));
        b.method0("title", self -> PyStr.of(StrCase.title(StrArgs.self(self).value())));
        b.method0("swapcase", self -> PyStr.of(StrCase.swapcase(StrArgs.self(self).value())));
    }

    private static void definePredicates(TypeBuilder b) {
        b.method0("isascii", self -> PyBool.of(StrCase.isAscii(StrArgs.self(self).value())));
        b.method0("islower", self -> PyBool.of(StrCase.isLower(StrArgs.self(self).value())));
        b.method0("isupper", self -> PyBool.of(StrCase.isUpper(StrArgs.self(self).value())));
        b.method0("istitle", self -> PyBool.of(StrCase.isTitle(StrArgs.self(self).value())));
        b.method0("isspace", self -> all(self, UnicodeType::isSpace));
        b.method0("isalpha", self -> all(self, UnicodeType::isAlpha));
        b.method0("isalnum", self -> all(self, UnicodeType::isAlnum));
        b.method0("isdecimal", self -> all(self, UnicodeType::isDecimal));
        b.method0("isdigit", self -> all(self, UnicodeType::isDigit));
        b.method0("isnumeric", self -> all(self, UnicodeType::isNumeric));
        b.method0("isprintable", self -> {
            String v = StrArgs.self(self).value();
            return PyBool.of(v.codePoints().allMatch(StrRepr::isPrintable));
        });
        b.method0("isidentifier", self -> PyBool.of(UnicodeType.isIdentifier(StrArgs.self(self).value())));
    }

    /** True when the string is non-empty and every code point passes. */
    private static PyObject all(PyObject self, IntPredicate p) {
        String v = StrArgs.self(self).value();
        if (v.isEmpty()) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            if (!p.test(c)) {
                return PyBool.FALSE;
            }
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
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
            PyStr old = StrArgs.str(a[0], "replace", "1");
            PyStr rep = StrArgs.str(a[1], "replace", "2");
            return StrFind.replace(StrArgs.self(self), old, rep, StrArgs.asSize(StrArgs.opt(a, 2), -1));
        });
        b.method1("partition", (self, sep) -> StrFind.partition(StrArgs.self(self), StrArgs.str(sep), false));
        b.method1("rpartition", (self, sep) -> StrFind.partition(StrArgs.self(self), StrArgs.str(sep), true));
        b.method1("removeprefix", (self, p) -> {
            PyStr s = StrArgs.self(self);
            String pre = StrArgs.str(p, "removeprefix", "").value();
            return s.value().startsWith(pre) ? PyStr.of(s.value().substring(pre.length())) : PyStrMethods.exact(s);
        });
        b.method1("removesuffix", (self, p) -> {
            PyStr s = StrArgs.self(self);
            String suf = StrArgs.str(p, "removesuffix", "").value();
            String v = s.value();
            return !suf.isEmpty() && v.endsWith(suf) ? PyStr.of(v.substring(0, v.length() - suf.length()))
                    : PyStrMethods.exact(s);
        });
    }

    /** find/rfind/index/rindex/count: the position (or count), -1 when not found. */
    private static int search(String name, PyObject self, PyObject[] a, String[] kw) {
        StrArgs.positionalOld(name, a, kw, 1, 3);
        PyStr s = StrArgs.self(self);
        // CPython parses the slice bounds before it looks at sub, so a bad bound is reported first
        long[] be = StrFind.bounds(StrArgs.opt(a, 1), StrArgs.opt(a, 2), s.length());
        PyStr sub = StrArgs.str(a[0]);
        return switch (name) {
            case "find", "index" -> StrFind.find(s, sub, be[0], be[1]);
            case "rfind", "rindex" -> StrFind.rfind(s, sub, be[0], be[1]);
            default -> StrFind.count(s, sub, be[0], be[1]);
        };
    }

    private static int found(int i) {
        if (i < 0) {
            throw PyErr.valueError("substring not found");
        }
        return i;
    }

    private static PyObject tailMatch(String name, PyObject self, PyObject[] a, String[] kw, boolean atEnd) {
        StrArgs.positionalOld(name, a, kw, 1, 3);
        PyStr s = StrArgs.self(self);
        long[] be = StrFind.bounds(StrArgs.opt(a, 1), StrArgs.opt(a, 2), s.length());
        if (a[0] instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                if (!(item instanceof PyStr p)) {
                    throw PyErr.typeError("tuple for %s must only contain str, not %s", name, Ops.typeName(item));
                }
                if (StrFind.tailMatch(s, p, be[0], be[1], atEnd)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %s", name, Ops.typeName(a[0]));
        }
        return PyBool.of(StrFind.tailMatch(s, p, be[0], be[1], atEnd));
    }

    private static void defineSplit(TypeBuilder b) {
        b.method("split", "split($self, /, sep=None, maxsplit=-1)", (self, a, kw) -> split(SPLIT, self, a, kw, false));
        b.method("rsplit", "rsplit($self, /, sep=None, maxsplit=-1)", (self, a, kw) -> split(RSPLIT, self, a, kw, true));
        b.method("splitlines", "splitlines($self, /, keepends=False)", (self, a, kw) -> {
            PyObject[] p = SPLITLINES.parse(a, kw);
            boolean keep = p[0] != null && StrArgs.asCInt(p[0]) != 0;
            return StrSplit.toList(StrSplit.splitlines(StrArgs.self(self).value(), keep, false));
        });
        b.method1("join", (self, it) -> StrJoin.join(StrArgs.self(self), it));
        b.method("strip", "strip($self, chars=None, /)", (self, a, kw) -> strip("strip", self, a, kw, true, true));
        b.method("lstrip", "lstrip($self, chars=None, /)", (self, a, kw) -> strip("lstrip", self, a, kw, true, false));
        b.method("rstrip", "rstrip($self, chars=None, /)", (self, a, kw) -> strip("rstrip", self, a, kw, false, true));
    }

    private static PyObject split(ArgParser parser, PyObject self, PyObject[] a, String[] kw, boolean right) {
        if (!right && a.length == 0 && self instanceof PyStr str) { // s.split(): the common call
            return StrSplit.splitWhitespace(str.value());
        }
        PyObject[] p = parser.parse(a, kw);
        String v = StrArgs.self(self).value();
        long max = StrArgs.asSize(p[1], -1);
        if (p[0] == null || p[0] == PyNone.NONE) {
            return StrSplit.toList(right ? StrSplit.rsplitWhitespace(v, max, false) : StrSplit.splitWhitespace(v, max, false));
        }
        if (!(p[0] instanceof PyStr sep)) {
            throw PyErr.typeError("must be str or None, not %s", Ops.typeName(p[0]));
        }
        if (sep.value().isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return StrSplit.toList(right ? StrSplit.rsplit(v, sep.value(), max) : StrSplit.split(v, sep.value(), max));
    }

    private static PyObject strip(String name, PyObject self, PyObject[] a, String[] kw, boolean left, boolean right) {
        StrArgs.positional(name, a, kw, 0, 1);
        PyObject chars = StrArgs.opt(a, 0);
        String set = null;
        if (chars != null && chars != PyNone.NONE) {
            if (!(chars instanceof PyStr c)) {
                throw PyErr.typeError("%s arg must be None or str", name);
            }
            set = c.value();
        }
        PyStr s = StrArgs.self(self);
        String r = StrSplit.strip(s.value(), set, left, right, false);
        return r.length() == s.value().length() ? PyStrMethods.exact(s) : PyStr.of(r);
    }

    private static void definePad(TypeBuilder b) {
        b.method("center", "center($self, width, fillchar=' ', /)", (self, a, kw) -> pad("center", self, a, kw));
        b.method("ljust", "ljust($self, width, fillchar=' ', /)", (self, a, kw) -> pad("ljust", self, a, kw));
        b.method("rjust", "rjust($self, width, fillchar=' ', /)", (self, a, kw) -> pad("rjust", self, a, kw));
        b.method1("zfill", (self, w) -> PyStr.of(StrPad.zfill(StrArgs.self(self), StrArgs.asSize(w))));
        b.method("expandtabs", "expandtabs($self, /, tabsize=8)", (self, a, kw) -> {
            PyObject[] p = EXPANDTABS.parse(a, kw);
            return PyStr.of(StrPad.expandTabs(StrArgs.self(self).value(), p[0] == null ? 8 : StrArgs.asCInt(p[0])));
        });
    }

    private static PyObject pad(String name, PyObject self, PyObject[] a, String[] kw) {
        StrArgs.positional(name, a, kw, 1, 2);
        long width = StrArgs.asSize(a[0]);
        int fill = ' ';
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr f)) {
                throw PyErr.typeError("The fill character must be a unicode character, not %s", Ops.typeName(a[1]));
            }
            if (f.length() != 1) {
                throw PyErr.typeError("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        PyStr s = StrArgs.self(self);
        if (width <= s.length()) {
            return PyStrMethods.exact(s);
        }
        return PyStr.of(StrPad.pad(s, width, fill, name));
    }

    private static PyObject encode(PyObject self, PyObject[] a, String[] kw) {
        PyObject[] p = ENCODE.parse(a, kw);
        String enc = p[0] == null ? "utf-8" : StrArgs.str(p[0], "encode", "'encoding'").value();
        String err = p[1] == null ? "strict" : StrArgs.str(p[1], "encode", "'errors'").value();
        return new PyBytes(Codecs.encode(StrArgs.self(self).value(), enc, err));
    }
}
