package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyBaseSet;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PySlice;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.ThreadState;

/**
 * The {@code sys} functions that reach into the running interpreter: {@code displayhook},
 * {@code excepthook} (and their {@code __displayhook__}/{@code __excepthook__} originals),
 * {@code getsizeof} and {@code _getframe}.
 */
final class SysHooks {

    private SysHooks() {
    }

    /** CPython's size of the garbage collector's header on objects it tracks (3.11, 64-bit). */
    private static final long GC_HEADER = 16;

    static void define(PyModule m, Interpreter interpreter) {
        PyBuiltinFunction display = PyBuiltinFunction.of1("displayhook", "displayhook($module, object, /)\n--\n\n"
                + "Print an object to sys.stdout and also save it in builtins._", (self, v) -> display(interpreter, v))
                .bindTo(m);
        m.put("displayhook", display);
        m.put("__displayhook__", display);
        PyBuiltinFunction except = PyBuiltinFunction.of("excepthook", "excepthook($module, exctype, value, "
                + "traceback, /)\n--\n\nHandle an exception by displaying it with a traceback on sys.stderr.",
                (self, a, k) -> {
                    ArgParser.noKeywords("excepthook", k);
                    ArgParser.checkPositional("excepthook", a.length, 3, 3);
                    return excepthook(interpreter, a[1], a[2]);
                }).bindTo(m);
        m.put("excepthook", except);
        m.put("__excepthook__", except);
        SysModule.put(m, PyBuiltinFunction.of("getsizeof", "getsizeof(object [, default]) -> int\n\n"
                + "Return the size of object in bytes.", (self, a, k) -> {
                    PyObject[] p = GETSIZEOF.parse(a, k);
                    return getsizeof(p[0], p[1]);
                }));
        SysModule.put(m, PyBuiltinFunction.of1("getrefcount", "getrefcount($module, object, /)\n--\n\n"
                + "Return the reference count of object.\n\nThe count returned is generally one higher than you "
                + "might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount().",
                (self, o) -> PyInt.of(getrefcount(interpreter, o))));
        SysModule.put(m, PyBuiltinFunction.of0("_current_frames", "_current_frames($module, /)\n--\n\n"
                + "Return a dict mapping each thread's identifier to the topmost stack frame currently active in that "
                + "thread at the time the function is called.", self -> currentFrames(interpreter)));
        SysModule.put(m, PyBuiltinFunction.of("_getframe", "_getframe($module, depth=0, /)\n--\n\n"
                + "Return a frame object from the call stack.", (self, a, k) -> {
                    ArgParser.noKeywords("_getframe", k);
                    ArgParser.checkPositional("_getframe", a.length, 0, 1);
                    return getframe(a.length == 0 ? 0 : Ops.index(a[0]).longValue());
                }));
    }

    private static final ArgParser GETSIZEOF = ArgParser.of("getsizeof", "object", "default=");

    // CPython: sys_displayhook in sysmodule.c
    private static PyObject display(Interpreter interpreter, PyObject v) {
        if (v == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyDict builtins = interpreter.builtinsModule().getDict();
        builtins.setItem("_", PyNone.NONE);
        PyObject out = stream(interpreter, "stdout");
        String text = Ops.repr(v).value();
        Ops.callMethod(out, "write", PyStr.of(text));
        Ops.callMethod(out, "write", PyStr.of("\n"));
        builtins.setItem("_", v);
        return PyNone.NONE;
    }

    // CPython: sys_excepthook_impl in sysmodule.c (through the engine's traceback formatter)
    private static PyObject excepthook(Interpreter interpreter, PyObject value, PyObject tb) {
        PyObject err = stream(interpreter, "stderr");
        if (!(value instanceof PyBaseException e)) {
            Ops.callMethod(err, "write", PyStr.of("TypeError: print_exception(): Exception expected for "
                    + "value, " + Ops.typeName(value) + " found\n"));
            return PyNone.NONE;
        }
        if (tb != PyNone.NONE && tb != e.getTraceback()) {
            e.setTraceback(tb);
        }
        for (String line : interpreter.formatException(new PyException(e))) {
            Ops.callMethod(err, "write", PyStr.of(line));
        }
        return PyNone.NONE;
    }

    /** {@code sys.stdout} or {@code sys.stderr} as the program has set it. */
    private static PyObject stream(Interpreter interpreter, String name) {
        PyModule sys = interpreter.sys();
        PyObject s = sys == null ? null : sys.get(name);
        if (s == null || s == PyNone.NONE) {
            throw PyErr.runtimeError("lost sys.%s", name);
        }
        return s;
    }

    /**
     * The references Python code can see to {@code o}, from the modules and every thread's running
     * frames (see ReferenceCensus), plus the argument's own, as CPython's count includes it.
     */
    private static long getrefcount(Interpreter interpreter, PyObject o) {
        if (o == PyNone.NONE || o instanceof PyBool || o == org.weft.python.runtime.PyEllipsis.ELLIPSIS
                || o == org.weft.python.runtime.PyNotImplemented.NOT_IMPLEMENTED
                || o.type() == PyInt.TYPE && ((PyInt) o).isSmall() && ((PyInt) o).longValue() >= -5
                && ((PyInt) o).longValue() <= 256) {
            // shared by the whole runtime: CPython's counts run into the thousands
            return SHARED_OBJECT_REFS + getrefcountCensus(interpreter, o);
        }
        return getrefcountCensus(interpreter, o);
    }

    /** Not a count anyone can reproduce: a number as large as CPython shows for None, True or 0. */
    private static final long SHARED_OBJECT_REFS = 1000;

    private static long getrefcountCensus(Interpreter interpreter, PyObject o) {
        java.util.List<PyObject[]> roots = new java.util.ArrayList<>();
        roots.add(new PyObject[] {interpreter.modules()});
        java.util.Set<Frame> frames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.List<Object> tops = new java.util.ArrayList<>();
        tops.add(ThreadState.current().frame());
        interpreter.threads().states().forEach((ident, ts) -> tops.add(ts.frame()));
        for (Object top : tops) {
            for (Frame f = top instanceof Frame fr ? fr : null; f != null && frames.add(f); f = f.back) {
                roots.add(org.weft.python.runtime.ReferenceCensus.frameVariables(f));
                if (f.namespace != null && f.namespace != f.globals) {
                    roots.add(new PyObject[] {f.namespace});
                }
            }
        }
        return org.weft.python.runtime.ReferenceCensus.count(o, roots) + 1;
    }

    // CPython: _PySys_GetSizeOf in sysmodule.c
    private static PyObject getsizeof(PyObject o, PyObject dflt) {
        long size;
        if (o instanceof PyTuple t && o.type().lookup("__sizeof__") == PyObject.TYPE.lookup("__sizeof__")) {
            // tuple has no __sizeof__ of its own yet: CPython's is the header plus one pointer per item
            size = 24 + 8L * t.size();
        } else {
            PyObject r;
            try {
                r = Ops.callSpecialOrNull(o, "__sizeof__");
            } catch (PyException e) {
                if (dflt != null && e.matches(PyExc.TypeError)) {
                    return dflt;
                }
                throw e;
            }
            if (r == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErr.typeError("Type %s doesn't define __sizeof__", Ops.typeName(o));
            }
            if (!(r instanceof PyInt n)) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(r));
            }
            if (n.signum() < 0) {
                throw PyErr.valueError("__sizeof__() should return >= 0");
            }
            size = n.longValue();
        }
        if (o.type().isHeapType() && !isTracked(o)) {
            size += GC_HEADER; // instances of classes are always tracked
        }
        if (o.type().isHeapType() && o.getDict() != null && !(o instanceof PyType) && !(o instanceof PyModule)) {
            size += 16; // CPython 3.11 keeps an instance's dict pointers before the object
        }
        return PyInt.of(isTracked(o) ? size + GC_HEADER : size);
    }

    /** Whether CPython's garbage collector would track {@code o} (and so count its header). */
    private static boolean isTracked(PyObject o) {
        return o instanceof PyTuple || o instanceof PyList || o instanceof PyDict || o instanceof PyBaseSet
                || o instanceof PyFunction || o instanceof PyModule || o instanceof PyType
                || o instanceof PyGenerator || o instanceof PySlice || o instanceof Frame || o instanceof PyDeque
                || o.getDict() != null || org.weft.python.runtime.CPythonSizes.tracked(o.type());
    }

    // CPython: sys__getframe_impl in sysmodule.c
    /**
     * Each thread's innermost frame. Read without stopping the threads: a frame a thread has just
     * left may show, as in CPython's snapshot, which also races with the threads it reports.
     */
    private static PyObject currentFrames(Interpreter interpreter) {
        PyDict out = new PyDict();
        interpreter.threads().states().forEach((ident, ts) -> {
            Object f = ts.frame();
            if (f instanceof Frame frame) {
                out.setItem(PyInt.of(ident), frame);
            }
        });
        return out;
    }

    static PyObject getframe(long depth) {
        Object f = ThreadState.current().frame();
        Frame frame = f instanceof Frame fr ? fr : null;
        for (long i = 0; i < depth && frame != null; i++) {
            frame = frame.back;
        }
        if (frame == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        return frame;
    }
}
