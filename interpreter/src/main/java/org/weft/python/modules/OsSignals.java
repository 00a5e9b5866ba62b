package org.weft.python.modules;

import java.util.HashMap;
import java.util.Map;

import org.weft.python.threads.PythonThreads;

/**
 * The process-wide side of {@code signal.signal}: an operating-system signal for which Python
 * installed a handler is caught by the JVM ({@code sun.misc.Signal}, module jdk.unsupported) and
 * passed to the interpreter's main thread. Signal dispositions are process state by nature, as in
 * CPython; the handlers the JVM had before (its own shutdown on SIGTERM and SIGHUP) are kept and
 * restored when Python sets SIG_DFL again. The JVM keeps a few signals for itself (SIGQUIT, SIGFPE,
 * SIGSEGV, SIGILL): their Python handlers run only for {@code raise_signal}.
 */
final class OsSignals {

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
        "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    private final PythonThreads threads;
    /** The JVM's handler before Python's, per signal; guarded by this. */
    private final Map<Integer, sun.misc.SignalHandler> saved = new HashMap<>();

    OsSignals(PythonThreads threads) {
        this.threads = threads;
    }

    /** Catches signal {@code signum} for Python (true) or gives it back to the JVM's handler (false). */
    synchronized void route(int signum, boolean toPython) {
        if (signum >= NAMES.length || NAMES[signum] == null) {
            return;
        }
        try {
            sun.misc.Signal sig = new sun.misc.Signal(NAMES[signum]);
            if (toPython && !saved.containsKey(signum)) {
                saved.put(signum, sun.misc.Signal.handle(sig, s -> threads.signalMain(signum)));
            } else if (!toPython && saved.containsKey(signum)) {
                sun.misc.Signal.handle(sig, saved.remove(signum));
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // kept by the JVM (or not on this system): only raise_signal reaches the Python handler
        }
    }
}
