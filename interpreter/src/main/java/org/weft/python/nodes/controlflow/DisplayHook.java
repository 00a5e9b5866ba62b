package org.weft.python.nodes.controlflow;

import org.weft.python.Interpreter;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;

/** {@code sys.displayhook}, or a stand-in with its behaviour when {@code sys} has none. */
final class DisplayHook {
    private DisplayHook() {
    }

    static PyObject lookup(Frame f) {
        if (f.ts.interpreter() instanceof Interpreter i) {
            PyModule sys = i.sys();
            PyObject hook = sys == null ? null : sys.get("displayhook");
            if (hook != null) {
                return hook;
            }
        }
        return PyBuiltinFunction.of1("displayhook", null, (self, v) -> {
            display(f, v);
            return PyNone.NONE;
        });
    }

    // CPython: sys_displayhook in sysmodule.c
    static void display(Frame f, PyObject v) {
        if (v == PyNone.NONE) {
            return;
        }
        f.builtins.setItem("_", PyNone.NONE);
        f.ts.sinks().stdout().write(Ops.repr(v).value() + "\n");
        f.builtins.setItem("_", v);
    }
}
