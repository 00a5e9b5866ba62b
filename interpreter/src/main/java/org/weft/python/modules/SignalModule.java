package org.weft.python.modules;

import java.util.concurrent.locks.LockSupport;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;
import org.weft.python.threads.PythonThread;

/**
 * {@code _weft_signal}: the Java half of the Python-written {@code signal} module. Arguments are
 * already checked there. Each interpreter has its own {@link SignalTable} and {@link SignalAlarm},
 * made when it first imports this module.
 */
public final class SignalModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_signal";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        SignalTable table = new SignalTable(interpreter.threads());
        SignalAlarm alarm = new SignalAlarm(interpreter.threads());
        table.attach();
        put(m, PyBuiltinFunction.of("set", "set(signum, kind, handler): kind 0 SIG_DFL, 1 SIG_IGN, "
                + "2 default_int_handler, 3 a callable", (self, a, k) -> {
                    SignalTable.Kind kind = SignalTable.Kind.values()[(int) Ops.index(a[1]).longValue()];
                    table.set(signum(a[0]), kind, a[2]);
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of1("raise_signal", "raise_signal($module, signalnum, /)\n--\n\n"
                + "Send a signal to the executing process.", (self, sig) -> {
            int n = signum(sig);
            if (n < 1 || n >= SignalTable.NSIG) {
                throw org.weft.python.runtime.PyErr.valueError("signal number out of range");
            }
            table.raise(n);
            return PyNone.NONE;
        }));
        put(m, PyBuiltinFunction.of1("alarm", null, (self, secs) -> PyInt.of(alarm.set(Ops.index(secs).longValue()))));
        put(m, PyBuiltinFunction.of0("pause", null, self -> pause()));
        put(m, PyBuiltinFunction.of("default_int_handler", "default_int_handler($module, signalnum, frame, /)\n--\n\n"
                + "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.", (self, a, k) -> {
                    org.weft.python.runtime.ArgParser.noKeywords("default_int_handler", k);
                    org.weft.python.runtime.ArgParser.checkPositional("default_int_handler", a.length, 2, 2);
                    throw org.weft.python.runtime.PyErr.of(org.weft.python.runtime.PyExc.KeyboardInterrupt);
                }));
    }

    private static int signum(PyObject o) {
        return (int) Ops.index(o).longValue();
    }

    /** Sleeps until a signal is delivered to this thread (its handler ran and returned). */
    // CPython: signal_pause_impl, pause(2) then the handlers.
    private static PyObject pause() {
        ThreadState ts = ThreadState.current();
        long seen = ts.signalsDelivered();
        while (true) {
            // the handlers run here, outside the bracket: with the GIL on they must hold it
            ts.checkInterrupt();
            if (ts.signalsDelivered() != seen) {
                return PyNone.NONE;
            }
            PythonThread blocked = Blocking.begin(ts);
            try {
                LockSupport.parkNanos(LockWaits.SLICE_NANOS);
            } finally {
                Blocking.end(blocked);
            }
        }
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }
}
