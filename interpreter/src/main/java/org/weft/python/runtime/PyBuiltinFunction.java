package org.weft.python.runtime;

/**
 * A built-in function ({@code len}) or a built-in method bound to its object ({@code [].append}):
 * CPython's {@code builtin_function_or_method}. Module functions are made with the {@code of*}
 * factories; {@code self} is then null (or the module, if the module binds it).
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class,
            () -> PyObject.TYPE, DescriptorMethods::defineBuiltinFunction);
    public static final PyType WRAPPER_TYPE = PyType.builtin("method-wrapper", PyBuiltinFunction.class,
            () -> PyObject.TYPE, DescriptorMethods::defineBuiltinFunction);

    final MethodDef def;
    /** The bound object, or null for a plain function. */
    final PyObject self;
    /**
     * A type's static method (CPython's METH_STATIC): {@code self} is the type, which shows in
     * the repr and qualname, yet {@code __self__} is None and the body is called without it.
     */
    final boolean isStatic;

    public PyBuiltinFunction(MethodDef def, PyObject self) {
        this(def, self, false);
    }

    PyBuiltinFunction(MethodDef def, PyObject self, boolean isStatic) {
        super(def.slot ? WRAPPER_TYPE : TYPE);
        this.def = def;
        this.self = self;
        this.isStatic = isStatic;
    }

    /** A module-level function taking no arguments; {@code doc} as "name()\n--\n\ndoc". */
    public static PyBuiltinFunction of0(String name, String doc, Fn0 body) {
        return new PyBuiltinFunction(MethodDef.of0(null, name, doc, body), null);
    }

    /** A module-level function taking exactly one positional argument. */
    public static PyBuiltinFunction of1(String name, String doc, Fn1 body) {
        return new PyBuiltinFunction(MethodDef.of1(null, name, doc, body), null);
    }

    /** A module-level function taking exactly two positional arguments. */
    public static PyBuiltinFunction of2(String name, String doc, Fn2 body) {
        return new PyBuiltinFunction(MethodDef.of2(null, name, doc, body), null);
    }

    /** A module-level function with the full calling convention (parse with {@link ArgParser}). */
    public static PyBuiltinFunction of(String name, String doc, FnV body) {
        return new PyBuiltinFunction(MethodDef.ofV(null, name, doc, body), null);
    }

    /** The same function bound to {@code obj} (e.g. a module): module functions receive it as self. */
    public PyBuiltinFunction bindTo(PyObject obj) {
        return new PyBuiltinFunction(def, obj);
    }

    public String getName() {
        return def.name;
    }

    public PyObject getSelf() {
        return self;
    }

    public MethodDef getDef() {
        return def;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return def.call(isStatic ? null : self, args, kwnames);
    }

    /** Fast path for one-argument calls. */
    public PyObject call1(PyObject a) {
        return def.call1(isStatic ? null : self, a);
    }
}
