package org.weft.python.runtime;

/** The attributes of {@code cell}: {@code cell_contents}. */
final class PyCellMethods {
    private PyCellMethods() {
    }

    static void define(TypeBuilder b) {
        b.getset("cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) {
                throw PyErr.format(PyExc.ValueError, "Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).value = v);
    }
}
