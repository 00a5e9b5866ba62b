package org.weft.python.nodes;

import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.TypeBuilder;

/** The attributes of frame objects: {@code f_lineno}, {@code f_code}, {@code f_globals}, ... */
final class FrameMethods {
    private FrameMethods() {
    }

    static void define(TypeBuilder b) {
        b.notBaseType();
        b.getter("f_lineno", self -> PyInt.of(frame(self).lineno));
        b.getter("f_code", self -> frame(self).code);
        b.getter("f_globals", self -> frame(self).globals);
        b.getter("f_builtins", self -> frame(self).builtins);
        b.getter("f_back", self -> {
            Frame back = frame(self).back;
            return back == null ? PyNone.NONE : back;
        });
        b.getter("f_locals", self -> FrameLocals.locals(frame(self)));
        b.getter("f_lasti", self -> PyInt.of(-1));
        b.method0("__repr__", self -> PyStr.of("<frame at 0x" + Long.toHexString(org.weft.python.runtime.Ops.id(self))
                + ", file '" + frame(self).code.filename + "', line " + frame(self).lineno + ", code "
                + frame(self).code.name + ">"));
    }

    private static Frame frame(PyObject self) {
        return (Frame) self;
    }
}
