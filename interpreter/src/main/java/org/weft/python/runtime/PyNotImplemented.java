package org.weft.python.runtime;

/** Python's {@code NotImplemented} singleton, the only instance of {@code NotImplementedType}. */
public final class PyNotImplemented extends PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, () -> PyObject.TYPE, PyNotImplemented::define);

    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__repr__", self -> PyStr.of("NotImplemented"));
        b.method0("__reduce__", self -> PyStr.of("NotImplemented"));
        b.method0("__bool__", self -> { // CPython: notimplemented_bool in object.c
            Warnings.warn(PyExc.DeprecationWarning, "NotImplemented should not be used in a boolean context", 1);
            return PyBool.TRUE;
        });
        b.newFn((type, args, kw) -> {
            if (args.length > 0) {
                throw PyErr.typeError("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        });
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
