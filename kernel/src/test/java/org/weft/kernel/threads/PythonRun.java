package org.weft.kernel.threads;

import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.PythonThread;

/**
 * A real interpreter whose threads a {@link ThreadsModule} watches, run from the calling thread
 * as the kernel's execution thread runs cells: the tests' fixture (no kernel, no sockets).
 */
final class PythonRun {
    final Interpreter py = new Interpreter();
    final ThreadsModule module;
    final ThreadRegistry registry;
    final ThreadState main = ThreadState.current();
    int cell = 1;

    PythonRun() {
        main.setInterpreter(py);
        module = new ThreadsModule(main, () -> cell);
        registry = module.registry();
        py.addBuiltinModule(module);
    }

    /** Runs {@code code} as a cell on the calling thread; fails the test on a Python error. */
    void run(String code) {
        PythonThread t = py.threads().enter(main);
        try {
            RunResult r = py.runCell(code, "<test cell " + cell + ">", Sinks.SYSTEM);
            if (r.failed()) {
                throw new AssertionError(String.join("", py.formatException(r.exception())));
            }
        } finally {
            py.threads().exit(t);
        }
    }

    /** A Python expression's value, as its repr. */
    String eval(String expression) {
        run("__result = repr(" + expression + ")");
        return ((org.weft.python.runtime.PyStr) py.eval("__result", py.mainModule())).value();
    }
}
