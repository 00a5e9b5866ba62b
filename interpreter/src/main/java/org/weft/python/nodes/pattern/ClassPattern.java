package org.weft.python.nodes.pattern;

import java.util.HashSet;
import java.util.Set;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.SourceSpan;

/**
 * {@code Cls(p1, p2, attr=p3)}: an isinstance test, then positional sub-patterns against the
 * attributes named by {@code __match_args__} (or the subject itself for the built-ins that match
 * "self"), then keyword sub-patterns against attributes.
 */
// CPython: match_class in ceval.c
public final class ClassPattern extends PatternNode {
    private final ExprNode cls;
    private final PatternNode[] positional;
    private final String[] kwdAttrs;
    private final PatternNode[] kwdPatterns;
    /** The whole pattern: CPython's carets for its TypeErrors (MATCH_CLASS's location). */
    private final SourceSpan span;

    public ClassPattern(ExprNode cls, PatternNode[] positional, String[] kwdAttrs, PatternNode[] kwdPatterns,
            SourceSpan span) {
        this.span = span;
        this.cls = cls;
        this.positional = positional;
        this.kwdAttrs = kwdAttrs;
        this.kwdPatterns = kwdPatterns;
    }

    @Override
    public boolean match(Frame f, PyObject subject) {
        PyObject c = cls.execute(f);
        PyObject[] values;
        try {
            if (!(c instanceof PyType type)) {
                throw PyErr.typeError("called match pattern must be a type");
            }
            if (!Ops.isInstance(subject, type)) {
                return false;
            }
            // CPython reads every attribute first (stopping at a missing one), then matches the
            // sub-patterns, so a failing sub-pattern does not spare the later attribute reads.
            values = attributes(type, subject);
        } catch (PyException e) {
            throw e.at(f, span);
        }
        if (values == null) {
            return false;
        }
        for (int i = 0; i < positional.length; i++) {
            if (!positional[i].match(f, values[i])) {
                return false;
            }
        }
        for (int i = 0; i < kwdPatterns.length; i++) {
            if (!kwdPatterns[i].match(f, values[positional.length + i])) {
                return false;
            }
        }
        return true;
    }

    /** The values the sub-patterns match, positional then keyword; null when an attribute is missing. */
    private PyObject[] attributes(PyType type, PyObject subject) {
        PyObject[] values = new PyObject[positional.length + kwdAttrs.length];
        Set<String> seen = new HashSet<>();
        if (positional.length > 0) {
            // CPython match_class: the built-ins' "match self" applies only when the class has no
            // __match_args__, so a tuple subclass such as a namedtuple matches by its fields.
            PyObject matchArgs = Ops.getattrOrNull(type, "__match_args__");
            if (matchArgs == null && matchesSelf(type)) {
                if (positional.length > 1) {
                    throw PyErr.typeError("%s() accepts 1 positional sub-pattern (%d given)", type.getName(),
                            positional.length);
                }
                values[0] = subject;
            } else if (!positionalAttributes(type, matchArgs, subject, seen, values)) {
                return null;
            }
        }
        for (int i = 0; i < kwdAttrs.length; i++) {
            if (!seen.add(kwdAttrs[i])) {
                throw PyErr.typeError("%s() got multiple sub-patterns for attribute '%s'", type.getName(), kwdAttrs[i]);
            }
            PyObject v = Ops.getattrOrNull(subject, kwdAttrs[i]);
            if (v == null) {
                return null;
            }
            values[positional.length + i] = v;
        }
        return values;
    }

    private boolean positionalAttributes(PyType type, PyObject args, PyObject subject, Set<String> seen,
            PyObject[] values) {
        PyObject[] names;
        if (args == null) {
            names = new PyObject[0];
        } else if (args instanceof PyTuple t) {
            names = t.items();
        } else {
            throw PyErr.typeError("%s.__match_args__ must be a tuple (got %s)", type.getName(), Ops.typeName(args));
        }
        if (positional.length > names.length) {
            throw PyErr.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.getName(), names.length,
                    names.length == 1 ? "" : "s", positional.length);
        }
        for (int i = 0; i < positional.length; i++) {
            if (!(names[i] instanceof PyStr s)) {
                throw PyErr.typeError("__match_args__ elements must be strings (got %s)", Ops.typeName(names[i]));
            }
            if (!seen.add(s.value())) {
                throw PyErr.typeError("%s() got multiple sub-patterns for attribute '%s'", type.getName(), s.value());
            }
            PyObject v = Ops.getattrOrNull(subject, s.value());
            if (v == null) {
                return false;
            }
            values[i] = v;
        }
        return true;
    }

    /** The built-in types whose single positional sub-pattern matches the subject itself. */
    private static boolean matchesSelf(PyType t) {
        for (PyType m : t.getMro()) {
            if (m.isHeapType()) {
                continue;
            }
            if (m == PyBool.TYPE || m == PyByteArray.TYPE || m == PyBytes.TYPE || m == PyDict.TYPE
                    || m == PyFloat.TYPE || m == PyInt.TYPE || m == PyList.TYPE || m == PyStr.TYPE
                    || m == PyTuple.TYPE || m.getName().equals("set") || m.getName().equals("frozenset")) {
                return true;
            }
            return false;
        }
        return false;
    }
}
