package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/** {@code exit} and {@code quit}: call to raise SystemExit. CPython: Lib/_sitebuiltins.py Quitter. */
public final class Quitter extends PyObject {

    public static final PyType TYPE = PyType.builtin("_sitebuiltins.Quitter", Quitter.class, () -> PyObject.TYPE,
            Quitter::define);

    private static final ArgParser CALL = ArgParser.of("Quitter.__call__", "code=");

    private final String name;

    private Quitter(String name) {
        super(TYPE);
        this.name = name;
    }

    static Quitter of(String name) {
        return new Quitter(name);
    }

    private static void define(TypeBuilder b) {
        b.method0("__repr__", self -> PyStr.of("Use " + ((Quitter) self).name + "() or Ctrl-D (i.e. EOF) to exit"));
        b.method("__call__", "__call__($self, code=None)", (self, a, k) -> {
            PyObject[] p = CALL.parse(a, k);
            PyObject code = p[0] == null ? PyNone.NONE : p[0];
            throw PyErr.of(PyExc.SystemExit, code);
        });
        b.getter("name", self -> PyStr.of(((Quitter) self).name));
        b.getter("eof", self -> PyStr.of("Ctrl-D (i.e. EOF)"));
    }
}
