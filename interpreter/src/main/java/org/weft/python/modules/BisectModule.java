package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code _bisect}: binary search and sorted insertion on any sequence, in Java because programs
 * call them in loops; {@code bisect} (Python) re-exports them. CPython: _bisectmodule.c.
 * Threads: items are read one at a time and the comparison (user code) runs with no lock held;
 * a list changed meanwhile gives some valid index, as in CPython without its GIL. Stateless.
 */
public final class BisectModule implements BuiltinModule {

    private static final String[] NAMES = {"bisect_right", "bisect_left", "insort_right", "insort_left"};

    @Override
    public String name() {
        return "_bisect";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a "
                + "list in sorted order without\nhaving to sort the list after each insertion. For long lists "
                + "of items with\nexpensive comparison operations, this can be an improvement over the more "
                + "common\napproach.\n"));
        for (String name : NAMES) {
            boolean right = name.endsWith("right");
            boolean insort = name.startsWith("insort");
            ArgParser parser = ArgParser.of(name, "a", "x", "lo=", "hi=", "*", "key=");
            PyBuiltinFunction f = PyBuiltinFunction.of(name, name + "($module, /, a, x, lo=0, hi=None, *, key=None)"
                    + "\n--\n\n", (self, args, kwnames) -> call(parser, right, insort, args, kwnames));
            m.put(name, f.bindTo(m));
        }
    }

    private static PyObject call(ArgParser parser, boolean right, boolean insort, PyObject[] args,
            String[] kwnames) {
        PyObject[] p = parser.parse(args, kwnames);
        PyObject a = p[0];
        PyObject x = p[1];
        long lo = p[2] == null ? 0 : Ops.index(p[2]).longValue();
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        long hi = p[3] == null || p[3] == PyNone.NONE ? Ops.len(a) : Ops.index(p[3]).longValue();
        PyObject key = p[4] == null || p[4] == PyNone.NONE ? null : p[4];
        PyObject target = insort && key != null ? Ops.call(key, x) : x;
        long i = search(a, target, lo, hi, key, right);
        if (!insort) {
            return PyInt.of(i);
        }
        Ops.callMethod(a, "insert", PyInt.of(i), x);
        return PyNone.NONE;
    }

    // CPython: internal_bisect_right / internal_bisect_left
    private static long search(PyObject a, PyObject x, long lo, long hi, PyObject key, boolean right) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = a instanceof PyList l && a.type() == PyList.TYPE ? l.get((int) mid)
                    : Ops.getitem(a, PyInt.of(mid));
            if (key != null) {
                item = Ops.call(key, item);
            }
            boolean goLeft = right ? Ops.isTrue(Ops.lt(x, item)) : !Ops.isTrue(Ops.lt(item, x));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
