package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.PyTextIOWrapper;
import org.weft.python.io.SinkTextStream;
import org.weft.python.runtime.ModuleImports;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PySystemExit;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.ThreadState;

/**
 * The {@code sys} module. Its standard streams write to the calling thread's run sinks, so output
 * of each run (and of threads it starts) goes where that run's embedder wants it.
 */
public final class SysModule implements BuiltinModule {

    /** The CPython version whose behaviour Weft follows. */
    static final String VERSION = "3.11.7 (weft 0.1.0, Java " + Runtime.version().feature() + ")";

    @Override
    public String name() {
        return "sys";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter."));
        streams(m);
        constants(m, interpreter);
        functions(m, interpreter);
        SysHooks.define(m, interpreter);
        SysAsyncGenHooks.define(m);
    }

    private static void streams(PyModule m) {
        PyTextIOWrapper in = PyTextIOWrapper.forSink(SinkTextStream.Which.STDIN);
        PyTextIOWrapper out = PyTextIOWrapper.forSink(SinkTextStream.Which.STDOUT);
        PyTextIOWrapper err = PyTextIOWrapper.forSink(SinkTextStream.Which.STDERR);
        m.put("stdin", in);
        m.put("stdout", out);
        m.put("stderr", err);
        m.put("__stdin__", in);
        m.put("__stdout__", out);
        m.put("__stderr__", err);
    }

    private static void constants(PyModule m, Interpreter interpreter) {
        m.put("modules", interpreter.modules());
        m.put("argv", PyList.of(PyStr.of("")));
        m.put("orig_argv", PyList.of(PyStr.of("weft")));
        m.put("path", PyList.of(PyStr.of("")));
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("version", PyStr.of(VERSION));
        m.put("hexversion", PyInt.of(0x030b07f0));
        m.put("api_version", PyInt.of(1013));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10FFFF));
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        // The launcher that started this JVM (install/weft passes its path), so that programs can run
        // Python again with subprocess.run([sys.executable, ...]); empty when embedded without one.
        m.put("executable", PyStr.of(System.getProperty("weft.executable", "")));
        m.put("prefix", PyStr.of(""));
        m.put("exec_prefix", PyStr.of(""));
        m.put("base_prefix", PyStr.of(""));
        m.put("copyright", PyStr.of("Copyright (c) Weft authors. Python semantics by the Python Software Foundation."));
        m.put("dont_write_bytecode", PyBool.TRUE);
        m.put("float_repr_style", PyStr.of("short"));
        m.put("abiflags", PyStr.of(""));
        m.put("base_exec_prefix", PyStr.of(""));
        m.put("platlibdir", PyStr.of("lib"));
        m.put("pycache_prefix", PyNone.NONE);
        m.put("warnoptions", new PyList());
        PyObject[] names = interpreter.builtinModuleNames().stream().map(PyStr::of).toArray(PyObject[]::new);
        m.put("builtin_module_names", PyTuple.of(names));
        SysInfo.define(m);
    }

    private static void functions(PyModule m, Interpreter interpreter) {
        InterpreterState state = interpreter.moduleState();
        put(m, PyBuiltinFunction.of("exit", "exit($module, status=None, /)\n--\n\nExit the interpreter by "
                + "raising SystemExit(status).", (self, a, k) -> {
                    org.weft.python.runtime.ArgParser.checkPositional("exit", a.length, 0, 1);
                    // CPython: PyErr_SetObject(SystemExit, status), which makes the exception as
                    // raising a class does: None means no arguments, a tuple is the argument list
                    PyObject status = a.length == 0 ? PyNone.NONE : a[0];
                    PyException e = PyErr.of(PyExc.SystemExit, status == PyNone.NONE
                            ? new PyObject[0] : status instanceof PyTuple t ? t.items() : new PyObject[] {status});
                    if (status instanceof PyTuple && e.value() instanceof PySystemExit s) {
                        s.setRawStatus(status);
                    }
                    throw e;
                }));
        put(m, PyBuiltinFunction.of0("exc_info", null, self -> {
            PyBaseException e = ThreadState.current().currentHandled();
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, Ops.getattr(e, "__traceback__"));
        }));
        put(m, PyBuiltinFunction.of0("exception", null, self -> {
            PyBaseException e = ThreadState.current().currentHandled();
            return e == null ? PyNone.NONE : e;
        }));
        put(m, PyBuiltinFunction.of0("getrecursionlimit", null, self -> PyInt.of(state.recursionLimit())));
        put(m, PyBuiltinFunction.of1("setrecursionlimit", null, (self, n) -> setRecursionLimit(state, n)));
        put(m, PyBuiltinFunction.of0("getdefaultencoding", null, self -> PyStr.of("utf-8")));
        put(m, PyBuiltinFunction.of0("getfilesystemencoding", null, self -> PyStr.of("utf-8")));
        // CPython on POSIX: file names that are not UTF-8 round-trip through lone surrogates
        put(m, PyBuiltinFunction.of0("getfilesystemencodeerrors", null, self -> PyStr.of("surrogateescape")));
        put(m, PyBuiltinFunction.of1("intern", "intern($module, string, /)\n--\n\n``Intern'' the given string.\n\n"
                + "This enters the string in the (global) table of interned strings whose\npurpose is to speed up "
                + "dictionary lookups. Return the string itself or the\npreviously interned string object with the "
                + "same value.", (self, s) -> intern(state, s)));
        put(m, PyBuiltinFunction.of0("get_int_max_str_digits", "get_int_max_str_digits($module, /)\n--\n\n"
                + "Return the maximum string digits limit for non-binary int<->str conversions.",
                self -> PyInt.of(state.intMaxStrDigits())));
        put(m, PyBuiltinFunction.of("set_int_max_str_digits", "set_int_max_str_digits($module, /, maxdigits)\n"
                + "--\n\nSet the maximum string digits limit for non-binary int<->str conversions.",
                (self, a, k) -> setIntMaxStrDigits(state, SET_INT_MAX_STR_DIGITS.parse(a, k)[0])));
        put(m, PyBuiltinFunction.of0("is_finalizing", "is_finalizing($module, /)\n--\n\nReturn True if Python "
                + "is exiting.", self -> PyBool.FALSE));
        SysThreads.define(m, interpreter.threads().gil());
        put(m, PyBuiltinFunction.of1("settrace", "settrace(function)\n\nSet the global debug tracing function.  It will "
                + "be called on each\nfunction call.  See the debugger chapter in the library manual.", (self, x) -> {
                    ThreadState.current().setTrace(x == PyNone.NONE ? null : x);
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of1("setprofile", "setprofile(function)\n\nSet the profiling function.  It will be called "
                + "on each function call\nand return.  See the profiler chapter in the library manual.", (self, x) -> {
                    ThreadState.current().setProfile(x == PyNone.NONE ? null : x);
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of2("call_tracing", "call_tracing($module, func, args, /)\n--\n\nCall func(*args), "
                + "while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\n"
                + "to be called from a debugger from a checkpoint, to recursively debug\nsome other code.",
                (self, fn, args) -> {
                    if (!(args instanceof PyTuple t)) {
                        throw PyErr.typeError("call_tracing() argument 2 must be tuple, not %s", Ops.typeName(args));
                    }
                    return ThreadState.current().callTracing(fn, t.items().clone());
                }));
        put(m, PyBuiltinFunction.of1("addaudithook", "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook "
                + "callback.", (self, hook) -> {
                    org.weft.python.runtime.AuditHooks.addHook(hook);
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of("audit", "audit(event, *args)\n\nPasses the event to any audit hooks that "
                + "are attached.", (self, a, k) -> {
                    if (k != null && k.length > 0) {
                        throw PyErr.typeError("audit() takes no keyword arguments");
                    }
                    if (a.length == 0) {
                        throw PyErr.typeError("audit() missing 1 required positional argument: 'event'");
                    }
                    if (!(a[0] instanceof PyStr event)) {
                        throw PyErr.typeError("expected str for argument 'event', not %s", Ops.typeName(a[0]));
                    }
                    org.weft.python.runtime.AuditHooks.audit(event.value(), java.util.Arrays.copyOfRange(a, 1, a.length));
                    return PyNone.NONE;
                }));
        PyBuiltinFunction breakpointhook = PyBuiltinFunction.of("breakpointhook", "breakpointhook(*args, **kws)\n\nThis hook "
                + "function is called by built-in breakpoint().\n", (self, a, k) -> Ops.call(
                        Ops.getattr(ModuleImports.importOnThisThread("_weft_breakpoint"), "hook"), a, k));
        put(m, breakpointhook);
        m.put("__breakpointhook__", m.get("breakpointhook")); // the original, for restoring the hook

        put(m, PyBuiltinFunction.of0("gettrace", "gettrace($module, /)\n--\n\nReturn the global debug tracing function "
                + "set with sys.settrace.\n\nSee the debugger chapter in the library manual.", self -> {
                    PyObject t = ThreadState.current().getTrace();
                    return t == null ? PyNone.NONE : t;
                }));
        put(m, PyBuiltinFunction.of0("getprofile", "getprofile($module, /)\n--\n\nReturn the profiling function "
                + "set with sys.setprofile.\n\nSee the profiler chapter in the library manual.", self -> {
                    PyObject p = ThreadState.current().getProfile();
                    return p == null ? PyNone.NONE : p;
                }));
    }

    // CPython: sys_intern_impl in sysmodule.c
    private static PyObject intern(InterpreterState state, PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("intern() argument must be str, not %s", Ops.argTypeName(s));
        }
        if (s.type() != PyStr.TYPE) {
            throw PyErr.typeError("can't intern %s", s.type().getName());
        }
        return state.intern(str);
    }

    // CPython: sys_setrecursionlimit_impl in sysmodule.c
    private static PyObject setRecursionLimit(InterpreterState state, PyObject n) {
        if (!(n instanceof PyInt)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(n));
        }
        long limit = ((PyInt) n).isSmall() ? ((PyInt) n).longValue() : Long.MAX_VALUE;
        if (limit < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        if (limit > Integer.MAX_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        ThreadState ts = ThreadState.current();
        if (limit <= ts.depth()) {
            throw PyErr.format(PyExc.RecursionError, "cannot set the recursion limit to %d at the recursion "
                    + "depth %d: the limit is too low", limit, ts.depth());
        }
        state.setRecursionLimit((int) limit);
        ts.setRecursionLimit((int) limit);
        return PyNone.NONE;
    }

    private static final org.weft.python.runtime.ArgParser SET_INT_MAX_STR_DIGITS =
            org.weft.python.runtime.ArgParser.of("set_int_max_str_digits", "maxdigits");

    // CPython: sys_set_int_max_str_digits_impl in sysmodule.c
    private static PyObject setIntMaxStrDigits(InterpreterState state, PyObject n) {
        if (!(n instanceof PyInt i)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", Ops.typeName(n));
        }
        long limit = i.isSmall() ? i.longValue() : Long.MAX_VALUE;
        if (limit != 0 && (limit < org.weft.python.runtime.IntStrDigits.THRESHOLD || limit > Integer.MAX_VALUE)) {
            throw PyErr.valueError("maxdigits must be 0 or larger than %d",
                    org.weft.python.runtime.IntStrDigits.THRESHOLD);
        }
        state.setIntMaxStrDigits((int) limit);
        return PyNone.NONE;
    }

    static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }
}
