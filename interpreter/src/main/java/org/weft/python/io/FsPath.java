package org.weft.python.io;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** {@code os.fspath}: a path argument as a str, through {@code __fspath__} for PathLike objects. */
public final class FsPath {

    private FsPath() {
    }

    /** The path text of {@code o}; TypeError with CPython's message otherwise. */
    // CPython: PyOS_FSPath in posixmodule.c
    public static String of(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o.type().lookup("__fspath__") != null) {
            PyObject r = Ops.callMethod(o, "__fspath__");
            if (r instanceof PyStr s) {
                return s.value();
            }
            throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                    Ops.typeName(o), Ops.typeName(r));
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", Ops.typeName(o));
    }

    /** Like {@link #of} for functions that name themselves: "stat: path should be string, ..." */
    public static String of(PyObject o, String function, String param) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o.type().lookup("__fspath__") != null) {
            return of(o);
        }
        throw PyErr.typeError("%s: %s should be string, bytes or os.PathLike, not %s", function, param,
                Ops.typeName(o));
    }
}
