package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code sys.breakpointhook} and its original {@code sys.__breakpointhook__}: what the builtin
 * {@code breakpoint()} calls. It calls the function that {@code $PYTHONBREAKPOINT} names
 * ({@code pdb.set_trace} when unset or empty; {@code 0} switches breakpoints off), read from
 * {@code os.environ} at each call, so a program may change it while it runs.
 */
final class SysBreakpointHook {

    private SysBreakpointHook() {
    }

    static void define(PyModule m, Interpreter interpreter) {
        PyBuiltinFunction hook = PyBuiltinFunction.of("breakpointhook", "breakpointhook(*args, **kws)\n\n"
                + "This hook function is called by built-in breakpoint().\n",
                (self, a, k) -> call(interpreter, a, k)).bindTo(m);
        m.put("breakpointhook", hook);
        m.put("__breakpointhook__", hook);
    }

    // CPython: sys_breakpointhook in sysmodule.c
    private static PyObject call(Interpreter interpreter, PyObject[] args, String[] kwnames) {
        String hookName = setting(interpreter);
        if (hookName.equals("0")) {
            return PyNone.NONE;
        }
        int dot = hookName.lastIndexOf('.');
        String modulePath = dot < 0 ? "builtins" : hookName.substring(0, dot);
        String attrName = dot < 0 ? hookName : hookName.substring(dot + 1);
        PyObject hook;
        try {
            hook = Ops.getattr(interpreter.importModule(modulePath), attrName);
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            PyObject warnings = interpreter.importModule("warnings");
            Ops.callMethod(warnings, "warn", PyStr.of("Ignoring unimportable $PYTHONBREAKPOINT: \""
                    + hookName + "\""), PyExc.RuntimeWarning);
            return PyNone.NONE;
        }
        return Ops.call(hook, args, kwnames);
    }

    /** $PYTHONBREAKPOINT as os.environ has it, or the default hook's name. */
    private static String setting(Interpreter interpreter) {
        PyObject environ = Ops.getattr(interpreter.importModule("os"), "environ");
        PyObject value = Ops.callMethod(environ, "get", PyStr.of("PYTHONBREAKPOINT"), PyStr.of(""));
        String name = value instanceof PyStr s ? s.value() : "";
        return name.isEmpty() ? "pdb.set_trace" : name;
    }
}
