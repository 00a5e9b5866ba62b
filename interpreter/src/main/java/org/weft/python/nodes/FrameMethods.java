package org.weft.python.nodes;

import org.weft.python.runtime.FrameExtras;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
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
        b.getset("f_lineno", self -> PyInt.of(frame(self).lineno), (self, v) -> {
            if (!(v instanceof PyInt line)) {
                throw PyErr.format(PyExc.ValueError, "lineno must be an integer");
            }
            Frame f = frame(self);
            FrameExtras.jump(f.extras(), f.code.firstlineno, line.isSmall() ? (int) line.longValue() : Integer.MAX_VALUE);
        });
        b.getset("f_trace", self -> {
            FrameExtras t = frame(self).extras();
            return t == null || t.function() == null ? PyNone.NONE : t.function();
        }, (self, v) -> trace(self).setFunction(v == null || v == PyNone.NONE ? null : v));
        b.getset("f_trace_lines", self -> PyBool.of(frame(self).extras() == null || frame(self).extras().lines()),
                (self, v) -> trace(self).setLines(v == null || Ops.isTrue(v)));
        b.getset("f_trace_opcodes", self -> PyBool.of(frame(self).extras() != null && frame(self).extras().opcodes()),
                (self, v) -> trace(self).setOpcodes(v != null && Ops.isTrue(v)));
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

    /** The frame's trace state, made on the first assignment to one of its attributes. */
    private static FrameExtras trace(PyObject self) {
        return frame(self).makeExtras();
    }

    private static Frame frame(PyObject self) {
        return (Frame) self;
    }
}
