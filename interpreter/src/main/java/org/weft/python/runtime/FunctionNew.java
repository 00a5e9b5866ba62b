package org.weft.python.runtime;

/**
 * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}: a function made
 * from a code object, as programs do to run a function's code against other globals.
 */
// CPython: func_new_impl in funcobject.c (3.11)
final class FunctionNew {
    private FunctionNew() {
    }

    private static final ArgParser PARSER = ArgParser.of("function", "code", "globals", "name=", "argdefs=",
            "closure=");

    static PyObject create(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = PARSER.parse(args, kwnames);
        if (!(a[0] instanceof PyCode code)) {
            throw PyErr.typeError("function() argument 'code' must be code, not %s", Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof PyDict globals)) {
            throw PyErr.typeError("function() argument 'globals' must be dict, not %s", Ops.typeName(a[1]));
        }
        PyObject name = orNone(a[2]);
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw PyErr.typeError("arg 3 (name) must be None or string");
        }
        PyObject defaults = orNone(a[3]);
        if (defaults != PyNone.NONE && !(defaults instanceof PyTuple)) {
            throw PyErr.typeError("arg 4 (defaults) must be None or tuple");
        }
        PyCell[] closure = closure(code, orNone(a[4]));
        PyFunction f = new PyFunction(code, globals, builtinsOf(globals), closure);
        if (name instanceof PyStr s) {
            f.name = s.value();
        }
        if (defaults instanceof PyTuple t) {
            f.defaults = t.items().clone();
        }
        return f;
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    private static PyCell[] closure(PyCode code, PyObject closure) {
        int nfree = code.freevars.length;
        if (closure == PyNone.NONE) {
            if (nfree > 0) {
                throw PyErr.typeError("arg 5 (closure) must be tuple");
            }
            return null;
        }
        if (!(closure instanceof PyTuple t)) {
            throw PyErr.typeError("arg 5 (closure) must be None or tuple");
        }
        PyObject[] items = t.items();
        if (items.length != nfree) {
            throw PyErr.valueError("%s requires closure of length %d, not %d", code.name, nfree, items.length);
        }
        PyCell[] cells = new PyCell[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyCell c)) {
                throw PyErr.typeError("arg 5 (closure) expected cell, found %s", Ops.typeName(items[i]));
            }
            cells[i] = c;
        }
        return cells;
    }

    // CPython: _PyEval_BuiltinsFromGlobals: globals' __builtins__ (a module or a dict), else the
    // interpreter's builtins module.
    private static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getItem("__builtins__");
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        PyObject builtins = ModuleImports.importOnThisThread("builtins");
        return ((PyModule) builtins).getDict();
    }
}
