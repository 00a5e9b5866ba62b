package org.weft.python.runtime;

/** Python's {@code None} singleton, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, () -> PyObject.TYPE, PyNone::define);

    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__repr__", self -> PyStr.of("None"));
        b.method0("__reduce__", self -> PyStr.of("None"));
        b.newFn((type, args, kw) -> {
            if (args.length > 0) {
                throw PyErr.typeError("NoneType takes no arguments");
            }
            return NONE;
        });
        b.method0("__bool__", self -> PyBool.FALSE);
    }

    @Override
    public String toString() {
        return "None";
    }
}
