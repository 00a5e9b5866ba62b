package org.weft.python.runtime;

/** The attributes of {@code cell}: {@code cell_contents} and its repr. */
final class PyCellMethods {
    private PyCellMethods() {
    }

    static void define(TypeBuilder b) {
        // CPython: cell_new in cellobject.c: cell() is empty, cell(x) holds x
        b.newFn((type, args, kwnames) -> {
            ArgParser.noKeywords("cell", kwnames);
            ArgParser.checkPositional("cell", args.length, 0, 1);
            return new PyCell(args.length == 0 ? null : args[0]);
        });
        // CPython: cell_repr
        b.method0("__repr__", self -> {
            PyObject v = ((PyCell) self).value;
            String at = "<cell at 0x" + Long.toHexString(Ops.id(self)) + ": ";
            if (v == null) {
                return PyStr.of(at + "empty>");
            }
            return PyStr.of(at + Ops.typeName(v) + " object at 0x" + Long.toHexString(Ops.id(v)) + ">");
        });
        b.getset("cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) {
                throw PyErr.format(PyExc.ValueError, "Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).value = v);
    }
}
