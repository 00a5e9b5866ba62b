package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;

/** The builtins of async iteration (3.10): aiter and anext. */
final class AsyncIterationBuiltins {

    private AsyncIterationBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of("aiter", BuiltinDocs.of("aiter"), AsyncIterationBuiltins::aiter));
        BuiltinsModule.def(m, PyBuiltinFunction.of("anext", BuiltinDocs.of("anext"), AsyncIterationBuiltins::anext));
    }

    // CPython: builtin_aiter in bltinmodule.c
    static PyObject aiter(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("aiter", kwnames);
        ArgParser.checkPositional("aiter", args.length, 1, 1);
        PyObject o = args[0];
        if (o.type().lookup("__aiter__") == null) {
            throw PyErr.typeError("'%s' object is not an async iterable", Ops.typeName(o));
        }
        PyObject it = Ops.callMethod(o, "__aiter__");
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '%s'", Ops.typeName(it));
        }
        return it;
    }

    // CPython: builtin_anext in bltinmodule.c
    static PyObject anext(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("anext", kwnames);
        ArgParser.checkPositional("anext", args.length, 1, 2);
        PyObject it = args[0];
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'%s' object is not an async iterator", Ops.typeName(it));
        }
        PyObject awaitable = Ops.callMethod(it, "__anext__");
        return args.length == 1 ? awaitable : new PyAnextAwaitable(awaitable, args[1]);
    }
}
