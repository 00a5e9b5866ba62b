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

    /**
     * True for a module made from a {@code BuiltinModule} (repr {@code <module 'sys' (built-in)>}),
     * standing in for CPython's {@code __loader__ = BuiltinImporter}. Written once, before the
     * module is published to other threads.
     */
    private boolean builtIn;

    /** A module named {@code name} with {@code __name__}, {@code __doc__} (None), {@code __package__},
     * {@code __loader__} and {@code __spec__} (None) set, as {@code types.ModuleType(name)} does. */
    public PyModule(String name) {
        this(TYPE, name);
    }

    public PyModule(PyType type, String name) {
        this(type);
        plainDict().setItem("__name__", PyStr.of(name));
        plainDict().setItem("__doc__", PyNone.NONE);
        plainDict().setItem("__package__", PyNone.NONE);
        plainDict().setItem("__loader__", PyNone.NONE);
        plainDict().setItem("__spec__", PyNone.NONE);
    }

    /** A module with an empty namespace, as {@code module.__new__(type)} makes it. */
    public PyModule(PyType type) {
        super(type);
        if (dict == null) {
            dict = new PyDict();
        }
    }

    /** Marks this module as built in (see {@link #isBuiltIn()}); call before publishing it. */
    public PyModule markBuiltIn() {
        builtIn = true;
        return this;
    }

    /** True when the module comes from a built-in module definition, not from source. */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The module's {@code __name__} as a Java string, or "?" when it is missing or not a str. */
    public String name() {
        PyObject n = plainDict().getItem("__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** Reads a module attribute, or null when absent (no {@code __getattr__} hook). */
    public PyObject get(String name) {
        return plainDict().getItem(name);
    }

    /** Sets a module attribute. */
    public void put(String name, PyObject value) {
        plainDict().setItem(name, value);
    }
}
