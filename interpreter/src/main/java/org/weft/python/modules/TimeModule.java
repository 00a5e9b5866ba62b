package org.weft.python.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.LockSupport;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;
import org.weft.python.threads.PythonThread;

/**
 * The {@code time} module: clocks and sleep. sleep() parks in short slices and polls the thread's
 * interrupt flag between them, so KeyboardInterrupt wakes it (DESIGN.md, free-threading rule 7).
 * CPython: Modules/timemodule.c.
 */
public final class TimeModule implements BuiltinModule {

    /** Longest uninterrupted park: how late a sleeping thread may notice an interrupt. */
    private static final long SLICE_NANOS = 10_000_000L;

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        clock(m, "time", "Return the current time in seconds since the Epoch.", TimeModule::epochNanos);
        clock(m, "perf_counter", "Performance counter for benchmarking.", System::nanoTime);
        clock(m, "monotonic", "Monotonic clock, cannot go backward.", System::nanoTime);
        clock(m, "process_time", "Process time for profiling: sum of the kernel and user-space CPU time.",
                TimeModule::processCpuNanos);
        clock(m, "thread_time", "Thread time for profiling: sum of the kernel and user-space CPU time.",
                TimeModule::threadCpuNanos);
        GcModule.put(m, PyBuiltinFunction.of1("sleep", "sleep(seconds)\n\nDelay execution for a given number of "
                + "seconds.  The argument may be\na floating point number for subsecond precision.",
                (self, secs) -> sleep(secs)));
        TimeCalendar.define(m);
        GcModule.put(m, PyBuiltinFunction.of("strptime", "strptime(string, format) -> struct_time\n\nParse a string "
                + "to a time tuple according to a format specification.\nSee the library reference manual for "
                + "formatting codes (same as\nstrftime()).\n\nCommonly used format codes:\n\n%Y  Year with century "
                + "as a decimal number.\n%m  Month as a decimal number [01,12].\n%d  Day of the month as a decimal "
                + "number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n%M  Minute as a decimal "
                + "number [00,59].\n%S  Second as a decimal number [00,61].",
                (self, a, k) -> strptime(interpreter, a, k)));
    }

    // CPython: time_strptime in timemodule.c, which calls _strptime._strptime_time
    private static PyObject strptime(Interpreter interpreter, PyObject[] a, String[] k) {
        ArgParser.noKeywords("strptime", k);
        ArgParser.checkPositional("strptime", a.length, 1, 2);
        PyObject format = a.length > 1 ? a[1] : PyStr.of("%a %b %d %H:%M:%S %Y");
        PyObject util = interpreter.importer().importModule("_weft_datetime_util");
        PyObject fields = Ops.call(Ops.getattr(util, "_time_strptime"), new PyObject[] {a[0], format}, null);
        return StructSeq.make(Tm.STRUCT_TIME, ((org.weft.python.runtime.PyTuple) fields).items());
    }

    interface NanoClock {
        long nanos();
    }

    /** {@code name()} as float seconds and {@code name_ns()} as int nanoseconds. */
    private static void clock(PyModule m, String name, String doc, NanoClock c) {
        GcModule.put(m, PyBuiltinFunction.of0(name, name + "() -> floating point number\n\n" + doc,
                self -> PyFloat.of(c.nanos() / 1e9)));
        GcModule.put(m, PyBuiltinFunction.of0(name + "_ns", name + "_ns() -> int\n\n" + doc.replace(
                "seconds", "nanoseconds"), self -> PyInt.of(c.nanos())));
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return threadCpuNanos();
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    // CPython: pysleep in timemodule.c
    static PyObject sleep(PyObject secs) {
        double s;
        if (secs instanceof PyFloat f) {
            s = f.value();
        } else if (secs instanceof PyInt i) {
            s = i.doubleValue();
        } else {
            s = Ops.index(secs).doubleValue();
        }
        if (Double.isNaN(s)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw PyErr.valueError("sleep length must be non-negative");
        }
        ThreadState ts = ThreadState.current();
        long deadline = System.nanoTime() + (long) Math.min(s * 1e9, Long.MAX_VALUE / 2.0);
        long left;
        // Shown as sleeping, not waiting, by the kernel's %%timeline (the outer bracket names it).
        ts.beginBlocked(ThreadState.Activity.SLEEPING);
        try {
            // With the GIL on, a sleeping thread gives it up (CPython: Py_BEGIN_ALLOW_THREADS in pysleep).
            PythonThread blocked = Blocking.begin(ts);
            try {
                while ((left = deadline - System.nanoTime()) > 0) {
                    ts.checkInterrupt();
                    LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
                }
            } finally {
                Blocking.end(blocked);
            }
        } finally {
            ts.endBlocked();
        }
        ts.checkInterrupt();
        return PyNone.NONE;
    }
}
