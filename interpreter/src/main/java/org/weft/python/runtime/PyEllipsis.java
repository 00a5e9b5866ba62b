package org.weft.python.runtime;

/** Python's {@code Ellipsis} singleton, the only instance of {@code ellipsis}. */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, () -> PyObject.TYPE, PyEllipsis::define);

    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__repr__", self -> PyStr.of("Ellipsis"));
        b.method0("__reduce__", self -> PyStr.of("Ellipsis"));
        b.newFn((type, args, kw) -> {
            if (args.length > 0) {
                throw PyErr.typeError("EllipsisType takes no arguments");
            }
            return ELLIPSIS;
        });
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
