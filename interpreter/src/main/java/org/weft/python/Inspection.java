package org.weft.python;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyMethod;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * Completion and inspection for embedders (a kernel's {@code complete_request} and
 * {@code inspect_request}): names visible in a namespace, attributes of an object, and an
 * object's signature, docstring and source. Never raises for Python errors: a failing
 * {@code __dir__} or {@code __doc__} gives an empty answer.
 */
final class Inspection {
    /** Python 3.11's keywords ({@code keyword.kwlist}) plus the soft keywords. */
    static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "case", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private Inspection() {
    }

    /** Names of {@code globals}, of builtins and the keywords, sorted, without duplicates. */
    static List<String> names(PyDict globals, PyDict builtins) {
        TreeSet<String> r = new TreeSet<>(KEYWORDS);
        addKeys(r, globals);
        addKeys(r, builtins);
        return new ArrayList<>(r);
    }

    private static void addKeys(TreeSet<String> out, PyDict d) {
        for (PyObject k : d.keys()) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
    }

    /** {@code dir(obj)}, sorted; empty when {@code __dir__} fails. */
    static List<String> attributes(PyObject obj) {
        List<String> r = new ArrayList<>();
        try {
            PyObject names = Ops.callSpecialOrNull(obj, "__dir__");
            if (names == null) {
                return r;
            }
            PyObject it = Ops.iter(names);
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                if (n instanceof PyStr s) {
                    r.add(s.value());
                }
            }
        } catch (PyException e) {
            return new ArrayList<>();
        }
        r.sort(null);
        return r;
    }

    /** The docstring, or null. */
    static String doc(PyObject obj) {
        try {
            PyObject d = Ops.getattrOrNull(obj, "__doc__");
            return d instanceof PyStr s ? s.value() : null;
        } catch (PyException e) {
            return null;
        }
    }

    /**
     * The call signature as {@code inspect.signature} prints it ({@code (a, b=2, *args, k, **kw)}),
     * for Python functions, bound methods and built-ins with a text signature; null otherwise.
     */
    static String signature(PyObject obj) {
        if (obj instanceof PyMethod m && m.getFunction() instanceof PyFunction f) {
            return signature(f, 1);
        }
        if (obj instanceof PyFunction f) {
            return signature(f, 0);
        }
        try {
            PyObject sig = Ops.getattrOrNull(obj, "__text_signature__");
            return sig instanceof PyStr s ? s.value().replace("$self, ", "").replace("($self)", "()") : null;
        } catch (PyException e) {
            return null;
        }
    }

    // CPython: inspect.Signature.__str__ (without annotations' module prefixes)
    private static String signature(PyFunction f, int skip) {
        PyCode c = f.code;
        List<String> parts = new ArrayList<>();
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        for (int i = skip; i < c.argcount; i++) {
            String p = c.varnames[i] + annotation(f, c.varnames[i]);
            int d = i - (c.argcount - ndef);
            if (d >= 0) {
                p += "=" + Ops.repr(f.defaults[d]).value();
            }
            parts.add(p);
            if (c.posonlyargcount > 0 && i == c.posonlyargcount - 1) {
                parts.add("/");
            }
        }
        int k = c.argcount + c.kwonlyargcount;
        if (c.hasVarargs()) {
            parts.add("*" + c.varnames[k] + annotation(f, c.varnames[k]));
        } else if (c.kwonlyargcount > 0) {
            parts.add("*");
        }
        for (int i = c.argcount; i < c.argcount + c.kwonlyargcount; i++) {
            PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getItem(c.varnames[i]);
            parts.add(c.varnames[i] + annotation(f, c.varnames[i]) + (d == null ? "" : "=" + Ops.repr(d).value()));
        }
        if (c.hasVarkw()) {
            String n = c.varnames[k + (c.hasVarargs() ? 1 : 0)];
            parts.add("**" + n + annotation(f, n));
        }
        String ret = f.annotations == null ? null : annotationText(f.annotations.getItem("return"));
        return "(" + String.join(", ", parts) + ")" + (ret == null ? "" : " -> " + ret);
    }

    private static String annotation(PyFunction f, String name) {
        String t = f.annotations == null ? null : annotationText(f.annotations.getItem(name));
        return t == null ? "" : ": " + t;
    }

    private static String annotationText(PyObject a) {
        if (a == null) {
            return null;
        }
        if (a instanceof org.weft.python.runtime.PyType t) {
            return t.getQualname();
        }
        return Ops.repr(a).value();
    }

    /** The source lines of a function (its {@code def} and indented body), or null when unknown. */
    static String source(Interpreter py, PyObject obj) {
        PyObject target = obj instanceof PyMethod m ? m.getFunction() : obj;
        if (!(target instanceof PyFunction f)) {
            return null;
        }
        String src = py.rememberedSource(f.code.filename);
        if (src == null) {
            return null;
        }
        String[] lines = src.split("\n", -1);
        int start = f.code.firstlineno - 1;
        if (start < 0 || start >= lines.length) {
            return null;
        }
        while (start > 0 && lines[start - 1].stripLeading().startsWith("@")) {
            start--;
        }
        int indent = indentOf(lines[start]);
        StringBuilder sb = new StringBuilder(lines[start]).append('\n');
        for (int i = start + 1; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isBlank() && indentOf(l) <= indent) {
                break;
            }
            sb.append(l).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    static boolean isTuple(PyObject o) {
        return o instanceof PyTuple;
    }
}
