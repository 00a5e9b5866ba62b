package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyMethodDescriptor;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * {@code obj.name(args)} without making a bound method when the attribute is a plain function or
 * built-in method found on the type (CPython's {@code LOAD_METHOD}/{@code CALL}). The per-site
 * cache is keyed on the receiver's type and that type's version.
 *
 * <p>Threads: the cache is an immutable {@link Entry} published by a plain write (racy but
 * idempotent); every use re-validates it.
 */
public final class MethodCallNode extends ExprNode {
    private final ExprNode obj;
    private final String name;
    private final PyStr key;
    private final ExprNode[] args;
    private Entry cache;

    /** What {@code type.lookup(name)} gave for one type version, if it can be called unbound. */
    private record Entry(PyType type, int version, PyObject method) {
    }

    public MethodCallNode(ExprNode obj, String name, ExprNode[] args) {
        this.obj = obj;
        this.name = name.intern();
        this.key = PyStr.of(name);
        this.args = args;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject self = obj.execute(f);
        PyObject method = unboundMethod(self);
        if (method != null) {
            PyObject[] values = new PyObject[args.length + 1];
            values[0] = self;
            for (int i = 0; i < args.length; i++) {
                values[i + 1] = args[i].execute(f);
            }
            if (method instanceof PyFunction pf) {
                return pf.invoke(f.ts, values, null);
            }
            return ((PyMethodDescriptor) method).call(values, null);
        }
        PyObject callable = Ops.getattr(self, name);
        PyObject[] values = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(f);
        }
        if (callable instanceof PyFunction pf) {
            return pf.invoke(f.ts, values, null);
        }
        return Ops.call(callable, values, null);
    }

    /** The function to call with {@code self} prepended, or null to take the generic path. */
    private PyObject unboundMethod(PyObject self) {
        PyType t = self.type();
        Entry e = cache;
        if (e == null || e.type != t || e.version != t.version()) {
            e = new Entry(t, t.version(), plainMethod(t));
            cache = e;
        }
        PyObject m = e.method;
        if (m == null || self instanceof PyType) {
            return null;
        }
        PyDict d = self.getDict();
        if (d != null && d.getItem(key) != null) {
            return null;
        }
        return m;
    }

    private PyObject plainMethod(PyType t) {
        PyObject m = t.lookup(name);
        if (!(m instanceof PyFunction) && !(m instanceof PyMethodDescriptor)) {
            return null;
        }
        if (m.type() != PyFunction.TYPE && m.type() != PyMethodDescriptor.TYPE) {
            return null;
        }
        if (t.lookup("__getattribute__") != PyObject.TYPE.lookup("__getattribute__")) {
            return null;
        }
        return m;
    }
}
