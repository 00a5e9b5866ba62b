package org.weft.python.nodes.local;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Reads a name in module, class-body or exec code: the local namespace, then globals, then
 * builtins (CPython's {@code LOAD_NAME}). When the namespace is the globals dict (ordinary module
 * code) it takes the cached global path, unless that dict is a subclass.
 */
public final class NameRead extends ExprNode {
    private final PyStr key;
    private final GlobalRead global;

    public NameRead(String name) {
        this.key = PyStr.of(name);
        this.global = new GlobalRead(name);
    }

    @Override
    public ExprNode withSpan(org.weft.python.runtime.SourceSpan s) {
        global.withSpan(s); // the lookup that raises NameError
        return super.withSpan(s);
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject ns = f.namespace;
        // a dict subclass given to eval/exec as globals (and so also as locals) is read through
        // its __getitem__ first, as CPython's LOAD_NAME does for any locals that is not exactly dict
        if (ns == null || ns == f.globals && ns.type() == PyDict.TYPE) {
            return global.execute(f);
        }
        PyObject v = lookupNamespace(ns, key);
        return v != null ? v : global.execute(f);
    }

    /** The value of {@code key} in a namespace mapping, or null; any mapping works, as in CPython. */
    public static PyObject lookupNamespace(PyObject ns, PyStr key) {
        if (ns.type() == PyDict.TYPE) {
            return ((PyDict) ns).getItem(key);
        }
        try {
            return Ops.getitem(ns, key);
        } catch (PyException e) {
            if (!e.matches(PyExc.KeyError)) {
                throw e;
            }
            return null;
        }
    }

    public String name() {
        return key.value();
    }

    static RuntimeException notDefined(String name) {
        return PyErr.format(PyExc.NameError, "name '%s' is not defined", name);
    }
}
