package org.weft.python.runtime;

/**
 * {@code code.replace(**changes)}: a copy of a code object with some attributes changed. Weft's
 * code objects hold compiled nodes, not bytecode, so only what the nodes do not depend on may
 * change: the names, the file, the first line, and the flags that do not alter how the body
 * runs (CO_ITERABLE_COROUTINE, which {@code types.coroutine} sets, CO_NESTED and the future
 * flags). Anything else raises ValueError rather than making a code object that lies.
 */
// CPython: code_replace_impl in codeobject.c
final class PyCodeReplace {
    private PyCodeReplace() {
    }

    /** Flags a copy may gain or lose. */
    private static final int MUTABLE_FLAGS = PyCode.CO_ITERABLE_COROUTINE | PyCode.CO_NESTED | 0x1fe0000;

    private static final String[] KNOWN = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable"};

    static PyObject replace(PyObject self, PyObject[] args, String[] kwnames) {
        PyCode c = (PyCode) self;
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 0) {
            throw PyErr.typeError("replace() takes no positional arguments");
        }
        String name = c.name;
        String qualname = c.qualname;
        String filename = c.filename;
        int firstlineno = c.firstlineno;
        int flags = c.flags;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            String k = kwnames[i];
            PyObject v = args[npos + i];
            switch (k) {
                case "co_name" -> name = str(k, v);
                case "co_qualname" -> qualname = str(k, v);
                case "co_filename" -> filename = str(k, v);
                case "co_firstlineno" -> firstlineno = integer(k, v);
                case "co_flags" -> flags = integer(k, v);
                default -> unsupported(k);
            }
        }
        if (((flags ^ c.flags) & ~MUTABLE_FLAGS) != 0) {
            throw PyErr.valueError("code.replace(): co_flags may only change CO_ITERABLE_COROUTINE, CO_NESTED and "
                    + "the __future__ flags here (the code is compiled, not bytecode)");
        }
        return new PyCode(name, qualname, filename, firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount,
                flags, c.varnames, c.frameSize, c.cellvars, c.freevars, c.cellParamSlots, c.resumeSlots, c.body,
                c.doc, c.names);
    }

    private static void unsupported(String k) {
        for (String known : KNOWN) {
            if (known.equals(k)) {
                throw PyErr.valueError("code.replace(): %s cannot be changed here (the code is compiled, not "
                        + "bytecode)", k);
            }
        }
        throw PyErr.typeError("'%s' is an invalid keyword argument for replace()", k);
    }

    private static String str(String k, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("replace() argument '%s' must be str, not %s", k, Ops.typeName(v));
        }
        return s.value();
    }

    private static int integer(String k, PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(v));
        }
        return (int) i.longValue();
    }
}
