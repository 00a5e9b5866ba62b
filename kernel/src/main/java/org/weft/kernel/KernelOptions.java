package org.weft.kernel;

import java.nio.file.Path;

import org.weft.kernel.history.HistoryStore;
import java.util.List;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * How the kernel was started: {@code -f CONNECTION_FILE [--debug]}, as Jupyter's kernelspec argv
 * gives them, plus where history is kept.
 */
record KernelOptions(Path connectionFile, boolean debug, Path historyFile, long stackBytes, List<String> argv) {

    /** The execution thread's stack: deep recursion (sys.setrecursionlimit(10000)) must not overflow it. */
    static final long STACK_BYTES = 256L * 1024 * 1024;

    static KernelOptions parse(String[] args) {
        Path file = null;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-f") || a.equals("--connection-file")) && i + 1 < args.length) {
                file = Path.of(args[++i]);
            } else if (a.startsWith("--connection-file=")) {
                file = Path.of(a.substring("--connection-file=".length()));
            } else if (a.equals("--debug")) {
                debug = true;
            } else {
                throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("missing -f CONNECTION_FILE");
        }
        return new KernelOptions(file, debug, defaultHistoryFile(), STACK_BYTES, List.of(args));
    }

    /**
     * Where the history file lives for this user (see {@link HistoryStore#defaultLocation}); found
     * without starting SLF4J, which the kernel leaves until its sockets are bound.
     */
    static Path defaultHistoryFile() {
        return HistoryStore.defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * sys.argv as ipykernel has it (the launcher, then {@code -f FILE}), and the working
     * directory first on sys.path, so a notebook imports the modules beside it.
     */
    void configure(Interpreter py) {
        py.setScriptDirectory(System.getProperty("user.dir"));
        PyObject sys = py.sys();
        PyList argv = new PyList();
        argv.append(PyStr.of("weft-kernel"));
        for (String a : this.argv) {
            argv.append(PyStr.of(a));
        }
        Ops.setattr(sys, "argv", argv);
        PyObject path = Ops.getattr(sys, "path");
        if (path instanceof PyList list && (list.size() == 0 || !"".equals(Ops.str(list.get(0)).value()))) {
            Ops.callMethod(list, "insert", org.weft.python.runtime.PyInt.of(0), PyStr.of(""));
        }
    }
}
