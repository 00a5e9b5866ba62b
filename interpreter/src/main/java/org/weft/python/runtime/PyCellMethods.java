package org.weft.python.runtime;

/** The attributes of {@code cell}: {@code cell_contents}. */
final class PyCellMethods {
    private PyCellMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        // CPython: cell_new in cellobject.c: cell() is empty, cell(x) holds x
        b.newFn((type, args, kwnames) -> {
            ArgParser.noKeywords("cell", kwnames);
            ArgParser.checkPositional("cell", args.length, 0, 1);
            return new PyCell(args.length == 0 ? null : args[0]);
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
