package org.weft.python.runtime;

/**
 * Warnings that built-ins issue, through the {@code warnings} module, so its filters, {@code -W}
 * and {@code catch_warnings} apply as to CPython's {@code PyErr_WarnEx}. A warning a filter turns
 * into an error raises it from here.
 */
public final class Warnings {

    private Warnings() {
    }

    /**
     * {@code warnings.warn(message, category, stacklevel)}; a stack level of 1 names the Python
     * code that called the built-in (PyErr_WarnEx's stack_level 1).
     */
    public static void warn(PyType category, String message, int stackLevel) {
        PyObject warn = Ops.getattr(ModuleImports.importOnThisThread("warnings"), "warn");
        Ops.call(warn, PyStr.of(message), category, PyInt.of(stackLevel));
    }
}
