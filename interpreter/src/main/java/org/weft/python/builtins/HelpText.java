package org.weft.python.builtins;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * The text {@code help(obj)} prints, as pydoc's plain-text renderer lays it out: built-in
 * functions, Python functions and classes; other objects get their type's page header and doc.
 * CPython: Lib/pydoc.py TextDoc.
 */
final class HelpText {

    private HelpText() {
    }

    static String render(PyObject o) {
        if (o instanceof PyStr s) {
            return "No Python documentation found for " + Ops.repr(s).value() + ".\n"
                    + "Use help() to get the interactive help utility.\n"
                    + "Use help(str) for help on the str class.\n\n";
        }
        if (o instanceof PyBuiltinFunction f) {
            return builtin(f);
        }
        String kind = o.type().getName();
        if (kind.equals("method_descriptor") || kind.equals("wrapper_descriptor")) {
            String sig = attr(o, "__text_signature__");
            return "Help on " + kind + ":\n\n" + routine(attr(o, "__name__"), sig == null ? null
                    : sig.replace("($self", "(self").replace("($type", "(type"), attr(o, "__doc__")) + "\n";
        }
        if (o instanceof PyType t) {
            return "Help on class " + t.getName() + " in module " + t.getModule() + ":\n\n" + classPage(t) + "\n";
        }
        if (o.type().getName().equals("function")) {
            String name = attr(o, "__name__");
            return "Help on function " + name + " in module " + attr(o, "__module__") + ":\n\n"
                    + routine(name, Signatures.of(o), attr(o, "__doc__")) + "\n";
        }
        return "Help on " + o.type().getName() + " object:\n\n" + classPage(o.type()) + "\n";
    }

    /**
     * A module function ("Help on built-in function sqrt in module math"), or a method bound to its
     * object ("upper() method of builtins.str instance"). CPython: pydoc TextDoc.docroutine.
     */
    private static String builtin(PyBuiltinFunction f) {
        PyObject self = f.getSelf();
        String sig = attr(f, "__text_signature__");
        String doc = cleanDoc(attr(f, "__doc__"));
        if (self == null || self instanceof org.weft.python.runtime.PyModule) {
            return "Help on built-in function " + f.getName() + " in module " + attr(f, "__module__") + ":\n\n"
                    + routine(f.getName(), sig, doc) + "\n";
        }
        if (sig != null && sig.startsWith("($")) {
            int comma = sig.indexOf(", ");
            sig = comma < 0 ? "()" : "(" + sig.substring(comma + 2);
            if (sig.equals("(/)")) {
                sig = "()";
            }
        }
        PyType t = self.type();
        StringBuilder sb = new StringBuilder("Help on built-in function ").append(f.getName()).append(":\n\n")
                .append(f.getName()).append(sig == null ? "(...)" : sig).append(" method of ")
                .append(t.getModule()).append('.').append(t.getQualname()).append(" instance\n");
        if (doc != null) {
            sb.append(indent(doc, "    "));
        }
        return sb.append('\n').toString();
    }

    /** "name(sig)\n    doc lines\n"; a routine without a signature shows "name(...)". */
    private static String routine(String name, String sig, String doc) {
        doc = cleanDoc(doc);
        StringBuilder sb = new StringBuilder(name);
        sb.append(sig == null ? "(...)" : sig.replace("($module, /, ", "(").replace("($module, ", "(").replace("($module)", "()")).append('\n');
        if (doc != null) {
            sb.append(indent(doc, "    "));
        }
        return sb.toString();
    }

    private static String classPage(PyType t) {
        StringBuilder sb = new StringBuilder("class ").append(t.getName());
        PyType[] bases = t.getBases();
        if (bases.length > 0) {
            sb.append('(');
            for (int i = 0; i < bases.length; i++) {
                sb.append(i > 0 ? ", " : "").append(bases[i].getModule()).append('.').append(bases[i].getName());
            }
            sb.append(')');
        }
        sb.append('\n');
        String doc = cleanDoc(attr(t, "__doc__"));
        StringBuilder body = new StringBuilder();
        if (doc != null) {
            body.append(doc).append("\n\n");
        }
        PyDict dict = t.getDict();
        StringBuilder methods = new StringBuilder();
        for (PyObject k : dict.keys()) {
            String name = k instanceof PyStr s ? s.value() : null;
            PyObject v = name == null ? null : dict.getItem(name);
            if (v != null && v.type().getName().equals("function")) {
                methods.append(routine(name, Signatures.of(v), attr(v, "__doc__")).replace("\n    ", "\n        "))
                        .append('\n');
            }
        }
        if (methods.length() > 0) {
            body.append("Methods defined here:\n\n").append(methods);
        }
        String text = body.toString();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!text.isEmpty()) {
            sb.append(indent(text, " |  "));
        }
        return sb.toString();
    }

    /**
     * The doc as pydoc shows it: tabs expanded, the first line stripped, the common indent of the
     * others removed, blank lines at either end dropped. CPython: inspect.cleandoc, through
     * pydoc.getdoc. Null stays null.
     */
    static String cleanDoc(String doc) {
        if (doc == null) {
            return null;
        }
        String[] lines = doc.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = expandTabs(lines[i]);
        }
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String content = lines[i].stripLeading();
            if (!content.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - content.length());
            }
        }
        lines[0] = lines[0].stripLeading();
        for (int i = 1; i < lines.length; i++) {
            lines[i] = margin == Integer.MAX_VALUE ? lines[i] : lines[i].substring(Math.min(margin, lines[i].length()));
        }
        int start = 0;
        int end = lines.length;
        while (start < end && lines[start].isEmpty()) {
            start++;
        }
        while (end > start && lines[end - 1].isEmpty()) {
            end--;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, start, end));
    }

    /** str.expandtabs() with its default tab size of 8. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(" ".repeat(8 - sb.length() % 8));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            sb.append(prefix).append(line).append('\n');
        }
        return sb.toString();
    }

    /** A str attribute, or null when missing, None or not a str. */
    static String attr(PyObject o, String name) {
        try {
            PyObject v = Ops.getattrOrNull(o, name);
            return v instanceof PyStr s ? s.value() : null;
        } catch (PyException e) {
            return null;
        }
    }

}
