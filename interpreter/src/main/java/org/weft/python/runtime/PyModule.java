package org.weft.python.runtime;

/**
 * A module object: a name and a namespace ({@link #getDict()}, the module's {@code __dict__} and
 * the globals of the code that runs in it). Owned by the engine; methods in {@link PyModuleMethods}.
 *
 * <p>Threads: the namespace is a {@link PyDict} and follows its rules; the module object itself
 * has no other mutable state.
 */
public class PyModule extends PyObject {

    /** The built-in type {@code module}. */
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, () -> PyObject.TYPE,
            PyModuleMethods::define);

    /** A module named {@code name} with {@code __name__}, {@code __doc__} (None), {@code __package__},
     * {@code __loader__} and {@code __spec__} (None) set, as {@code types.ModuleType(name)} does. */
    public PyModule(String name) {
        this(TYPE, name);
    }

    public PyModule(PyType type, String name) {
        super(type);
        if (dict == null) {
            dict = new PyDict();
        }
        dict.setItem("__name__", PyStr.of(name));
        dict.setItem("__doc__", PyNone.NONE);
        dict.setItem("__package__", PyNone.NONE);
        dict.setItem("__loader__", PyNone.NONE);
        dict.setItem("__spec__", PyNone.NONE);
    }

    /** The module's {@code __name__} as a Java string, or "?" when it is missing or not a str. */
    public String name() {
        PyObject n = dict.getItem("__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** Reads a module attribute, or null when absent (no {@code __getattr__} hook). */
    public PyObject get(String name) {
        return dict.getItem(name);
    }

    /** Sets a module attribute. */
    public void put(String name, PyObject value) {
        dict.setItem(name, value);
    }
}
