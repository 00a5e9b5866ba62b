package org.weft.python.nodes.local;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Reads a global, falling back to builtins (CPython's {@code LOAD_GLOBAL}), through an inline
 * cache validated by the dicts' version stamps.
 *
 * <p>Threads: the cache is one immutable {@link Entry} published by a plain field write; a racing
 * thread sees the old or the new entry, both of which it validates before use.
 */
public final class GlobalRead extends ExprNode {
    private final PyStr key;
    private Entry cache;

    /** A value found for given versions of globals (and builtins when it came from there). */
    private record Entry(PyDict globals, long globalsVersion, PyDict builtins, long builtinsVersion,
                         PyObject value) {
    }

    public GlobalRead(String name) {
        this.key = PyStr.of(name);
    }

    @Override
    public PyObject execute(Frame f) {
        Entry e = cache;
        PyDict g = f.globals;
        if (e != null && e.globals == g && e.globalsVersion == g.version()
                && (e.builtins == null || e.builtinsVersion == e.builtins.version())) {
            return e.value;
        }
        return lookup(f, g);
    }

    private PyObject lookup(Frame f, PyDict g) {
        long gv = g.version();
        PyObject v = g.getItem(key);
        if (v != null) {
            if (!org.weft.python.runtime.Finalizers.isInstance(v) && !(v instanceof org.weft.python.runtime.PyWeakReference)
                    && !(org.weft.python.runtime.Finalizers.mayHold(v) && org.weft.python.runtime.Finalizers.anyMade(f.ts))) {
                // The cache must not keep alive what a `del` should free (its __del__ and its weak
                // references' deaths are due then): instances of classes and weak references
                // (weakref.getweakrefcount counts those held) are read from the dict, and so are
                // containers once objects with __del__ exist (they may hold some).
                cache = new Entry(g, gv, null, 0, v);
            }
            return v;
        }
        PyDict b = f.builtins;
        long bv = b.version();
        v = b.getItem(key);
        if (v == null) {
            throw ((org.weft.python.runtime.PyException) notDefined(key.value())).at(f, span);
        }
        cache = new Entry(g, gv, b, bv, v);
        return v;
    }

    public static RuntimeException notDefined(String name) {
        org.weft.python.runtime.PyException e = PyErr.format(PyExc.NameError, "name '%s' is not defined", name);
        org.weft.python.runtime.Ops.setattr(e.value(), "name", PyStr.of(name));
        return e;
    }
}
