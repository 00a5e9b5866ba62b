package org.weft.python.builtins;

import java.util.function.UnaryOperator;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyCallable;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;

/**
 * The builtins that look at objects: getattr, setattr, delattr, hasattr, isinstance, issubclass,
 * callable, id, dir, vars, globals, locals, repr, ascii, format.
 */
final class ReflectionBuiltins {

    private ReflectionBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of("getattr", BuiltinDocs.of("getattr"), ReflectionBuiltins::getattr));
        BuiltinsModule.def(m, PyBuiltinFunction.of("setattr", BuiltinDocs.of("setattr"), (self, a, k) -> {
            ArgParser.noKeywords("setattr", k);
            ArgParser.checkPositional("setattr", a.length, 3, 3);
            Ops.setattr(a[0], attrName(a[1]), a[2]);
            return PyNone.NONE;
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of2("delattr", BuiltinDocs.of("delattr"), (self, o, n) -> {
            Ops.delattr(o, attrName(n));
            return PyNone.NONE;
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of2("hasattr", BuiltinDocs.of("hasattr"),
                (self, o, n) -> PyBool.of(hasattr(o, attrName(n)))));
        BuiltinsModule.def(m, PyBuiltinFunction.of2("isinstance", BuiltinDocs.of("isinstance"),
                (self, o, c) -> PyBool.of(Ops.isInstance(o, c))));
        BuiltinsModule.def(m, PyBuiltinFunction.of2("issubclass", BuiltinDocs.of("issubclass"),
                (self, o, c) -> PyBool.of(Ops.isSubclass(o, c))));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("callable", BuiltinDocs.of("callable"),
                (self, o) -> PyBool.of(isCallable(o))));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("id", BuiltinDocs.of("id"), (self, o) -> PyInt.of(Ops.id(o))));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("repr", BuiltinDocs.of("repr"),
                (self, o) -> asCCall(o, ReflectionBuiltins::reprOf)));
        BuiltinsModule.def(m, PyBuiltinFunction.of1("ascii", BuiltinDocs.of("ascii"),
                (self, o) -> asCCall(o, ReflectionBuiltins::ascii)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("format", BuiltinDocs.of("format"), ReflectionBuiltins::format));
        BuiltinsModule.def(m, PyBuiltinFunction.of0("globals", BuiltinDocs.of("globals"),
                self -> FrameAccess.globals()));
        BuiltinsModule.def(m, PyBuiltinFunction.of0("locals", BuiltinDocs.of("locals"),
                self -> FrameAccess.locals()));
        BuiltinsModule.def(m, PyBuiltinFunction.of("vars", BuiltinDocs.of("vars"), ReflectionBuiltins::vars));
        BuiltinsModule.def(m, PyBuiltinFunction.of("dir", BuiltinDocs.of("dir"), ReflectionBuiltins::dir));
    }

    private static PyObject reprOf(PyObject o) {
        return Ops.repr(o);
    }

    /**
     * {@code body(o)} one level of recursion depth deeper: in CPython 3.11 the call of a C function
     * (cfunction_vectorcall_O and the others) is a level of its own "while calling a Python object",
     * so a __repr__ that recurses through repr() or format() runs out where, and as, CPython's does.
     */
    private static PyObject asCCall(PyObject o, UnaryOperator<PyObject> body) {
        return ThreadState.current().deeper(" while calling a Python object", o, body);
    }

    static String attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", Ops.typeName(name));
    }

    // CPython: builtin_getattr in bltinmodule.c
    static PyObject getattr(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("getattr", kwnames);
        ArgParser.checkPositional("getattr", args.length, 2, 3);
        String name = attrName(args[1]);
        if (args.length == 2) {
            return Ops.getattr(args[0], name);
        }
        // CPython: _PyObject_LookupAttr, which makes no AttributeError for an absent attribute
        PyObject v = Ops.getattrOrNull(args[0], name);
        return v != null ? v : args[2];
    }

    /** No AttributeError is made for an absent attribute (duck typing asks hasattr often). CPython: builtin_hasattr_impl. */
    static boolean hasattr(PyObject o, String name) {
        return Ops.getattrOrNull(o, name) != null;
    }

    /** CPython's PyCallable_Check: the type has {@code __call__}. */
    static boolean isCallable(PyObject o) {
        return o instanceof PyCallable || o.type().lookup("__call__") != null;
    }

    /** ascii(o): an all-ASCII repr comes back as it is, so a str subclass that __repr__ returned stays one. */
    // CPython: PyObject_ASCII in object.c
    static PyStr ascii(PyObject o) {
        PyStr r = Ops.repr(o);
        String escaped = asciiEscape(r.value());
        return escaped == r.value() ? r : PyStr.of(escaped);
    }

    /** repr text with non-ASCII code points as \xNN, \\uNNNN or \\UNNNNNNNN. */
    // CPython: PyObject_ASCII in object.c (backslashreplace)
    static String asciiEscape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 128) {
                if (out != null) {
                    out.append((char) cp);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(cp < 0x100 ? String.format("\\x%02x", cp)
                        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    // CPython: builtin_format_impl in bltinmodule.c
    static PyObject format(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("format", kwnames);
        ArgParser.checkPositional("format", args.length, 1, 2);
        PyStr spec = PyStr.of("");
        if (args.length == 2) {
            if (!(args[1] instanceof PyStr s)) {
                throw PyErr.typeError("format() argument 2 must be str, not %s", Ops.argTypeName(args[1]));
            }
            spec = s;
        }
        PyStr theSpec = spec;
        return asCCall(args[0], o -> Ops.format(o, theSpec));
    }

    // CPython: builtin_vars in bltinmodule.c
    static PyObject vars(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("vars", kwnames);
        ArgParser.checkPositional("vars", args.length, 0, 1);
        if (args.length == 0) {
            return FrameAccess.locals();
        }
        try {
            return Ops.getattr(args[0], "__dict__");
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
    }

    /** {@code dir()}: the caller's local names; {@code dir(o)}: {@code o.__dir__()}; sorted. */
    // CPython: PyObject_Dir in object.c
    static PyObject dir(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("dir", kwnames);
        ArgParser.checkPositional("dir", args.length, 0, 1);
        PyList names;
        if (args.length == 0) {
            names = IterationBuiltins.newList(Ops.callMethod(FrameAccess.locals(), "keys"));
        } else {
            // looked up on the type only: dir(C) is type.__dir__(C), never C.__dir__ unbound
            PyObject result = Ops.callSpecialOrNull(args[0], "__dir__");
            if (result == null) {
                throw PyErr.typeError("object does not provide __dir__");
            }
            names = IterationBuiltins.newList(result);
        }
        Ops.callMethod(names, "sort");
        return names;
    }
}
