package org.weft.python;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.weft.python.ast.Mod;
import org.weft.python.compiler.CompileError;
import org.weft.python.compiler.Compiler;
import org.weft.python.compiler.TopLevelAwait;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.imports.Importer;
import org.weft.python.modules.InterpreterState;
import org.weft.python.nodes.Frame;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;
import org.weft.python.parser.SyntaxErrorException;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTraceback;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThread;
import org.weft.python.threads.PythonThreads;

/**
 * One Python interpreter: its modules ({@code sys.modules}), {@code builtins}, {@code sys} and
 * {@code __main__}, and the entry points that compile and run source. Several may exist in one
 * JVM; they share only the immutable built-in types.
 *
 * <p>Typical embedding (a notebook kernel):
 * <pre>
 *   Interpreter py = new Interpreter();
 *   RunResult r = py.runCell("x = 6 * 7\nx", "&lt;cell 1&gt;", sinks);
 *   if (r.exception() != null) { py.formatException(r.exception()) ... } else { r.value() ... }
 * </pre>
 *
 * <p>Threads: every method may be called from any thread; a run binds the calling thread's
 * {@link ThreadState} to this interpreter and to the run's sinks for its duration. The module
 * table is a {@link PyDict} (thread-safe); imports take a per-module lock (see {@link Importer}).
 */
public final class Interpreter implements InterpreterState.Holder, org.weft.python.runtime.IntStrDigits,
        org.weft.python.runtime.ModuleImports, org.weft.python.runtime.Finalizers.Owner,
        org.weft.python.runtime.AuditHooks.Owner {
    private final PyDict modules = new PyDict();
    private final Map<String, BuiltinModule> builtinModules = new ConcurrentHashMap<>();
    /** Copy-on-write: the importer reads it on every resource lookup, embedders add once at start. */
    private final List<ModuleResources> moduleResources = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** filename -> source text, for traceback source lines of code that has no file ({@code <cell 3>}). */
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final InterpreterState moduleState = new InterpreterState();
    private final Importer importer;
    private final PyModule builtins;
    private final PyModule main;
    private volatile String scriptDirectory;
    /** The threads running code here, the main thread and the GIL (off unless WEFT_GIL=1). */
    private final PythonThreads threads = new PythonThreads();
    /** {@code __del__} and weak references' deaths at the points CPython's reference counts would show them. */
    private final org.weft.python.runtime.Finalizers finalizers = new org.weft.python.runtime.Finalizers();

    /** A new interpreter with its own {@code sys}, {@code builtins} and empty {@code __main__}. */
    public Interpreter() {
        for (BuiltinModule m : ModuleRegistry.builtinModules()) {
            builtinModules.put(m.name(), m);
        }
        this.importer = new Importer(this);
        this.builtins = new PyModule("builtins").markBuiltIn();
        ModuleRegistry.fillBuiltins(builtins, this);
        modules.setItem("builtins", builtins);
        this.main = new PyModule("__main__").markBuiltIn();
        main.put("__annotations__", new PyDict()); // CPython: add_main_module in pylifecycle.c
        main.put("__builtins__", builtins);
        modules.setItem("__main__", main);
        ThreadState ts = ThreadState.current();
        Object previous = ts.interpreter();
        ts.setInterpreter(this);
        try {
            if (builtinModules.containsKey("sys")) {
                importer.importModule("sys");
            }
        } finally {
            ts.setInterpreter(previous);
        }
    }

    /** The interpreter the calling thread runs for, or null. */
    public static Interpreter current() {
        return ThreadState.current().interpreter() instanceof Interpreter i ? i : null;
    }

    @Override
    public InterpreterState moduleState() {
        return moduleState;
    }

    /** The int/str conversion limit of this interpreter ({@code sys.set_int_max_str_digits}). */
    @Override
    public int maxStrDigits() {
        return moduleState().intMaxStrDigits();
    }

    /** {@code sys.modules}: the module table, shared with Python code. */
    public PyDict modules() {
        return modules;
    }

    public PyModule builtinsModule() {
        return builtins;
    }

    public PyModule mainModule() {
        return main;
    }

    /** sys.addaudithook's hooks (see AuditHooks). */
    private final org.weft.python.runtime.AuditHooks auditHooks = new org.weft.python.runtime.AuditHooks();

    @Override
    public org.weft.python.runtime.AuditHooks auditHooks() {
        return auditHooks;
    }

    @Override
    public org.weft.python.runtime.Finalizers finalizers() {
        return finalizers;
    }

    /** {@code gc.collect()}, {@code del} of a finalizable object: every {@code __del__} and weakref callback now due. */
    @Override
    public int collectGarbage(ThreadState ts, org.weft.python.runtime.Finalizers.Probe released) {
        int garbage = finalizers.collect(ts, released);
        PyObject weakref = modules.getItem("_weakref");
        if (weakref != null && Ops.getattrOrNull(weakref, "_poll") != null) {
            Ops.callMethod(weakref, "_poll");
        }
        return garbage;
    }

    // CPython: PyErr_WriteUnraisable in errors.c, with the default sys.unraisablehook's format
    @Override
    public void writeUnraisable(PyException e, String where) {
        StringBuilder sb = new StringBuilder("Exception ignored in: ").append(where).append('\n');
        for (String line : formatUnraisable(e)) {
            sb.append(line);
        }
        try {
            PyObject err = sys() == null ? null : sys().get("stderr");
            if (err != null) {
                Ops.callMethod(err, "write", PyStr.of(sb.toString()));
            }
        } catch (PyException ignored) {
            // no usable sys.stderr: CPython drops the report too
        }
    }

    /** The {@code sys} module (null only while it is being created). */
    public PyModule sys() {
        PyObject s = modules.getItem("sys");
        return s instanceof PyModule m ? m : null;
    }

    public Importer importer() {
        return importer;
    }

    /** The Java module named {@code name}, or null. */
    public BuiltinModule builtinModule(String name) {
        return builtinModules.get(name);
    }

    /**
     * Adds a module written in Java, importable from now on (an embedder's own module, such as the
     * kernel's bridge to Jupyter). Add it before code imports it; a name already taken is replaced.
     */
    public void addBuiltinModule(BuiltinModule module) {
        builtinModules.put(module.name(), module);
    }

    /**
     * Python modules shipped as classpath resources under {@code root} (e.g.
     * {@code "/org/weft/kernel/lib/"}), found through {@code anchor}'s class loader. Searched after
     * {@code sys.path} and the interpreter's own library, in the order added.
     */
    public record ModuleResources(Class<?> anchor, String root) {
    }

    /** Makes the Python modules under a classpath resource root importable (see {@link ModuleResources}). */
    public void addModuleResources(Class<?> anchor, String root) {
        moduleResources.add(new ModuleResources(anchor, root.endsWith("/") ? root : root + "/"));
    }

    /** The resource roots added by the embedder, in search order. */
    public List<ModuleResources> moduleResources() {
        return moduleResources;
    }

    /** Names of the built-in (Java) modules, for {@code sys.builtin_module_names}. */
    public List<String> builtinModuleNames() {
        return builtinModules.keySet().stream().sorted().toList();
    }

    /** The directory of the script being run (the launcher sets it), or null. */
    public String scriptDirectory() {
        return scriptDirectory;
    }

    public void setScriptDirectory(String dir) {
        this.scriptDirectory = dir;
    }

    /** Remembers the source of {@code filename} so that tracebacks can show its lines. */
    public void rememberSource(String filename, String source) {
        sources.put(filename, source);
    }

    /** The source text remembered for {@code filename}, or null. */
    public String rememberedSource(String filename) {
        return sources.get(filename);
    }

    // ---- compiling ---------------------------------------------------------------------------

    /**
     * Parses and compiles {@code source}; raises a Python {@code SyntaxError} (as a
     * {@link PyException}) on bad source. {@code kind} EXEC, EVAL, SINGLE or EXEC_RETURN_LAST.
     */
    /** {@code import name} in this interpreter: the module, loaded if need be. */
    @Override
    public PyObject importModule(String name) {
        return importer.importModule(name);
    }

    public PyCode compile(String source, String filename, Compiler.Kind kind) {
        return compile(source, filename, kind, 0);
    }

    /**
     * {@link #compile(String, String, Compiler.Kind)} with future features already in effect
     * ({@code co_flags} bits such as {@link PyCode#CO_FUTURE_ANNOTATIONS}), as compile() and exec()
     * inherit them from the code that calls them.
     */
    public PyCode compile(String source, String filename, Compiler.Kind kind, int futureFlags) {
        rememberSource(filename, source);
        Mode mode = kind == Compiler.Kind.EVAL ? Mode.EVAL : kind == Compiler.Kind.SINGLE ? Mode.SINGLE : Mode.EXEC;
        try {
            Mod tree = Parser.parse(source, filename, mode);
            SyntaxWarningReport.report(this, tree, filename, source);
            return Compiler.compile(tree, filename, kind, futureFlags);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.fromParser(e);
        } catch (CompileError e) {
            throw SyntaxErrors.fromCompilerReadingFile(e, filename);
        }
    }

    /**
     * Parses {@code source} to the parser's tree without compiling it (for {@code ast.parse});
     * raises a Python {@code SyntaxError} on bad source.
     */
    public Mod parse(String source, String filename, Mode mode) {
        try {
            return Parser.parse(source, filename, mode);
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.fromParser(e);
        }
    }

    /** Compiles a tree (from {@code compile(ast_object, ...)}); the source, if remembered, places carets. */
    public PyCode compile(Mod tree, String filename, Compiler.Kind kind) {
        try {
            SyntaxWarningReport.report(this, tree, filename, rememberedSource(filename));
            return Compiler.compile(tree, filename, kind);
        } catch (CompileError e) {
            throw SyntaxErrors.fromCompilerReadingFile(e, filename);
        }
    }

    /**
     * A notebook cell's code (EXEC_RETURN_LAST). A cell that awaits at top level runs as a
     * coroutine on the thread's event loop, as IPython's autoawait does ({@link TopLevelAwait}).
     */
    /**
     * The future features that cells have turned on: a {@code from __future__ import annotations}
     * in one cell holds for every later cell, as in IPython (its CachingCompiler keeps the flags)
     * and CPython's interactive prompt. Only the thread that runs cells writes it.
     */
    private volatile int cellFutureFlags;

    private PyCode cellCompiled(PyCode code) {
        cellFutureFlags |= code.flags & PyCode.CO_FUTURE_ANNOTATIONS;
        return code;
    }

    private PyCode compileCell(String source, String filename) {
        rememberSource(filename, source);
        try {
            Mod.Module cell = (Mod.Module) Parser.parse(source, filename, Mode.EXEC);
            SyntaxWarningReport.report(this, cell, filename, source);
            try {
                Mod.Module wrapped = TopLevelAwait.wrapIfAwaiting(cell);
                if (wrapped != cell) {
                    return cellCompiled(Compiler.compile(wrapped, filename, Compiler.Kind.EXEC_RETURN_LAST,
                            cellFutureFlags));
                }
            } catch (CompileError e) {
                // Not valid as a coroutine body either: report the error the plain cell gives.
            }
            return cellCompiled(Compiler.compile(cell, filename, Compiler.Kind.EXEC_RETURN_LAST, cellFutureFlags));
        } catch (SyntaxErrorException e) {
            throw SyntaxErrors.fromParser(e);
        } catch (CompileError e) {
            throw SyntaxErrors.fromCompiler(e, filename, source);
        }
    }

    /**
     * Runs {@code code} with the given globals and local namespace (the same dict for module code)
     * on the calling thread; returns the code's value (None for EXEC code). Python exceptions
     * propagate as {@link PyException}s with their traceback.
     */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        ThreadState ts = ThreadState.current();
        Object previous = ts.interpreter();
        ts.setInterpreter(this);
        PythonThread thread = threads.enter(ts);
        try {
            if (globals.getItem("__builtins__") == null) {
                // CPython's exec/eval insert the builtins module's dict (the module only in __main__)
                globals.setItem("__builtins__", builtins.getDict());
            }
            Frame frame = new Frame(code, globals, builtinsFor(globals), locals, null);
            return PyFunction.execute(ts, frame);
        } finally {
            threads.exit(thread);
            ts.setInterpreter(previous);
        }
    }

    /**
     * The builtins that code run with {@code globals} sees: their {@code __builtins__} (a module or a
     * dict), so eval(src, {"__builtins__": {}}) finds no len; anything else there gives none at all.
     */
    // CPython: _PyEval_BuiltinsFromGlobals in ceval.c
    private PyDict builtinsFor(PyDict globals) {
        PyObject b = globals.getItem("__builtins__");
        if (b == builtins) {
            return builtins.getDict();
        } else if (b instanceof PyModule m) {
            return m.getDict();
        } else if (b instanceof PyDict d) {
            return d;
        }
        return new PyDict(); // CPython fails each lookup in a non-mapping (TypeError), a NameError here
    }

    /** Compiles and runs {@code source} as module code in {@code module}'s namespace. */
    public PyObject exec(String source, String filename, PyModule module) {
        PyCode code = compile(source, filename, Compiler.Kind.EXEC);
        return exec(code, module.getDict(), module.getDict());
    }

    /** Evaluates an expression in {@code module}'s namespace. */
    public PyObject eval(String source, PyModule module) {
        PyCode code = compile(source, "<string>", Compiler.Kind.EVAL);
        return exec(code, module.getDict(), module.getDict());
    }

    /**
     * Runs a notebook cell in {@code __main__}: the value of a final expression statement is
     * returned (not printed); output goes to {@code sinks}, also from threads the cell starts.
     * Never throws for Python errors: they come back in the result.
     */
    public RunResult runCell(String source, String filename, Sinks sinks) {
        ThreadState ts = ThreadState.current();
        Sinks previous = ts.sinks();
        ts.setSinks(sinks);
        try {
            PyCode code = compileCell(source, filename);
            PyObject v = exec(code, main.getDict(), main.getDict());
            return new RunResult(v, null);
        } catch (PyException e) {
            return new RunResult(null, e);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return new RunResult(null, PyTraceback.fromJava(e));
        } catch (org.weft.python.runtime.ProcessExit e) {
            // os._exit in a cell ends the kernel's process, as it ends ipykernel's
            Runtime.getRuntime().halt(e.status());
            throw e;
        } finally {
            ts.setSinks(previous);
        }
    }

    // ---- threads: interrupts and the GIL -----------------------------------------------------

    /** The threads running code here, with the GIL (for {@code _thread} and {@code sys}). */
    public PythonThreads threads() {
        return threads;
    }

    /**
     * Raises {@code KeyboardInterrupt} in the thread with this ident ({@code threading.get_ident()})
     * at its next loop back-edge or call, or within 20 ms of a blocking wait (sleep, lock, queue,
     * join, event); false when no such thread runs code here. Any thread may call.
     */
    public boolean interruptThread(long ident) {
        return threads.interrupt(ident);
    }

    /** {@link #interruptThread} for the main thread (the first that ran code here: a kernel's execution thread). */
    public boolean interruptMain() {
        return threads.interruptMain();
    }

    /** Switches the GIL (DESIGN.md rule 8) on or off, also while threads run; any thread may call. */
    public void setGilEnabled(boolean on) {
        threads.setGilEnabled(on);
    }

    /** {@code sys._is_gil_enabled()}. */
    public boolean isGilEnabled() {
        return threads.isGilEnabled();
    }

    // ---- completion and inspection -----------------------------------------------------------

    /** Names for completion in {@code module}: its globals, the builtins and the keywords, sorted. */
    public List<String> names(PyModule module) {
        return Inspection.names(module.getDict(), builtins.getDict());
    }

    /** Python's keywords ({@code keyword.kwlist} plus the soft keywords {@code match}/{@code case}). */
    public static List<String> keywords() {
        return Inspection.KEYWORDS;
    }

    /** {@code dir(obj)} sorted, for attribute completion; empty when {@code __dir__} fails. */
    public List<String> attributes(PyObject obj) {
        return withThis(() -> Inspection.attributes(obj));
    }

    /** The call signature as {@code inspect.signature} shows it, e.g. {@code (a, b=2, *, k)}, or null. */
    public String signature(PyObject obj) {
        return withThis(() -> Inspection.signature(obj));
    }

    /** The object's docstring, or null. */
    public String docstring(PyObject obj) {
        return withThis(() -> Inspection.doc(obj));
    }

    /** The source of a Python function or method (decorators, def line and body), or null. */
    public String source(PyObject obj) {
        return Inspection.source(this, obj);
    }

    private <T> T withThis(java.util.function.Supplier<T> action) {
        ThreadState ts = ThreadState.current();
        Object previous = ts.interpreter();
        ts.setInterpreter(this);
        try {
            return action.get();
        } finally {
            ts.setInterpreter(previous);
        }
    }

    /**
     * The lines CPython would print for this exception (traceback, chained exceptions, message) as
     * an uncaught exception's report, with 3.11's "Did you mean" after a NameError's or an
     * AttributeError's message.
     */
    public List<String> formatException(PyException e) {
        return TracebackFormatter.format(this, e.value(), true);
    }

    /**
     * {@link #formatException}, optionally without "Did you mean": the traceback module of 3.11
     * does not add it (only the interpreter's own report does; the module learns it in 3.12).
     */
    public List<String> formatException(PyException e, boolean suggestions) {
        return TracebackFormatter.format(this, e.value(), suggestions);
    }

    /** The lines of the default {@code sys.unraisablehook}'s report after its "Exception ignored in" line. */
    public List<String> formatUnraisable(PyException e) {
        return TracebackFormatter.formatUnraisable(this, e.value());
    }
}
