package org.weft.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.weft.python.runtime.ArgParser;
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

    static void define(PyModule m) {
        m.put("terminal_size", TERMINAL_SIZE);
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
                    return PyInt.of(SubprocessModule.system(c));
                }));
        OsFiles.fn(m, "get_terminal_size", "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\n"
                + "Return the size of the terminal window as (columns, lines).",
                ArgParser.of("get_terminal_size", "fd=", "/"), a -> terminalSize());
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
    private static PyObject terminalSize() {
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
