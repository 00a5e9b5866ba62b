package org.weft.python.builtins;

import org.weft.python.runtime.AuditHooks;

import java.nio.charset.StandardCharsets;
import org.weft.python.Interpreter;
import org.weft.python.compiler.Compiler;
import org.weft.python.io.FsPath;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;
import org.weft.python.nodes.Frame;

/**
 * The builtins that run code: compile, eval, exec, __import__, __build_class__. The argument
 * checks are here; the work is the engine's (compiler, import system), reached through the
 * calling thread's {@link Interpreter}.
 */
final class CodeBuiltins {

    private CodeBuiltins() {
    }

    static void define(PyModule m) {
        BuiltinsModule.def(m, PyBuiltinFunction.of("compile", BuiltinDocs.of("compile"), (self, a, k) -> {
            PyObject[] p = Params.COMPILE.parse(a, k);
            String mode = p[2] instanceof PyStr s ? s.value() : "";
            int flags = p[3] == null ? 0 : cInt(p[3]);
            if ((flags & ~COMPILE_FLAGS) != 0) {
                throw PyErr.valueError("compile(): unrecognised flags");
            }
            int optimize = p[5] == null ? -1 : cInt(p[5]);
            auditCompile(p[0], p[1]);
            if (optimize < -1 || optimize > 2) {
                throw PyErr.valueError("compile(): invalid optimize value");
            }
            if ((flags & PY_CF_ONLY_AST) != 0 || !isSourceOrCode(p[0])) {
                // Trees are the ast module's business: _ast converts them to and from the parser's.
                PyObject ast = interpreter().importer().importModule("_ast");
                return Ops.callMethod(ast, "_compile", p[0], p[1], p[2], PyInt.of(flags));
            }
            Compiler.Kind kind = switch (mode) {
                case "exec" -> Compiler.Kind.EXEC;
                case "eval" -> Compiler.Kind.EVAL;
                case "single" -> Compiler.Kind.SINGLE;
                case "func_type" -> throw PyErr.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                default -> throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            if (p[0] instanceof PyCode) {
                return p[0];
            }
            boolean dontInherit = p[4] != null && Ops.isTrue(p[4]);
            int future = (flags & PyCode.CO_FUTURE_ANNOTATIONS) | (dontInherit ? 0 : callerFutureFlags());
            String filename = FsPath.of(p[1]);
            return interpreter().compile(sourceText("compile", p[0], filename), filename, kind, future);
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of("eval", BuiltinDocs.of("eval"),
                (self, a, k) -> run("eval", Params.EVAL.parse(a, k), Compiler.Kind.EVAL)));
        BuiltinsModule.def(m, PyBuiltinFunction.of("exec", BuiltinDocs.of("exec"), (self, a, k) -> {
            run("exec", Params.EXEC.parse(a, k), Compiler.Kind.EXEC);
            return PyNone.NONE;
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of("__import__", BuiltinDocs.of("__import__"), (self, a, k) -> {
            PyObject[] p = Params.IMPORT.parse(a, k);
            String name = p[0] instanceof PyStr s ? s.value() : null;
            if (name == null) {
                throw PyErr.typeError("module name must be a string");
            }
            PyDict globals = p[1] instanceof PyDict d ? d : null;
            boolean fromlist = p[3] != null && p[3] != PyNone.NONE && Ops.isTrue(p[3]);
            int level = p[4] == null ? 0 : Ops.index(p[4]).intValueExact();
            if (level < 0) { // CPython: PyImport_ImportModuleLevelObject
                throw PyErr.valueError("level must be >= 0");
            }
            return interpreter().importer().importName(name, globals, fromlist, level);
        }));
        BuiltinsModule.def(m, PyBuiltinFunction.of("__build_class__", BuiltinDocs.of("__build_class__"),
                (self, a, k) -> {
                    throw PyErr.notImplementedError("__build_class__() is not provided: class statements are "
                            + "compiled by the engine");
                }));
    }

    /**
     * The future features of the code that called compile(), exec() or eval(), which a string they
     * compile inherits (CPython: PyEval_MergeCompilerFlags); none when no Python frame called.
     */
    private static int callerFutureFlags() {
        return ThreadState.current().frame() instanceof Frame f ? f.code.flags & PyCode.CO_FUTURE_ANNOTATIONS : 0;
    }

    /** CPython's {@code PyCF_ONLY_AST}: compile() returns the tree instead of code. */
    private static final int PY_CF_ONLY_AST = 0x400;
    /**
     * The flags compile() accepts: CPython's PyCF_MASK (the CO_FUTURE_* features), PyCF_MASK_OBSOLETE
     * (CO_NESTED) and PyCF_COMPILE_MASK (only-AST, type comments, top-level await, ...).
     */
    private static final int COMPILE_FLAGS = 0x1fe0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

    private static boolean isSourceOrCode(PyObject source) {
        String type = source.type().getName();
        return source instanceof PyStr || source instanceof PyCode || type.equals("bytes") || type.equals("bytearray");
    }

    private static Interpreter interpreter() {
        Interpreter i = Interpreter.current();
        if (i == null) {
            throw PyErr.format(PyExc.SystemError, "no interpreter is running on this thread");
        }
        return i;
    }

    /** eval/exec: compile a str source in the right mode, pick the namespaces, run. */
    // CPython: builtin_eval_impl and builtin_exec_impl in bltinmodule.c
    private static PyObject run(String fn, PyObject[] p, Compiler.Kind kind) {
        PyObject globals = p[1] == PyNone.NONE ? null : p[1];
        PyObject locals = p[2] == PyNone.NONE ? null : p[2];
        checkSource(fn, p[0]);
        checkNamespaces(fn, globals, locals);
        if (globals == null) {
            globals = FrameAccess.globals();
            if (locals == null) {
                locals = FrameAccess.locals();
            }
        } else if (locals == null) {
            locals = globals;
        }
        Interpreter interp = interpreter();
        if (!(p[0] instanceof PyCode)) {
            auditCompile(p[0], PyStr.of("<string>"));
        }
        PyCode code = p[0] instanceof PyCode c ? c
                : interp.compile(sourceText(fn, p[0], "<string>"), "<string>", kind, callerFutureFlags());
        AuditHooks.audit("exec", code); // CPython: builtin_exec_impl / builtin_eval_impl, with the code object
        return interp.exec(code, (PyDict) globals, locals);
    }

    /** The 'compile' audit event: CPython's has the source as the bytes it compiles (a str as UTF-8). */
    private static void auditCompile(PyObject source, PyObject filename) {
        AuditHooks.audit("compile", source instanceof PyStr src
                ? new org.weft.python.runtime.PyBytes(src.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : source, filename);
    }

    // CPython: source_as_string in pythonrun.c, and eval's skipping of leading blanks in builtin_eval_impl
    private static String sourceText(String fn, PyObject source, String filename) {
        String text;
        if (source instanceof PyStr s) {
            text = s.value();
        } else if (source instanceof PyBytes b) {
            text = org.weft.python.SourceDecoding.decode(b.value(), filename, false); // PEP 263 declarations
        } else {
            throw PyErr.typeError("%s() arg 1 must be a string, bytes or code object", fn);
        }
        if (text.indexOf('\0') >= 0) {
            throw PyErr.format(PyExc.SyntaxError, "source code string cannot contain null bytes");
        }
        if (fn.equals("eval")) {
            int start = 0;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            text = text.substring(start);
        }
        return text;
    }

    /** An int argument as a C int. */
    private static int cInt(PyObject o) {
        java.math.BigInteger v = Ops.index(o).bigValue();
        if (v.bitLength() > 31) {
            throw PyErr.format(PyExc.OverflowError, v.signum() < 0
                    ? "Python int too small to convert to C int" : "Python int too large to convert to C int");
        }
        return v.intValue();
    }

    private static void checkSource(String fn, PyObject source) {
        boolean bytesLike = source.type().getName().equals("bytes") || source.type().getName().equals("bytearray");
        if (!(source instanceof PyStr) && !(source instanceof PyCode) && !bytesLike) {
            throw PyErr.typeError("%s() arg 1 must be a string, bytes or code object", fn);
        }
    }

    // CPython: the checks at the top of builtin_eval_impl (locals first) and builtin_exec_impl
    private static void checkNamespaces(String fn, PyObject globals, PyObject locals) {
        boolean hasGlobals = globals != null && globals != PyNone.NONE;
        boolean hasLocals = locals != null && locals != PyNone.NONE;
        if (fn.equals("exec")) {
            if (hasGlobals && !(globals instanceof PyDict)) {
                throw PyErr.typeError("exec() globals must be a dict, not %s", Ops.typeName(globals));
            }
            if (hasLocals && !isMapping(locals)) {
                throw PyErr.typeError("locals must be a mapping or None, not %s", Ops.typeName(locals));
            }
            return;
        }
        if (hasLocals && !isMapping(locals)) {
            throw PyErr.typeError("locals must be a mapping");
        }
        if (hasGlobals && !(globals instanceof PyDict)) {
            throw PyErr.typeError(isMapping(globals)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
    }

    private static boolean isMapping(PyObject o) {
        return o.type().lookup("__getitem__") != null;
    }

}
