package org.weft.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.weft.python.compiler.Compiler;
import org.weft.python.nodes.controlflow.AbandonedGenerators;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PySystemExit;
import org.weft.python.runtime.ProcessExit;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;

/**
 * The {@code python3}-like launcher: {@code weft FILE.py [args]}, {@code -c CODE [args]},
 * {@code -m MODULE [args]}, nothing for the REPL when stdin is a terminal, else ({@code -}, or input
 * piped in) stdin read as one script named {@code <stdin>}; {@code -u} and {@code -X opt}
 * (e.g. {@code -X gil=1}) are accepted. Uncaught exceptions print a traceback on stderr and give
 * status 1; {@code SystemExit} gives its code.
 */
public final class Main {
    private static final long STACK_BYTES = 64L << 20;

    private Main() {
    }

    /** Runs the launcher on a thread with a 64 MB stack, then exits the JVM with its status. */
    public static void main(String[] args) throws InterruptedException {
        int[] status = {0};
        boolean[] atOnce = {false};
        Thread t = new Thread(null, () -> status[0] = run(args, System.in, System.out, System.err, atOnce, true),
                "main", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        if (atOnce[0]) {
            Runtime.getRuntime().halt(status[0]); // os._exit: no shutdown hook flushes open files
        }
        if (status[0] == KILLED_BY_SIGINT) {
            endBySigint();
        }
        if (status[0] == 0 && onlyDaemonThreadsLeft()) {
            // Returning lets the JVM end as after any main(): shutdown hooks run, status 0. System.exit
            // would do the same, but on Java 21+ it first looks up a logger for Runtime.exit, and that
            // lookup scans the class path's jars for logging services: 10 ms of a 70 ms `weft -c pass`.
            return;
        }
        System.exit(status[0]);
    }

    /**
     * No thread but this one keeps the JVM alive: the program's non-daemon threads were joined
     * ({@code threading._shutdown}), so returning from main ends the process at once.
     */
    private static boolean onlyDaemonThreadsLeft() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int n = Thread.enumerate(threads);
        for (int k = 0; k < n; k++) {
            Thread t = threads[k];
            if (t != Thread.currentThread() && t.isAlive() && !t.isDaemon()) {
                return false;
            }
        }
        return n < threads.length; // a full array may have left some thread out
    }

    /**
     * What {@link #run} returns after an uncaught KeyboardInterrupt: CPython then ends by SIGINT
     * itself (default handler restored, signal raised), so that a shell or a parent sees the
     * process interrupted (status 130, or -2 from subprocess), not merely failed. Outside 0-255,
     * so no exit status is mistaken for it.
     */
    public static final int KILLED_BY_SIGINT = -0x7fff_ff00;

    /**
     * Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread, or runs the handler that
     * signal.signal(SIGINT, ...) set, as CPython's default handler does. Where SIGINT is ignored
     * (a shell's background job), the JVM refuses the handler and it stays ignored, as CPython leaves it.
     */
    private static void onSigint(Interpreter py) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> py.interruptMain());
        } catch (IllegalArgumentException e) {
            // ignored at start-up, or -Xrs: nothing to handle
        }
    }

    // CPython: _Py_HandleSystemExit's sibling in pymain_run_python (Modules/main.c, exit via SIGINT)
    private static void endBySigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_DFL);
            // Signal.raise only reaches Java handlers: the default action needs a real kill(2).
            new ProcessBuilder("kill", "-INT", Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start().waitFor();
            Thread.sleep(1000); // the signal ends the process meanwhile
        } catch (IllegalArgumentException | java.io.IOException | InterruptedException e) {
            // The JVM would not give the signal up (e.g. -Xrs), or no kill: the status a shell shows for it.
        }
        System.exit(128 + 2);
    }

    /** Runs the launcher in-process with the given streams; returns the exit status. Never calls System.exit. */
    public static int run(String[] argv, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return run(argv, stdin, stdout, stderr, new boolean[1], false);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream)}; {@code atOnce[0]} tells an os._exit.
     * {@code ownsProcess}: this is the process's launcher, so the terminal's Ctrl-C (SIGINT) is its to turn
     * into KeyboardInterrupt; an embedder (a test running this in-process) keeps its own.
     */
    private static int run(String[] argv, InputStream stdin, PrintStream stdout, PrintStream stderr, boolean[] atOnce,
            boolean ownsProcess) {
        // CPython's stdout is line-buffered on a terminal (Java's System.out flushes each line), unbuffered
        // with -u or PYTHONUNBUFFERED, else block-buffered
        boolean terminal = stdout == System.out && System.console() != null;
        BlockBufferedOutput buffered = terminal || unbuffered(argv) ? null : new BlockBufferedOutput(stdout);
        Sinks sinks = buffered != null ? sinks(stdin, buffered, stderr) : sinks(stdin, stdout, stderr);
        ThreadState ts = ThreadState.current();
        Sinks previousSinks = ts.sinks();
        Object previousInterpreter = ts.interpreter();
        ts.setSinks(sinks);
        try {
            // python3 prompts only when stdin is a terminal; piped input runs as one script
            boolean interactive = stdin == System.in && System.console() != null;
            return atExit(launch(argv, sinks, interactive, ownsProcess), sinks);
        } catch (ProcessExit e) {
            if (buffered != null) {
                buffered.discard();
            }
            atOnce[0] = true;
            return e.status();
        } finally {
            if (buffered != null) {
                buffered.flush();
            }
            stdout.flush();
            stderr.flush();
            ts.setSinks(previousSinks);
            ts.setInterpreter(previousInterpreter);
        }
    }

    /**
     * What CPython does when the main program ends (Py_FinalizeEx): wait for the non-daemon
     * threads ({@code threading._shutdown()}, which also lets executor pools finish their queued
     * work), then run the {@code atexit} callbacks. Only modules the program imported are asked.
     */
    private static int atExit(int status, Sinks sinks) {
        if (!(ThreadState.current().interpreter() instanceof Interpreter py)) {
            return status;
        }
        for (String[] hook : new String[][] {{"threading", "_shutdown"}, {"atexit", "_run_exitfuncs"}}) {
            PyObject module = py.modules().getItem(hook[0]);
            if (module == null || Ops.getattrOrNull(module, hook[1]) == null) {
                continue;
            }
            try {
                Ops.callMethod(module, hook[1]);
            } catch (PyException e) {
                int s = report(py, e, sinks);
                status = status == 0 ? s : status;
            }
        }
        // Then CPython's finalization frees what is left: the __del__ of objects still alive.
        py.finalizers().atExit(ThreadState.current(), py.mainModule().getDict());
        AbandonedGenerators.closeAtExit(py.mainModule().getDict());
        return status;
    }

    /** {@code -u} among the options before the script, or PYTHONUNBUFFERED set non-empty. */
    private static boolean unbuffered(String[] argv) {
        String env = System.getenv("PYTHONUNBUFFERED");
        if (env != null && !env.isEmpty()) {
            return true;
        }
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("-") || a.equals("-") || a.equals("-c") || a.equals("-m")) {
                return false;
            }
            if (a.equals("-u")) {
                return true;
            }
            if (a.equals("-X") || a.equals("-W")) {
                i++; // its option
            }
        }
        return false;
    }

    private static Sinks sinks(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return sinks(stdin, new Sinks.Output() {
            @Override
            public void write(String s) {
                stdout.print(s);
            }

            @Override
            public void flush() {
                stdout.flush();
            }

            @Override
            public boolean writeBytes(byte[] data) {
                stdout.write(data, 0, data.length);
                return true;
            }
        }, stderr);
    }

    private static Sinks sinks(InputStream stdin, Sinks.Output stdout, PrintStream stderr) {
        return new Sinks(stdout, stderr::print, new LauncherInput(stdin));
    }

    private static int launch(String[] argv, Sinks sinks, boolean interactive, boolean ownsProcess) {
        int i = 0;
        String command = null;
        String module = null;
        Boolean gil = null;
        // CPython: PYTHONWARNINGS' comma-separated options, then each -W, in sys.warnoptions
        List<String> warnOptions = new ArrayList<>();
        String envWarnings = System.getenv("PYTHONWARNINGS");
        if (envWarnings != null) {
            for (String w : envWarnings.split(",")) {
                if (!w.isEmpty()) {
                    warnOptions.add(w);
                }
            }
        }
        while (i < argv.length && argv[i].startsWith("-") && !argv[i].equals("-")) {
            String a = argv[i];
            if (a.equals("-c") && i + 1 < argv.length) {
                command = argv[i + 1];
                i += 2;
                break;
            } else if (a.equals("-m") && i + 1 < argv.length) {
                module = argv[i + 1];
                i += 2;
                break;
            } else if (a.equals("-X") && i + 1 < argv.length) {
                gil = argv[i + 1].startsWith("gil=") ? (Boolean) argv[i + 1].equals("gil=1") : gil;
                i += 2;
            } else if (a.equals("-W") && i + 1 < argv.length) {
                warnOptions.add(argv[i + 1]);
                i += 2;
            } else if (a.startsWith("-W")) {
                warnOptions.add(a.substring(2));
                i++;
            } else {
                i++;
            }
        }
        Interpreter py;
        try {
            py = new Interpreter();
        } catch (PyException e) {
            sinks.stderr().write(String.join("", TracebackFormatter.format(null, e.value(), true)));
            return 1;
        }
        ThreadState.current().setInterpreter(py);
        if (ownsProcess) {
            onSigint(py);
        }
        if (gil != null) {
            py.setGilEnabled(gil); // -X gil=0|1 overrides WEFT_GIL, as PYTHON_GIL in CPython 3.13t
        }
        if (!warnOptions.isEmpty()) {
            setWarnOptions(py, warnOptions, sinks);
        }
        List<String> rest = new ArrayList<>();
        String script = command != null ? "-c" : module != null ? module : i < argv.length ? argv[i++] : "";
        rest.add(script);
        while (i < argv.length) {
            rest.add(argv[i++]);
        }
        boolean isScript = command == null && module == null && !script.isEmpty() && !script.equals("-");
        // a directory or zip archive with a __main__.py runs that, and is itself sys.path[0]
        org.weft.python.imports.ModuleSource app = isScript
                ? org.weft.python.imports.ZipSource.appMain(Path.of(script)) : null;
        Path scriptDir = module != null ? Path.of("").toAbsolutePath()
                : app != null ? Path.of(script).toAbsolutePath().normalize()
                : isScript ? Path.of(script).toAbsolutePath().getParent() : null;
        setArgv(py, rest, scriptDir);
        if (command != null) {
            return runSource(py, command, "<string>", sinks);
        }
        if (module != null) {
            return runModule(py, module, sinks);
        }
        if (script.isEmpty() && interactive) {
            return new Repl(py, sinks).run();
        }
        if (script.isEmpty() || script.equals("-")) {
            py.mainModule().put("__file__", PyStr.of("<stdin>"));
            py.mainModule().put("__cached__", PyNone.NONE);
            return runSource(py, readAll(sinks), "<stdin>", sinks);
        }
        if (app != null) {
            py.mainModule().put("__file__", PyStr.of(app.file()));
            py.mainModule().put("__cached__", PyNone.NONE);
            return runSource(py, app.source(), app.file(), sinks);
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of(script));
        } catch (IOException e) {
            sinks.stderr().write("weft: can't open file '" + script + "': [Errno 2] No such file or directory\n");
            return 2;
        }
        // CPython 3.9+: the main script's __file__ and code filename are absolute; argv[0] stays as typed.
        String absolute = Path.of(script).toAbsolutePath().normalize().toString();
        String source;
        try {
            source = SourceDecoding.decode(raw, absolute, true);
        } catch (PyException e) {
            // CPython reports an undecodable script with the bare message, no traceback
            PyObject msg = Ops.getattrOrNull(e.value(), "msg");
            sinks.stderr().write(e.type().getName() + ": " + Ops.str(msg != null ? msg : e.value()).value() + "\n");
            return 1;
        }
        py.mainModule().put("__file__", PyStr.of(absolute));
        py.mainModule().put("__cached__", PyNone.NONE); // CPython: pyrun_simple_file sets both
        return runSource(py, source, absolute, sinks);
    }

    /** All of stdin, for a script piped in ({@code echo 'print(1)' | weft}). */
    private static String readAll(Sinks sinks) {
        StringBuilder sb = new StringBuilder();
        for (String line = sinks.stdin().readLine(); line != null; line = sinks.stdin().readLine()) {
            sb.append(line);
        }
        return sb.toString();
    }

    /**
     * sys.warnoptions, which the warnings module turns into filters when imported; as CPython's start-up,
     * it is imported now (or told, if start-up imported it already), so the filters exist, and a bad
     * option is reported, before the program runs.
     */
    private static void setWarnOptions(Interpreter py, List<String> options, Sinks sinks) {
        PyModule sys = py.sys();
        if (sys == null) {
            return;
        }
        PyObject[] items = new PyObject[options.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = PyStr.of(options.get(k));
        }
        PyList list = new PyList(items);
        sys.put("warnoptions", list);
        try {
            PyObject warnings = py.modules().getItem("warnings");
            if (warnings != null) {
                Ops.callMethod(warnings, "_processoptions", list);
            } else {
                org.weft.python.runtime.ModuleImports.importOnThisThread("warnings");
            }
        } catch (PyException e) {
            report(py, e, sinks);
        }
    }

    private static void setArgv(Interpreter py, List<String> args, Path scriptDir) {
        py.setScriptDirectory(scriptDir == null ? "" : scriptDir.toString());
        PyModule sys = py.sys();
        if (sys == null) {
            return;
        }
        PyObject[] items = new PyObject[args.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = PyStr.of(args.get(k));
        }
        sys.put("argv", new PyList(items));
        PyObject path = sys.get("path");
        if (path instanceof PyList l) {
            String first = scriptDir != null ? scriptDir.toString() : "";
            Ops.callMethod(l, "insert", PyInt.of(0), PyStr.of(first));
        }
    }

    private static int runSource(Interpreter py, String source, String filename, Sinks sinks) {
        try {
            py.exec(source, filename, py.mainModule());
            return 0;
        } catch (PyException e) {
            return report(py, e, sinks);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            if (System.getenv("WEFT_DEBUG") != null) {
                e.printStackTrace();
            }
            return report(py, org.weft.python.runtime.PyTraceback.fromJava(e), sinks);
        }
    }

    /**
     * {@code -m NAME}: finds the module's source (a package runs its {@code __main__} submodule) and
     * executes it as {@code __main__}, with {@code sys.argv[0]} its file.
     */
    // CPython: runpy._run_module_as_main and _get_module_details
    private static int runModule(Interpreter py, String name, Sinks sinks) {
        org.weft.python.imports.ModuleSource src;
        String runName = name;
        try {
            src = py.importer().findSource(name);
            if (src != null && src.isPackage()) {
                runName = name + ".__main__";
                src = py.importer().findSource(runName);
                if (src == null) {
                    return moduleError(sinks, "No module named " + runName + "; '" + name
                            + "' is a package and cannot be directly executed");
                }
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError)) {
                return report(py, e, sinks);
            }
            return moduleError(sinks, "Error while finding module specification for '" + name + "' ("
                    + e.value().type().getName() + ": " + Ops.str(e.value()).value() + ")");
        }
        if (src == null) {
            return moduleError(sinks, py.builtinModule(name) != null ? "No code object available for " + name
                    : "No module named " + name);
        }
        PyModule main = py.mainModule();
        main.put("__file__", PyStr.of(src.file()));
        int dot = runName.lastIndexOf('.');
        main.put("__package__", PyStr.of(dot < 0 ? "" : runName.substring(0, dot)));
        if (py.sys() != null && py.sys().get("argv") instanceof PyList argv && Ops.len(argv) > 0) {
            Ops.setitem(argv, PyInt.of(0), PyStr.of(src.file()));
        }
        return runSource(py, src.source(), src.file(), sinks);
    }

    private static int moduleError(Sinks sinks, String message) {
        sinks.stderr().write("weft: " + message + "\n");
        return 1;
    }

    /** Prints an uncaught exception as CPython does and returns the exit status; SystemExit is special. */
    static int report(Interpreter py, PyException e, Sinks sinks) {
        PyBaseException v = e.value();
        if (v.type().isSubtypeOf(PyExc.SystemExit)) {
            return exitStatus(v, sinks);
        }
        Integer hooked = callExceptHook(py, e, sinks);
        if (hooked != null) {
            return hooked;
        }
        sinks.stderr().write(String.join("", py.formatException(e)));
        return v.type().isSubtypeOf(PyExc.KeyboardInterrupt) ? KILLED_BY_SIGINT : 1;
    }

    /**
     * A program's own {@code sys.excepthook} reports the uncaught exception; null when the hook is
     * the original (or gone), so that the caller prints the traceback itself. A hook that fails is
     * reported, then the original exception. CPython: _PyErr_PrintEx in pythonrun.c.
     */
    private static Integer callExceptHook(Interpreter py, PyException e, Sinks sinks) {
        PyModule sys = py.sys();
        PyObject hook = sys == null ? null : sys.get("excepthook");
        if (hook == null || hook == sys.get("__excepthook__")) {
            return null;
        }
        PyBaseException v = e.value();
        int status = v.type().isSubtypeOf(PyExc.KeyboardInterrupt) ? KILLED_BY_SIGINT : 1;
        PyObject tb = v.getTraceback();
        try {
            Ops.call(hook, v.type(), v, tb == null ? PyNone.NONE : tb);
            return status;
        } catch (PyException hookError) {
            if (hookError.value().type().isSubtypeOf(PyExc.SystemExit)) {
                return exitStatus(hookError.value(), sinks);
            }
            sinks.stderr().write("Error in sys.excepthook:\n");
            sinks.stderr().write(String.join("", py.formatException(hookError)));
            sinks.stderr().write("\nOriginal exception was:\n");
            sinks.stderr().write(String.join("", py.formatException(e)));
            return status;
        }
    }

    // CPython: handle_system_exit in pythonrun.c
    private static int exitStatus(PyBaseException v, Sinks sinks) {
        PyObject code = v instanceof PySystemExit s ? s.exitCode() : PyNone.NONE;
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            // What the OS reports of exit(n): its low 8 bits (CPython passes n to exit(3) as an int);
            // an int past a C long fails to convert and CPython exits with -1
            return (i.isSmall() ? (int) i.longValue() : -1) & 0xff;
        }
        sinks.stderr().write(Ops.str(code).value() + "\n");
        return 1;
    }

    /** The interactive loop: {@code >>> } and {@code ... } prompts, values printed by repr. */
    static final class Repl {
        private final Interpreter py;
        private final Sinks sinks;

        Repl(Interpreter py, Sinks sinks) {
            this.py = py;
            this.sinks = sinks;
        }

        int run() {
            StringBuilder buf = new StringBuilder();
            while (true) {
                sinks.stdout().write(buf.length() == 0 ? ">>> " : "... ");
                sinks.stdout().flush();
                String line = sinks.stdin().readLine();
                if (line == null) {
                    sinks.stdout().write("\n");
                    return 0;
                }
                buf.append(line.endsWith("\n") ? line : line + "\n");
                Integer status = tryRun(buf.toString(), line.isBlank());
                if (status == null) {
                    continue;
                }
                buf.setLength(0);
                if (status >= 0) {
                    return status;
                }
            }
        }

        /** The future features earlier inputs turned on (co_flags bits); this loop's thread only. */
        private int futureFlags;

        /** null: needs more input; -1: ran (or failed) and the loop goes on; else an exit status. */
        private Integer tryRun(String source, boolean blankLine) {
            if (needsMore(source, blankLine)) {
                return null;
            }
            try {
                org.weft.python.runtime.PyCode code = py.compile(source, "<stdin>", Compiler.Kind.SINGLE, futureFlags);
                // A future import holds for the rest of the session, as at CPython's prompt.
                futureFlags |= code.flags & org.weft.python.runtime.PyCode.CO_FUTURE_ANNOTATIONS;
                py.exec(code, py.mainModule().getDict(), py.mainModule().getDict());
            } catch (PyException e) {
                if (e.value().type().isSubtypeOf(PyExc.SystemExit)) {
                    return exitStatus(e.value(), sinks);
                }
                sinks.stderr().write(String.join("", py.formatException(e)));
            }
            return -1;
        }

        /** Like CPython's REPL: unfinished input, or a compound statement not yet ended by a blank line. */
        private static boolean needsMore(String source, boolean blankLine) {
            try {
                org.weft.python.parser.Parser.parse(source, "<stdin>", org.weft.python.parser.Mode.SINGLE);
            } catch (org.weft.python.parser.SyntaxErrorException e) {
                return e.incomplete();
            }
            String first = source.lines().findFirst().orElse("").strip();
            boolean compound = first.endsWith(":") || first.startsWith("@");
            return compound && !blankLine;
        }
    }
}
