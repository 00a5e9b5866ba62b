package org.weft.python.runtime;

/** The attributes of {@code code} objects ({@code co_name}, {@code co_varnames}, ...). */
final class PyCodeMethods {
    private PyCodeMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.getter("co_name", self -> PyStr.of(code(self).name));
        b.getter("co_qualname", self -> PyStr.of(code(self).qualname));
        b.getter("co_filename", self -> PyStr.of(code(self).filename));
        b.getter("co_firstlineno", self -> PyInt.of(code(self).firstlineno));
        b.getter("co_argcount", self -> PyInt.of(code(self).argcount));
        b.getter("co_posonlyargcount", self -> PyInt.of(code(self).posonlyargcount));
        b.getter("co_kwonlyargcount", self -> PyInt.of(code(self).kwonlyargcount));
        b.getter("co_flags", self -> PyInt.of(code(self).flags));
        b.getter("co_nlocals", self -> PyInt.of(code(self).varnames.length));
        b.getter("co_stacksize", self -> PyInt.of(code(self).stackSize));
        b.getter("co_varnames", self -> names(code(self).varnames));
        b.getter("co_names", self -> names(code(self).names));
        b.getter("co_cellvars", self -> names(code(self).cellvars));
        b.getter("co_freevars", self -> names(code(self).freevars));
        b.method("replace", "replace($self, /, *, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, "
                + "co_nlocals=-1, co_stacksize=-1, co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, "
                + "co_names=None, co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, "
                + "co_name=None, co_qualname=None, co_linetable=None, co_exceptiontable=None)\n--\n\n"
                + "Return a copy of the code object with new values for the specified fields.",
                PyCodeReplace::replace);
        b.method0("__repr__", self -> PyStr.of("<code object " + code(self).name + " at 0x"
                + Long.toHexString(Ops.id(self)) + ", file \"" + code(self).filename + "\", line "
                + code(self).firstlineno + ">"));
    }

    private static PyCode code(PyObject self) {
        return (PyCode) self;
    }

    static PyTuple names(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(items);
    }
}
