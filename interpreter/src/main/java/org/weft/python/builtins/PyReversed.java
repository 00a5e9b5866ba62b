package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code reversed(sequence)}: the object's {@code __reversed__} when it has one, otherwise this
 * iterator over {@code __len__} and {@code __getitem__}. CPython: reversed_new_impl in enumobject.c.
 */
public final class PyReversed extends BuiltinIterator {

    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, () -> PyObject.TYPE,
            PyReversed::define);

    /** Null once exhausted. */
    private PyObject seq;
    /** The next index to read; -1 when done. */
    private long index;

    PyReversed(PyType type, PyObject seq, long length) {
        super(type);
        this.seq = seq;
        this.index = length - 1;
    }

    @Override
    public PyObject nextItem() {
        PyObject s = seq;
        long i = index;
        if (s == null || i < 0) {
            return null;
        }
        index = i - 1;
        try {
            return Ops.getitem(s, PyInt.of(i));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    /** {@code reversed(o)} as the builtin does it. */
    static PyObject reversed(PyType type, PyObject o) {
        PyObject method = o.type().lookup("__reversed__");
        if (method == PyNone.NONE) {
            throw PyErr.typeError("'%s' object is not reversible", Ops.typeName(o));
        }
        if (method != null && type == TYPE) {
            return Ops.callMethod(o, "__reversed__");
        }
        // CPython reversed_new_impl: PySequence_Check, then PySequence_Size ("has no len()")
        if (o instanceof PyDict || o.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("'%s' object is not reversible", Ops.typeName(o));
        }
        // a sequence (CPython: PySequence_Check) without __len__ fails in len(): "has no len()"
        return new PyReversed(type, o, Ops.len(o));
    }

    private static void define(TypeBuilder b) {
        defineIterator(b, "Return a reverse iterator over the values of the given sequence.");
        b.newFn((type, args, kwnames) -> {
            if (type == TYPE) {
                ArgParser.noKeywords("reversed", kwnames);
            }
            ArgParser.checkPositional("reversed", args.length, 1, 1);
            return reversed(type, args[0]);
        });
        b.method0("__length_hint__", self -> {
            PyReversed r = (PyReversed) self;
            return PyInt.of(r.seq == null ? 0 : Math.max(0, r.index + 1));
        });
    }
}
