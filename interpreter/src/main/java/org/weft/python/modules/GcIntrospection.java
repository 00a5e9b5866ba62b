package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyRange;
import org.weft.python.runtime.PyStr;

/**
 * The parts of {@code gc} that describe objects rather than collect them: is_tracked(),
 * is_finalized(), the debug flags, and the generation check of collect(). The JVM tracks every
 * object; these answer as CPython's collector would for the usual cases.
 */
final class GcIntrospection {
    private GcIntrospection() {
    }

    static void define(PyModule m) {
        // CPython: the DEBUG_* constants of gcmodule.c
        m.put("DEBUG_STATS", PyInt.of(1));
        m.put("DEBUG_COLLECTABLE", PyInt.of(2));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32));
        m.put("DEBUG_LEAK", PyInt.of(38));
        var debug = new Object() {
            volatile PyInt flags = PyInt.of(0);
        };
        GcModule.put(m, PyBuiltinFunction.of0("get_debug", "get_debug($module, /)\n--\n\nGet the garbage "
                + "collection debugging flags.", self -> debug.flags));
        GcModule.put(m, PyBuiltinFunction.of1("set_debug", "set_debug($module, flags, /)\n--\n\nSet the garbage "
                + "collection debugging flags.", (self, flags) -> {
                    debug.flags = cInt(flags);
                    return PyNone.NONE;
                }));
        GcModule.put(m, PyBuiltinFunction.of1("is_tracked", "is_tracked($module, obj, /)\n--\n\nReturns true if the "
                + "object is tracked by the garbage collector.", (self, o) -> PyBool.of(mayBeTracked(o))));
        GcModule.put(m, PyBuiltinFunction.of1("is_finalized", "is_finalized($module, obj, /)\n--\n\nReturns true if "
                + "the object has been already finalized by the GC.", (self, o) -> PyBool.FALSE));
    }

    /** collect()'s generation: an int from 0 to 2. CPython: gc_collect_impl. */
    static void checkGeneration(PyObject generation) {
        long g = cInt(generation).longValue();
        if (g < 0 || g > 2) {
            throw PyErr.valueError("invalid generation");
        }
    }

    private static PyInt cInt(PyObject o) {
        return Ops.index(o);
    }

    /**
     * CPython tracks containers only: atomic objects (numbers, strings, bytes, None, ranges) never,
     * and a dict only once it holds a key or value of a container type (MAINTAIN_TRACKING in
     * dictobject.c, which asks _PyObject_GC_MAY_BE_TRACKED).
     */
    private static boolean mayBeTracked(PyObject o) {
        if (isAtomic(o)) {
            return false;
        }
        if (o.getClass() == PyDict.class && !o.type().isHeapType()) {
            PyDict d = (PyDict) o;
            for (PyObject k : d.keys()) {
                PyObject v = d.getItem(k);
                if (!isAtomic(k) || (v != null && !isAtomic(v))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** An object of a type without Py_TPFLAGS_HAVE_GC (instances of subclasses have it). */
    private static boolean isAtomic(PyObject o) {
        return (o == PyNone.NONE || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyRange)
                && !o.type().isHeapType();
    }
}
