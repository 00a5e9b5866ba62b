package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.ThreadState;

/**
 * The {@code gc} module. The JVM's collector owns memory, so these are CPython's interface with
 * little behind it: collect() runs a collection for what a program can see of one ({@code __del__}
 * and weak-reference callbacks, see Finalizers) and returns 0; enabled/thresholds are remembered only.
 */
public final class GcModule implements BuiltinModule {

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("This module provides access to the garbage collector for reference cycles."));
        // per module object, i.e. per interpreter: captured by the functions below, not static
        var state = new Object() {
            volatile boolean enabled = true;
            volatile PyTuple threshold = PyTuple.of(PyInt.of(700), PyInt.of(10), PyInt.of(10));
        };
        put(m, PyBuiltinFunction.of("collect", "collect($module, /, generation=2)\n--\n\nRun the garbage collection.",
                (self, a, k) -> {
                    PyObject[] p = COLLECT.parse(a, k);
                    if (p[0] != null) {
                        GcIntrospection.checkGeneration(p[0]);
                    }
                    // The JVM collects; what a program can see of it is __del__ and weakref callbacks.
                    ThreadState ts = ThreadState.current();
                    if (ts.interpreter() instanceof org.weft.python.runtime.Finalizers.Owner owner) {
                        return PyInt.of(owner.collectGarbage(ts, null));
                    }
                    return PyInt.of(0);
                }));
        put(m, PyBuiltinFunction.of0("enable", "enable($module, /)\n--\n\nEnable automatic garbage collection.",
                self -> {
                    state.enabled = true;
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of0("disable", "disable($module, /)\n--\n\nDisable automatic garbage collection.",
                self -> {
                    state.enabled = false;
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of0("isenabled", "isenabled($module, /)\n--\n\nReturns true if automatic garbage "
                + "collection is enabled.", self -> PyBool.of(state.enabled)));
        put(m, PyBuiltinFunction.of0("get_count", null, self -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0))));
        put(m, PyBuiltinFunction.of0("get_threshold", null, self -> state.threshold));
        put(m, PyBuiltinFunction.of("set_threshold", null, (self, a, k) -> {
            ArgParser.noKeywords("set_threshold", k);
            ArgParser.checkPositional("set_threshold", a.length, 1, 3);
            PyInt[] t = {PyInt.of(700), PyInt.of(10), PyInt.of(10)};
            for (int i = 0; i < a.length; i++) {
                t[i] = Ops.index(a[i]);
            }
            state.threshold = PyTuple.of((org.weft.python.runtime.PyObject[]) t);
            return PyNone.NONE;
        }));
        put(m, PyBuiltinFunction.of0("freeze", null, self -> PyNone.NONE));
        put(m, PyBuiltinFunction.of0("unfreeze", null, self -> PyNone.NONE));
        put(m, PyBuiltinFunction.of0("get_freeze_count", null, self -> PyInt.of(0)));
        put(m, PyBuiltinFunction.of0("get_objects", null, self -> new org.weft.python.runtime.PyList()));
        m.put("garbage", new org.weft.python.runtime.PyList());
        m.put("callbacks", new org.weft.python.runtime.PyList());
        GcIntrospection.define(m);
    }

    private static final ArgParser COLLECT = ArgParser.of("collect", "generation=");

    static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }
}
