package org.weft.python.modules;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.OsErrors;
import org.weft.python.io.PyBufferedFile;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;

/**
 * {@code _weft_subprocess}: starts child processes on {@link ProcessBuilder} for the Python-written
 * {@code subprocess} module. {@code spawn(argv, cwd, env, stdin, stdout, stderr)} takes the
 * streams already sorted by the Python side: None (inherit), an int code (-1 PIPE, -2 STDOUT,
 * -3 DEVNULL, or the fds 0, 1, 2), an open binary file, bytes to feed to stdin, or
 * {@code (child, 1|2)}, another child's pipe (a pipeline).
 *
 * <p>A child never writes to the JVM's own stdout or stderr: where Python's output goes to a sink
 * (a notebook cell), an inherited stream is piped and copied to that sink ({@link ChildCopier}).
 * An inherited stdin is the process's own only where the run reads that ({@link Sinks.Input#isProcessStdin});
 * elsewhere (a notebook, a test) the child reads /dev/null.
 * No state: each call builds its process.
 */
public final class SubprocessModule implements BuiltinModule {

    private static final int PIPE = -1;
    private static final int STDOUT = -2;
    private static final int DEVNULL = -3;
    // Java 17: "Cannot run program "x": error=2, No such file or directory"; Java 25: "... Exec failed,
    // error: 2 (No such file or directory)".
    private static final Pattern JDK_ERRNO = Pattern.compile("error(?:=|: )(\\d+)");

    @Override
    public String name() {
        return "_weft_subprocess";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("Child", PyChildProcess.TYPE);
        ArgParser spawn = ArgParser.of("spawn", "argv", "cwd", "env", "stdin", "stdout", "stderr");
        m.put("spawn", PyBuiltinFunction.of("spawn", "spawn(argv, cwd, env, stdin, stdout, stderr)",
                (self, args, kw) -> spawn(spawn.parse(args, kw))).bindTo(m));
    }

    /**
     * {@code os.system}: runs {@code command} with /bin/sh, its output in the run's sinks, and
     * returns the wait status (exit status << 8, or the signal that killed it).
     */
    // CPython: os_system_impl, system(3)
    static int system(String command) {
        PyObject none = PyNone.NONE;
        PyChildProcess child = (PyChildProcess) spawn(new PyObject[] {
            PyTuple.of(PyStr.of("/bin/sh"), PyStr.of("-c"), PyStr.of(command)), none, none, none, none, none});
        int rc = child.waitReturncode();
        return rc < 0 ? -rc : (rc & 0xff) << 8;
    }

    private static PyObject spawn(PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            argv.add(args.get(i).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        InterpreterState state = InterpreterState.current();
        Path cwd = a[1] == PyNone.NONE ? state.cwd() : state.resolve(Ops.str(a[1]).toString());
        if (!Files.isDirectory(cwd)) {
            throw OsErrors.withErrno(Files.exists(cwd) ? 20 : 2, a[1]);
        }
        pb.directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        if (a[2] == PyNone.NONE) {
            env.putAll(state.environMap());
        } else {
            // (key, value, key, value, ...), already str
            PyTuple kv = (PyTuple) a[2];
            for (int i = 0; i + 1 < kv.size(); i += 2) {
                env.put(kv.get(i).toString(), kv.get(i + 1).toString());
            }
        }
        int in = code(a[3]);
        int out = code(a[4]);
        int err = code(a[5]);
        boolean inherit = ThreadState.current().sinks().stdin().isProcessStdin();
        pb.redirectInput(in == DEVNULL || (in == 0 && !inherit) ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : in == PIPE || in == Integer.MIN_VALUE ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
        pb.redirectOutput(out == DEVNULL ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        if (err == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err == DEVNULL ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw startError(e, a[0]);
        }
        return wire(p, a, in, out, err);
    }

    /** The int code of a stream spec, or MIN_VALUE for a non-int (a file, bytes, a pipe of another child). */
    private static int code(PyObject spec) {
        if (spec == PyNone.NONE) {
            return 0;
        }
        if (spec instanceof PyInt i) {
            return (int) i.longValue();
        }
        return Integer.MIN_VALUE;
    }

    private static PyObject wire(Process p, PyObject[] a, int in, int out, int err) {
        Sinks sinks = ThreadState.current().sinks();
        List<ChildCopier> copiers = new ArrayList<>();
        String tag = "subprocess-" + p.pid();
        OutputStream stdin = null;
        if (in == PIPE) {
            stdin = p.getOutputStream();
        } else if (in == Integer.MIN_VALUE) {
            feedStdin(p, a[3], tag);
        }
        ChildPipe stdout = out == PIPE ? ChildPipe.pump(p.getInputStream(), tag + "-stdout") : null;
        if (stdout == null && out != DEVNULL) {
            copiers.add(ChildCopier.start(p.getInputStream(), target(a[4], out, sinks), tag + "-stdout"));
        }
        ChildPipe stderr = null;
        if (err == PIPE) {
            stderr = ChildPipe.pump(p.getErrorStream(), tag + "-stderr");
        } else if (err != STDOUT && err != DEVNULL) {
            copiers.add(ChildCopier.start(p.getErrorStream(), target(a[5], err == 0 ? 2 : err, sinks), tag + "-stderr"));
        }
        return new PyChildProcess(p, stdin, stdout, stderr, copiers.toArray(new ChildCopier[0]));
    }

    /** stdin given as bytes (a file's contents, read by the Python side) or another child's pipe. */
    private static void feedStdin(Process p, PyObject spec, String tag) {
        OutputStream to = p.getOutputStream();
        if (spec instanceof PyTuple t && t.size() == 2 && t.get(0) instanceof PyChildProcess other) {
            ChildPipe from = Ops.index(t.get(1)).longValue() == 2 ? other.stderr : other.stdout;
            if (from == null) {
                throw PyErr.valueError("no such pipe");
            }
            try {
                from.forwardTo(ChildCopier.stream(to));
            } catch (IOException e) {
                // the new child already stopped reading
            }
            return;
        }
        byte[] data = ((PyBytes) spec).value();
        InputStream src = new java.io.ByteArrayInputStream(data);
        ChildCopier.start(src, ChildCopier.stream(to), tag + "-stdin");
    }

    private static ChildCopier.Target target(PyObject spec, int code, Sinks sinks) {
        if (spec instanceof PyBufferedFile f) {
            return ChildCopier.file(f.stream());
        }
        if (code == 2) {
            return ChildCopier.sink(sinks.stderr());
        }
        if (code == 0 || code == 1) {
            return ChildCopier.sink(sinks.stdout());
        }
        throw OsErrors.withErrno(9, null);
    }

    /** The JDK reports exec failures with the errno in its message (JDK_ERRNO); CPython names the program. */
    private static RuntimeException startError(IOException e, PyObject argv) {
        Matcher m = JDK_ERRNO.matcher(String.valueOf(e.getMessage()));
        PyObject program = ((PyTuple) argv).get(0);
        if (m.find()) {
            return OsErrors.withErrno(Integer.parseInt(m.group(1)), program);
        }
        return PyErr.format(org.weft.python.runtime.PyExc.OSError, "%s", String.valueOf(e.getMessage()));
    }
}
