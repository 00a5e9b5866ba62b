package org.weft.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * What {@code os} tells about the process and the machine: {@code getpid}, {@code getppid},
 * {@code cpu_count}, the user and group ids, {@code uname}, {@code get_terminal_size} and
 * {@code system} (through {@link SubprocessModule}). Linux
 * facts the JDK does not expose are read from {@code /proc}.
 */
final class OsSystem {

    private OsSystem() {
    }

    static final PyType TERMINAL_SIZE = StructSeq.newType("os.terminal_size",
            "A tuple of (columns, lines) for holding terminal window size", 2, true, "columns", "lines");

    static final PyType UNAME_RESULT = StructSeq.newType("posix.uname_result",
            "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n"
                    + "  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, "
                    + "release, version, and machine.\n\nSee os.uname for more information.", 5, true,
            "sysname", "nodename", "release", "version", "machine");

    static final PyType TIMES_RESULT = StructSeq.newType("posix.times_result",
            "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n"
                    + "  (user, system, children_user, children_system, elapsed),\nor via the attributes user, "
                    + "system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
            5, true, "user", "system", "children_user", "children_system", "elapsed");

    static void define(PyModule m, org.weft.python.Interpreter interpreter) {
        m.put("terminal_size", TERMINAL_SIZE);
        m.put("times_result", TIMES_RESULT);
        fn0(m, "getloadavg", "Return average recent system load information.", OsSystem::loadavg);
        fn0(m, "times", "Return a collection containing process timing information.", OsSystem::times);
        OsFiles.put(m, PyBuiltinFunction.of1("sched_getaffinity", "sched_getaffinity($module, pid, /)\n--\n\n"
                + "Return the affinity of the process identified by pid (or the current process if zero).",
                (self, pid) -> affinity()));
        OsFiles.put(m, PyBuiltinFunction.of2("kill", "kill($module, pid, signal, /)\n--\n\nKill a process with a "
                + "signal.", (self, pid, sig) -> kill(interpreter, pid, sig)));
        fn0(m, "getpid", "Return the current process id.", () -> PyInt.of(ProcessHandle.current().pid()));
        fn0(m, "getppid", "Return the parent's process id.", () -> PyInt.of(
                ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        fn0(m, "cpu_count", "Return the number of CPUs in the system; return None if indeterminable.",
                () -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        fn0(m, "getuid", "Return the current process's user id.", () -> procSelf("uid"));
        fn0(m, "geteuid", "Return the current process's effective user id.", () -> procSelf("uid"));
        fn0(m, "getgid", "Return the current process's group id.", () -> procSelf("gid"));
        fn0(m, "getegid", "Return the current process's effective group id.", () -> procSelf("gid"));
        fn0(m, "uname", "Return an object identifying the current operating system.", OsSystem::uname);
        OsFiles.put(m, PyBuiltinFunction.of1("system", "system($module, /, command)\n--\n\n"
                + "Execute the command in a subshell.", (self, cmd) -> {
                    if (!(cmd instanceof PyStr) && !(cmd instanceof org.weft.python.runtime.PyBytes)) {
                        throw org.weft.python.runtime.PyErr.typeError(
                                "expected str, bytes or os.PathLike object, not %s",
                                org.weft.python.runtime.Ops.typeName(cmd));
                    }
                    String c = cmd instanceof PyStr s ? s.toString()
                            : new String(((org.weft.python.runtime.PyBytes) cmd).value(), java.nio.charset.StandardCharsets.UTF_8);
                    // CPython's event carries the command as the file system's bytes
                    org.weft.python.runtime.AuditHooks.audit("os.system", new org.weft.python.runtime.PyBytes(
                            c.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    return PyInt.of(SubprocessModule.system(c));
                }));
        OsFiles.fn(m, "get_terminal_size", "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\n"
                + "Return the size of the terminal window as (columns, lines).",
                ArgParser.of("get_terminal_size", "fd=", "/"), a -> terminalSize());
    }

    /** The first three fields of /proc/loadavg. CPython: os_getloadavg_impl */
    private static PyObject loadavg() {
        String[] f = proc("/proc/loadavg", "").split("\\s+");
        if (f.length < 3) {
            throw PyErr.format(PyExc.OSError, "Load averages are unobtainable");
        }
        return org.weft.python.runtime.PyTuple.of(PyFloat.of(Double.parseDouble(f[0])),
                PyFloat.of(Double.parseDouble(f[1])), PyFloat.of(Double.parseDouble(f[2])));
    }

    /** User and system CPU seconds of this process and its waited-for children (/proc/self/stat). */
    private static PyObject times() {
        String stat = proc("/proc/self/stat", "");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double hz = 100.0; // USER_HZ, fixed at 100 by the Linux ABI for /proc
        double[] t = new double[4];
        for (int i = 0; i < 4 && 11 + i < f.length; i++) {
            t[i] = Long.parseLong(f[11 + i]) / hz;
        }
        return StructSeq.make(TIMES_RESULT, PyFloat.of(t[0]), PyFloat.of(t[1]), PyFloat.of(t[2]), PyFloat.of(t[3]),
                PyFloat.of(System.nanoTime() / 1e9));
    }

    /** The CPUs this JVM may run on: Java's count already honours the affinity mask and cgroups. */
    private static PyObject affinity() {
        org.weft.python.runtime.PySet cpus = new org.weft.python.runtime.PySet();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            cpus.add(PyInt.of(i));
        }
        return cpus;
    }

    /**
     * {@code os.kill}: to this process, the signal is raised in it ({@code signal.raise_signal});
     * to another, 0 probes it and other signals go through {@code kill(1)}. CPython: os_kill_impl
     */
    private static PyObject kill(org.weft.python.Interpreter interpreter, PyObject pidObj, PyObject sigObj) {
        long pid = Ops.index(pidObj).longValue();
        long sig = Ops.index(sigObj).longValue();
        if (pid == ProcessHandle.current().pid()) {
            if (sig != 0) {
                PyObject signal = interpreter.importer().importModule("signal");
                Ops.call(Ops.getattr(signal, "raise_signal"), new PyObject[] {sigObj}, null);
            }
            return org.weft.python.runtime.PyNone.NONE;
        }
        if (sig == 0) {
            if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                throw PyErr.of(PyExc.ProcessLookupError, PyInt.of(3), PyStr.of("No such process"));
            }
            return org.weft.python.runtime.PyNone.NONE;
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw out.contains("ermission") ? PyErr.of(PyExc.PermissionError, PyInt.of(1), PyStr.of("Operation not permitted"))
                        : PyErr.of(PyExc.ProcessLookupError, PyInt.of(3), PyStr.of("No such process"));
            }
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
        return org.weft.python.runtime.PyNone.NONE;
    }

    interface Query {
        PyObject get();
    }

    private static void fn0(PyModule m, String name, String doc, Query q) {
        OsFiles.put(m, PyBuiltinFunction.of0(name, name + "($module, /)\n--\n\n" + doc, self -> q.get()));
    }

    /** The owner of {@code /proc/self} is the process's (effective) user and group. */
    private static PyObject procSelf(String attribute) {
        try {
            return PyInt.of(((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attribute)).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return PyInt.of(0);
        }
    }

    private static PyObject uname() {
        String machine = System.getProperty("os.arch");
        machine = machine.equals("amd64") ? "x86_64" : machine.equals("arm64") ? "aarch64" : machine;
        return StructSeq.make(UNAME_RESULT, PyStr.of(System.getProperty("os.name")),
                PyStr.of(proc("/proc/sys/kernel/hostname", "localhost")),
                PyStr.of(proc("/proc/sys/kernel/osrelease", System.getProperty("os.version"))),
                PyStr.of(proc("/proc/sys/kernel/version", "")), PyStr.of(machine));
    }

    private static String proc(String file, String fallback) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /**
     * Java cannot ask a terminal its size: the environment's COLUMNS and LINES, else 80x24 (the
     * fallback of {@code shutil.get_terminal_size}).
     */
    /**
     * CPython asks the terminal of fd 1 (ioctl TIOCGWINSZ): no terminal is OSError ENOTTY, as in a
     * pipe, a test or a notebook kernel. The JDK cannot ask a terminal its size, so one that the
     * process has is COLUMNS x LINES, else 80 x 24.
     */
    private static PyObject terminalSize() {
        if (System.console() == null) {
            throw org.weft.python.io.OsErrors.withErrno(25, null); // ENOTTY
        }
        java.util.Map<String, String> env = InterpreterState.current().environMap();
        return StructSeq.make(TERMINAL_SIZE, PyInt.of(envInt(env.get("COLUMNS"), 80)),
                PyInt.of(envInt(env.get("LINES"), 24)));
    }

    private static long envInt(String v, long fallback) {
        try {
            return v == null ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
