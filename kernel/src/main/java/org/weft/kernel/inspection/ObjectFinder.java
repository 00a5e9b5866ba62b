package org.weft.kernel.inspection;

import java.util.List;
import java.util.Map;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyProperty;
import org.weft.python.runtime.PyType;

/**
 * Finds the object a dotted name stands for, as IPython's {@code InteractiveShell._ofind}: the
 * head in the user namespace ({@code __main__}), then in builtins, then each attribute; a
 * property at the end is returned itself, not called. Any exception along the way means
 * "not found in this namespace".
 */
final class ObjectFinder {
    /** The object, and the name of the namespace IPython would say it was found in. */
    record Found(PyObject object, String namespace) {
    }

    private ObjectFinder() {
    }

    /** The object of {@code oname}, or null. Call with the interpreter bound. */
    static Found find(Interpreter interpreter, String oname) {
        String name = oname.strip();
        String[] parts = name.split("\\.", -1);
        for (String p : parts) {
            if (!isIdentifier(p)) {
                return null;
            }
        }
        List<Map.Entry<String, PyDict>> namespaces = List.of(
                Map.entry("Interactive", interpreter.mainModule().getDict()),
                Map.entry("Python builtin", interpreter.builtinsModule().getDict()));
        for (Map.Entry<String, PyDict> ns : namespaces) {
            PyObject head = ns.getValue().getItem(parts[0]);
            if (head == null) {
                continue;
            }
            PyObject obj = follow(head, parts);
            if (obj != null) {
                return new Found(obj, ns.getKey());
            }
        }
        return null;
    }

    private static PyObject follow(PyObject head, String[] parts) {
        PyObject obj = head;
        try {
            for (int i = 1; i < parts.length; i++) {
                obj = i == parts.length - 1 ? getattrProperty(obj, parts[i]) : Ops.getattr(obj, parts[i]);
            }
            return obj;
        } catch (PyException | StackOverflowError e) {
            return null;
        }
    }

    // IPython: InteractiveShell._getattr_property: a property is shown, not evaluated
    private static PyObject getattrProperty(PyObject obj, String name) {
        if (!(obj instanceof PyType)) {
            PyObject attr = Ops.getattrOrNull(obj.type(), name);
            if (attr != null && Ops.isInstance(attr, PyProperty.TYPE)) {
                return attr;
            }
        }
        return Ops.getattr(obj, name);
    }

    /** {@code str.isidentifier()}. */
    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isLetter(first) || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c)
                || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)));
    }
}
