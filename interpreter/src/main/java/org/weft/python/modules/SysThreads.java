package org.weft.python.modules;

import org.weft.python.runtime.FloatNew;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.threads.Gil;

/**
 * The {@code sys} functions about threads and the GIL: {@code _is_gil_enabled},
 * {@code getswitchinterval}, {@code setswitchinterval}, read and written on the interpreter's
 * {@link Gil} (which keeps its own thread-safety).
 */
final class SysThreads {

    private SysThreads() {
    }

    static void define(PyModule m, Gil gil) {
        SysModule.put(m, PyBuiltinFunction.of0("_is_gil_enabled", "_is_gil_enabled($module, /)\n--\n\n"
                + "Return True if the GIL is currently enabled and False otherwise.",
                self -> PyBool.of(gil.isEnabled())));
        SysModule.put(m, PyBuiltinFunction.of0("getswitchinterval", "getswitchinterval($module, /)\n--\n\n"
                + "Return the current thread switch interval; see sys.setswitchinterval().",
                self -> PyFloat.of(gil.switchInterval())));
        SysModule.put(m, PyBuiltinFunction.of1("setswitchinterval", "setswitchinterval($module, interval, /)\n--\n\n"
                + "Set the ideal thread switching delay inside the Python interpreter.\n\n"
                + "The actual frequency of switching threads can be lower if the\n"
                + "interpreter executes long sequences of uninterruptible code\n"
                + "(this is implementation-specific and workload-dependent).\n\n"
                + "The parameter must represent the desired switching delay in seconds\n"
                + "A typical value is 0.005 (5 milliseconds).", (self, x) -> {
                    gil.setSwitchInterval(FloatNew.asDouble(x));
                    return PyNone.NONE;
                }));
    }
}
