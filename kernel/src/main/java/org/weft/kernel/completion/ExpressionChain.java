package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PySet;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The object that an expression before a dot (or a {@code [}) stands for, found without calling
 * anything: the expression must be a chain of names ({@code a.b.c}) or start with a literal
 * ({@code "abc"}, {@code []}, {@code {}}, {@code ()}). Anything else ({@code f().x},
 * {@code a[0].x}) has no object here, as IPython's own completer refuses to evaluate calls.
 */
final class ExpressionChain {
    private ExpressionChain() {
    }

    /**
     * The object of the expression that ends just before index {@code end} of {@code line}, or
     * null. Looks names up in {@code globals}, then {@code builtins}; attribute reads may run
     * Python code (properties, {@code __getattr__}), so call this with the interpreter bound.
     */
    static PyObject evaluate(String line, LineScan scan, int end, PyDict globals, PyDict builtins) {
        return evaluate(line, scan, end, globals, builtins, name -> null);
    }

    /** As above; a name bound nowhere yet is asked of {@code unbound} (imports earlier in the cell). */
    static PyObject evaluate(String line, LineScan scan, int end, PyDict globals, PyDict builtins,
                             java.util.function.Function<String, PyObject> unbound) {
        List<String> attributes = new ArrayList<>();
        int e = end;
        while (true) {
            int s = Identifiers.start(line, e);
            if (s < e) {
                String name = line.substring(s, e);
                if (s > 0 && line.charAt(s - 1) == '.') {
                    attributes.add(0, name);
                    e = s - 1;
                    continue;
                }
                PyObject head = Identifiers.isIdentifier(name) ? lookup(name, globals, builtins) : null;
                if (head == null && Identifiers.isIdentifier(name)) {
                    head = unbound.apply(name);
                }
                return head == null ? null : follow(head, attributes);
            }
            PyObject literal = literalBefore(line, scan, e);
            return literal == null ? null : follow(literal, attributes);
        }
    }

    private static PyObject lookup(String name, PyDict globals, PyDict builtins) {
        PyObject v = globals.getItem(name);
        return v != null ? v : builtins.getItem(name);
    }

    private static PyObject follow(PyObject head, List<String> attributes) {
        PyObject o = head;
        for (String a : attributes) {
            o = Ops.getattr(o, a);
        }
        return o;
    }

    /** An empty object of the type of the literal that ends just before {@code end}, or null. */
    private static PyObject literalBefore(String line, LineScan scan, int end) {
        if (end <= 0) {
            return null;
        }
        char c = line.charAt(end - 1);
        if (c == '\'' || c == '"') {
            int quote = scan.stringStartingBefore(end - 1);
            if (quote < 0) {
                return null;
            }
            int p = quote;
            while (p > 0 && "rRbBuUfF".indexOf(line.charAt(p - 1)) >= 0) {
                p--;
            }
            return line.substring(p, quote).toLowerCase().contains("b") ? PyBytes.EMPTY : PyStr.of("");
        }
        int open = scan.openingBracket(end - 1);
        if (open < 0 || followsOperand(line, open)) {
            return null; // a call or a subscript, not a display
        }
        String inside = line.substring(open + 1, end - 1).strip();
        switch (c) {
            case ']':
                return new PyList();
            case '}':
                return inside.isEmpty() || inside.startsWith("**") || hasTopLevel(inside, ':') ? new PyDict() : new PySet();
            case ')':
                return inside.isEmpty() || hasTopLevel(inside, ',') ? PyTuple.EMPTY : null;
            default:
                return null;
        }
    }

    /** True when the bracket at {@code open} follows a name, a closing bracket or a string: a call or subscript. */
    private static boolean followsOperand(String line, int open) {
        int p = open - 1;
        while (p >= 0 && line.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char c = line.charAt(p);
        return c == ')' || c == ']' || c == '}' || c == '\'' || c == '"'
                || (Identifiers.start(line, p + 1) <= p && !Identifiers.isKeywordBefore(line, p + 1));
    }

    private static boolean hasTopLevel(String text, char wanted) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            } else if (c == wanted && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
