package org.weft.python.builtins;

import org.weft.python.io.OpenFiles;
import org.weft.python.io.PyTextIOWrapper;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** The builtins that talk to the outside: print, input, open, breakpoint. */
final class IoBuiltins {

    private IoBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of("print", BuiltinDocs.of("print"), IoBuiltins::print));
        BuiltinsModule.def(m, PyBuiltinFunction.of("input", BuiltinDocs.of("input"), IoBuiltins::input));
        BuiltinsModule.def(m, PyBuiltinFunction.of("open", BuiltinDocs.of("open"),
                (self, a, k) -> OpenFiles.open(Params.OPEN.parse(a, k))));
        BuiltinsModule.def(m, PyBuiltinFunction.of("breakpoint", BuiltinDocs.of("breakpoint"), (self, a, k) -> {
            // CPython: builtin_breakpoint in bltinmodule.c
            PyObject hook = SysAccess.sysAttributeOrNull("breakpointhook");
            if (hook == null) {
                throw PyErr.format(PyExc.RuntimeError, "lost sys.breakpointhook");
            }
            return Ops.call(hook, a, k);
        }));
    }

    /**
     * {@code print(*args, sep=' ', end='\n', file=None, flush=False)}. To one of our own text
     * files the whole line goes in one write, so lines printed by several threads never mix; to
     * any other object, write() is called per piece as CPython does.
     */
    // CPython: builtin_print_impl in bltinmodule.c
    static PyObject print(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int n = args.length - nkw;
        PyObject sep = null;
        PyObject end = null;
        PyObject file = null;
        PyObject flush = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[n + k];
            switch (kwnames[k]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for print()", kwnames[k]);
            }
        }
        String sepText = textArg("sep", sep, " ");
        String endText = textArg("end", end, "\n");
        if (file == null || file == PyNone.NONE) {
            file = SysAccess.stdout();
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        if (file instanceof PyTextIOWrapper text) {
            StringBuilder line = new StringBuilder();
            try {
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        line.append(sepText);
                    }
                    line.append(Ops.str(args[i]).value());
                }
            } catch (PyException e) {
                // CPython has written the pieces before the one whose str() failed
                if (line.length() > 0) {
                    text.writeText(line.toString());
                }
                throw e;
            }
            line.append(endText);
            text.writeText(line.toString());
        } else {
            PyObject write = Ops.getattr(file, "write");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    Ops.call(write, PyStr.of(sepText));
                }
                Ops.call(write, Ops.str(args[i]));
            }
            Ops.call(write, PyStr.of(endText));
        }
        if (flush != null && Ops.isTrue(flush)) {
            Ops.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    private static String textArg(String name, PyObject v, String dflt) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s must be None or a string, not %s", name, Ops.typeName(v));
    }

    /** {@code input(prompt='', /)}: the prompt to sys.stdout, one line from sys.stdin. */
    // CPython: builtin_input_impl in bltinmodule.c (the non-tty path)
    static PyObject input(PyObject self, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("input", kwnames);
        ArgParser.checkPositional("input", args.length, 0, 1);
        org.weft.python.runtime.AuditHooks.audit("builtins.input", args.length == 0 ? PyNone.NONE : args[0]);
        PyObject stdin = SysAccess.stdin();
        PyObject stdout = SysAccess.stdout();
        if (stdin == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdin");
        }
        if (stdout == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdout");
        }
        PyObject stderr = SysAccess.stderr();
        if (stderr != PyNone.NONE) {
            Ops.callMethod(stderr, "flush");
        }
        if (args.length == 1) {
            Ops.callMethod(stdout, "write", Ops.str(args[0]));
        }
        Ops.callMethod(stdout, "flush");
        PyObject line = Ops.callMethod(stdin, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.typeError("object.readline() returned non-string");
        }
        String text = s.value();
        if (text.isEmpty()) {
            throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        }
        return PyStr.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }
}
