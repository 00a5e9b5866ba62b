package org.weft.kernel.threads;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.ThreadState;

/**
 * {@code _weft_threads}: the threads magics' primitives (module {@code _weft_magics.threads} and
 * {@code timing}). Made on the kernel's execution thread, it starts watching that thread and every
 * thread started from it (a {@link ThreadRegistry}). Times cross to Python as float seconds.
 *
 * <p>State: the registry (final) and the measurements in progress, by id (a concurrent map: a
 * magic may run on any thread).
 */
public final class ThreadsModule implements BuiltinModule {
    private final ThreadRegistry registry;
    private final Map<Long, Measurement> measuring = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Watches the calling thread (state {@code main}) and its threads; {@code cellCount}: the running cell. */
    public ThreadsModule(ThreadState main, IntSupplier cellCount) {
        this.registry = new ThreadRegistry(main, cellCount, new CpuClock());
    }

    public ThreadRegistry registry() {
        return registry;
    }

    @Override
    public String name() {
        return "_weft_threads";
    }

    @Override
    public void exec(PyModule m, Interpreter py) {
        m.put("__doc__", PyStr.of("Per-thread accounting and timelines for the kernel's threads magics."));
        measuring(m);
        threads(m, py);
        interpreter(m, py);
    }

    /** CPU times and measurements of cells. */
    private void measuring(PyModule m) {
        m.put("cpu_times", PyBuiltinFunction.of0("cpu_times",
                "cpu_times()\n--\n\n(total, utime_ticks, stime_ticks): CPU seconds of every thread of the "
                        + "process, ended ones included, and the process's user and system clock ticks (-1 "
                        + "where unknown), whose ratio splits a difference of totals into user and system time.",
                self -> {
                    long[] ticks = registry.clock().processTicks();
                    return PyTuple.of(seconds(registry.processCpu()),
                            PyInt.of(ticks == null ? -1 : ticks[0]), PyInt.of(ticks == null ? -1 : ticks[1]));
                }));
        m.put("measure", PyBuiltinFunction.of1("measure",
                "measure(sample_ms, /)\n--\n\nStarts measuring this thread's cell (sampling states every "
                        + "sample_ms when > 0); returns an id for finish().",
                (self, sample) -> PyInt.of(measure(toDouble(sample)))));
        m.put("finish", PyBuiltinFunction.of("finish",
                "finish(id, title, alive, /)\n--\n\nEnds a measurement: {'wall', 'rows', 'svg', 'samples'}. "
                        + "alive: the idents of the threads Python still counts as running.",
                (self, args, kwnames) -> {
                    ArgParser.noKeywords("finish", kwnames);
                    ArgParser.checkPositional("finish", args.length, 3, 3);
                    return finish(Ops.index(args[0]).longValue(), Ops.str(args[1]).value(), idents(args[2]));
                }));
    }

    /** The live threads: listing, naming, start order, interrupting. */
    private void threads(PyModule m, Interpreter py) {
        m.put("live", PyBuiltinFunction.of0("live",
                "live()\n--\n\nThe live Python threads: a list of dicts (ident, name, state, cpu, cell, order).",
                self -> live()));
        m.put("set_name", PyBuiltinFunction.of2("set_name",
                "set_name(ident, name, /)\n--\n\nNames a thread in tables and timelines.",
                (self, ident, name) -> {
                    ThreadRecord r = registry.byIdent(Ops.index(ident).longValue());
                    if (r != null) {
                        r.setName(Ops.str(name).value());
                    }
                    return PyNone.NONE;
                }));
        m.put("order", PyBuiltinFunction.of1("order",
                "order(ident, /)\n--\n\nThe kernel-wide start order of a live thread (0: the execution "
                        + "thread or unknown).",
                (self, ident) -> {
                    ThreadRecord r = registry.byIdent(Ops.index(ident).longValue());
                    return PyInt.of(r == null ? 0 : r.order());
                }));
        m.put("started_count", PyBuiltinFunction.of0("started_count",
                "started_count()\n--\n\nThe number of threads started so far.",
                self -> PyInt.of(registry.startedCount())));
        m.put("interrupt", PyBuiltinFunction.of1("interrupt",
                "interrupt(ident, /)\n--\n\nRaises KeyboardInterrupt in that thread; False when it is gone.",
                (self, ident) -> PyBool.of(py.interruptThread(Ops.index(ident).longValue()))));
    }

    /** The GIL's mode and the cores. */
    private static void interpreter(PyModule m, Interpreter py) {
        m.put("set_gil", PyBuiltinFunction.of1("set_gil",
                "set_gil(on, /)\n--\n\nSwitches the GIL on or off.",
                (self, on) -> {
                    py.setGilEnabled(Ops.isTrue(on));
                    return PyNone.NONE;
                }));
        m.put("gil", PyBuiltinFunction.of0("gil", "gil()\n--\n\nTrue when the GIL is on.",
                self -> PyBool.of(py.isGilEnabled())));
        m.put("nproc", PyBuiltinFunction.of0("nproc", "nproc()\n--\n\nThe cores the JVM sees.",
                self -> PyInt.of(Runtime.getRuntime().availableProcessors())));
    }

    private long measure(double sampleMs) {
        Measurement m = registry.open(ThreadState.current());
        if (sampleMs > 0) {
            m.sample((long) (sampleMs * 1e6));
        }
        long id = ids.incrementAndGet();
        measuring.put(id, m);
        return id;
    }

    private PyObject finish(long id, String title, java.util.Set<Long> alive) {
        Measurement m = measuring.remove(id);
        if (m == null) {
            throw PyErr.valueError("no measurement %d", id);
        }
        m.settle(alive::contains);
        List<ThreadRow> rows = m.close();
        PyList list = new PyList();
        for (ThreadRow row : rows) {
            list.append(rowDict(row));
        }
        PyDict out = new PyDict();
        out.setItem("wall", seconds(m.wallNanos()));
        out.setItem("rows", list);
        out.setItem("samples", PyInt.of(m.samples()));
        out.setItem("sampler_cpu", seconds(m.samplerCpuNanos()));
        out.setItem("svg", m.samples() == 0 ? PyNone.NONE
                : PyStr.of(TimelineSvg.render(rows, m.startNanos(), m.wallNanos(), title(rows, m, title))));
        return out;
    }

    /** The timeline's title: wall time, CPU time, parallelism, then the caller's words (the GIL's mode). */
    static String title(List<ThreadRow> rows, Measurement m, String words) {
        long cpu = 0;
        for (ThreadRow r : rows) {
            cpu += r.cpu();
        }
        double wall = Math.max(1, m.wallNanos());
        return String.format(Locale.ROOT, "Wall %.1f ms \u00b7 CPU %.1f ms \u00b7 parallelism %.2f \u00b7 %d thread%s \u00b7 %s",
                wall / 1e6, cpu / 1e6, cpu / wall, rows.size(), rows.size() == 1 ? "" : "s", words);
    }

    private static PyDict rowDict(ThreadRow row) {
        PyDict d = new PyDict();
        d.setItem("ident", PyInt.of(row.ident()));
        d.setItem("name", row.name() == null ? PyNone.NONE : PyStr.of(row.name()));
        d.setItem("cell", PyInt.of(row.cell()));
        d.setItem("order", PyInt.of(row.record().order()));
        d.setItem("older", PyBool.of(row.older()));
        d.setItem("start", seconds(row.start()));
        d.setItem("end", seconds(row.end()));
        d.setItem("alive", PyBool.of(row.alive()));
        d.setItem("wall", seconds(row.wall()));
        d.setItem("cpu", seconds(row.cpu()));
        d.setItem("blocked", seconds(row.blocked()));
        if (row.lane() != null) {
            long[] t = row.lane().totals();
            PyDict states = new PyDict();
            for (LaneState s : LaneState.values()) {
                states.setItem(s.name().toLowerCase(Locale.ROOT), seconds(t[s.ordinal()]));
            }
            d.setItem("states", states);
        }
        return d;
    }

    private PyObject live() {
        PyList list = new PyList();
        for (ThreadRecord r : registry.liveThreads()) {
            PyDict d = new PyDict();
            d.setItem("ident", PyInt.of(r.ident()));
            d.setItem("name", r.name() == null ? PyNone.NONE : PyStr.of(r.name()));
            d.setItem("state", PyStr.of(TimelineSampler.classify(r).name().toLowerCase(Locale.ROOT)));
            d.setItem("cpu", seconds(Math.max(0, r.cpuNanos(registry.clock()))));
            d.setItem("cell", PyInt.of(r.cell()));
            d.setItem("order", PyInt.of(r.order()));
            list.append(d);
        }
        return list;
    }

    private static java.util.Set<Long> idents(PyObject iterable) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.add(Ops.index(x).longValue());
        }
        return out;
    }

    private static PyFloat seconds(long nanos) {
        return PyFloat.of(nanos / 1e9);
    }

    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        return Ops.index(v).doubleValue();
    }
}
