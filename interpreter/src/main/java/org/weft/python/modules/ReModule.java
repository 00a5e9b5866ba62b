package org.weft.python.modules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_re}: the matching core under {@code re.py}, on java.util.regex. {@code compile}
 * translates Python syntax ({@link ReTranslator}); {@code match} and {@code scan} return group spans
 * in code-point indices (flat tuples, -1 for a group that did not take part). Bytes are matched as
 * Latin-1 text. Stateless.
 */
public final class ReModule implements BuiltinModule {

    private static final int SEARCH = 0;
    private static final int MATCH = 1;
    private static final int FULLMATCH = 2;

    @Override
    public String name() {
        return "_weft_re";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("compile", PyBuiltinFunction.of("compile", null, (self, a, k) -> compile(a)));
        m.put("match", PyBuiltinFunction.of("match", null, (self, a, k) -> match(a)));
        m.put("scan", PyBuiltinFunction.of("scan", null, (self, a, k) -> scan(a)));
    }

    /** compile(pattern, flags, error_type) -> (handle, python_flags, groups, {name: index}). */
    private static PyObject compile(PyObject[] a) {
        boolean bytes = a[0] instanceof PyBytes;
        String src = text(a[0]);
        int flags = (int) ((PyInt) a[1]).longValueExact();
        ReTranslator t = new ReTranslator(src, flags, bytes);
        String java;
        try {
            java = t.translate();
            if (!t.conditionalGroups.isEmpty()) { // again, with marker groups where conditionals need them
                t = new ReTranslator(src, flags, bytes, t.conditionalGroups);
                java = t.translate();
            }
        } catch (ReSyntaxError e) {
            throw new org.weft.python.runtime.PyException(asBase(Ops.call(a[2], PyStr.of(e.getMessage()), a[0],
                    e.pos < 0 ? PyNone.NONE : PyInt.of(e.pos))));
        }
        flags = t.flags;
        if (!bytes && (flags & ReTranslator.ASCII) == 0) {
            flags |= ReTranslator.UNICODE;
        }
        int jf = Pattern.UNIX_LINES;
        if ((flags & ReTranslator.IGNORECASE) != 0) {
            jf |= Pattern.CASE_INSENSITIVE | (bytes || (flags & ReTranslator.ASCII) != 0 ? 0 : Pattern.UNICODE_CASE);
        }
        if ((flags & ReTranslator.MULTILINE) != 0) {
            jf |= Pattern.MULTILINE;
        }
        if ((flags & ReTranslator.DOTALL) != 0) {
            jf |= Pattern.DOTALL;
        }
        if ((flags & ReTranslator.UNICODE) != 0) {
            jf |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(java, jf);
        } catch (PatternSyntaxException e) {
            String msg = e.getDescription().contains("Look-behind") ? "look-behind requires fixed-width pattern"
                    : e.getDescription();
            throw new org.weft.python.runtime.PyException(asBase(Ops.call(a[2], PyStr.of(msg), a[0],
                    PyNone.NONE)));
        }
        PyDict names = new PyDict();
        for (Map.Entry<String, Integer> en : t.groupNames.entrySet()) {
            names.setItem(en.getKey(), PyInt.of(en.getValue()));
        }
        int[] javaGroups = new int[t.groupCount() + 1];
        for (int g = 1; g < javaGroups.length; g++) {
            javaGroups[g] = t.javaGroup(g);
        }
        return PyTuple.of(new ReCompiled(compiled, javaGroups, flags), PyInt.of(flags),
                PyInt.of(t.groupCount()), names);
    }

    private static org.weft.python.runtime.PyBaseException asBase(PyObject o) {
        return (org.weft.python.runtime.PyBaseException) o;
    }

    private static String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return latin1(b.value());
        }
        throw PyErr.typeError("first argument must be string or compiled pattern");
    }

    static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** match(handle, string, pos, endpos, mode) -> flat span tuple or None. */
    private static PyObject match(PyObject[] a) {
        ReCompiled h = (ReCompiled) a[0];
        Subject s = Subject.of(a[1], a[2], a[3]);
        Matcher m = s.matcher(h.pattern);
        int mode = (int) ((PyInt) a[4]).longValueExact();
        boolean found = mode == SEARCH ? m.find() : mode == MATCH ? m.lookingAt() : m.matches();
        return found ? spans(m, h.javaGroups, s) : PyNone.NONE;
    }

    /** scan(handle, string, pos, endpos, limit) -> list of flat span tuples (at most limit; 0 = all). */
    private static PyObject scan(PyObject[] a) {
        ReCompiled h = (ReCompiled) a[0];
        Subject s = Subject.of(a[1], a[2], a[3]);
        long limit = ((PyInt) a[4]).longValueExact();
        Matcher m = s.matcher(h.pattern);
        PyList out = new PyList();
        long n = 0;
        while ((limit == 0 || n < limit) && m.find()) {
            out.append(spans(m, h.javaGroups, s));
            n++;
        }
        return out;
    }

    private static PyTuple spans(Matcher m, int[] javaGroups, Subject s) {
        PyObject[] r = new PyObject[2 * javaGroups.length];
        for (int g = 0; g < javaGroups.length; g++) {
            int st = m.start(javaGroups[g]);
            r[2 * g] = PyInt.of(st < 0 ? -1 : s.toCodePoint(st));
            r[2 * g + 1] = PyInt.of(st < 0 ? -1 : s.toCodePoint(m.end(javaGroups[g])));
        }
        return new PyTuple(PyTuple.TYPE, r);
    }

    /** The string being matched, with the pos/endpos window and code-point/char index conversion. */
    private record Subject(String text, boolean bmp, int pos, int end) {

        static Subject of(PyObject o, PyObject pos, PyObject endpos) {
            String t;
            boolean bmp;
            if (o instanceof PyStr s) {
                t = s.value();
                bmp = s.isBmp();
            } else if (o instanceof PyBytes b) {
                t = latin1(b.value());
                bmp = true;
            } else {
                throw PyErr.typeError("expected string or bytes-like object, got '%s'", Ops.typeName(o));
            }
            int len = bmp ? t.length() : t.codePointCount(0, t.length());
            long p = Math.max(0, Math.min(len, ssize(pos)));
            long e = Math.max(p, Math.min(len, ssize(endpos)));
            int pc = bmp ? (int) p : t.offsetByCodePoints(0, (int) p);
            int ec = bmp ? (int) e : t.offsetByCodePoints(0, (int) e);
            return new Subject(t, bmp, pc, ec);
        }

        /** pos and endpos as the clinic's Py_ssize_t converter takes them. */
        private static long ssize(PyObject o) {
            PyInt i = Ops.index(o);
            if (!i.isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return i.longValue();
        }

        Matcher matcher(Pattern pattern) {
            Matcher m = pattern.matcher(end == text.length() ? text : text.substring(0, end));
            m.region(pos, end);
            m.useAnchoringBounds(false);
            m.useTransparentBounds(true);
            return m;
        }

        int toCodePoint(int charIndex) {
            return bmp ? charIndex : text.codePointCount(0, charIndex);
        }
    }
}
