package org.weft.python.modules;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyCallable;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.ThreadState;

/**
 * {@code sys.set_asyncgen_hooks} and {@code sys.get_asyncgen_hooks}: the calling thread's
 * firstiter hook (called with an async generator when it is first iterated) and finalizer (what
 * an abandoned async generator is handed to). asyncio's loop installs both while it runs, to
 * close the async generators still open when {@code asyncio.run} ends.
 */
final class SysAsyncGenHooks {

    private SysAsyncGenHooks() {
    }

    static final PyType ASYNCGEN_HOOKS = StructSeq.newType("asyncgen_hooks", "asyncgen_hooks\n\n"
            + "A named tuple providing information about asynchronous\ngenerators hooks.  The attributes are "
            + "read only.", 2, false, "firstiter", "finalizer");

    private static final ArgParser SET = ArgParser.of("set_asyncgen_hooks", "firstiter=", "finalizer=");

    static void define(PyModule m) {
        SysModule.put(m, PyBuiltinFunction.of("set_asyncgen_hooks", "set_asyncgen_hooks(* [, firstiter] "
                + "[, finalizer])\n\nSet a finalizer for async generators objects.", (self, a, k) -> {
                    PyObject[] p = SET.parse(a, k);
                    return set(p[0], p[1]);
                }));
        SysModule.put(m, PyBuiltinFunction.of0("get_asyncgen_hooks", "get_asyncgen_hooks($module, /)\n--\n\n"
                + "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form "
                + "(firstiter, finalizer).", self -> get()));
    }

    // CPython: sys_set_asyncgen_hooks in sysmodule.c (an argument left out keeps its hook)
    private static PyObject set(PyObject firstiter, PyObject finalizer) {
        ThreadState ts = ThreadState.current();
        check(finalizer, "finalizer");
        check(firstiter, "firstiter");
        PyObject first = firstiter == null ? ts.asyncGenFirstiter() : orNull(firstiter);
        PyObject fin = finalizer == null ? ts.asyncGenFinalizer() : orNull(finalizer);
        ts.setAsyncGenHooks(first, fin);
        return PyNone.NONE;
    }

    private static void check(PyObject hook, String name) {
        if (hook != null && hook != PyNone.NONE && !(hook instanceof PyCallable)
                && hook.type().lookup("__call__") == null) {
            throw PyErr.typeError("callable %s expected, got %s", name, hook.type().getName());
        }
    }

    private static PyObject orNull(PyObject hook) {
        return hook == PyNone.NONE ? null : hook;
    }

    private static PyObject get() {
        ThreadState ts = ThreadState.current();
        return StructSeq.make(ASYNCGEN_HOOKS, orNone(ts.asyncGenFirstiter()), orNone(ts.asyncGenFinalizer()));
    }

    private static PyObject orNone(PyObject hook) {
        return hook == null ? PyNone.NONE : hook;
    }
}
