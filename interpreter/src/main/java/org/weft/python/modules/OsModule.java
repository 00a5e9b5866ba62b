package org.weft.python.modules;

import java.security.SecureRandom;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.FsPath;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The {@code os} module, posix flavour: constants, {@code os.path} (the posixpath module),
 * {@code environ} and the process queries here; the file functions in {@link OsFiles} and
 * {@link OsFileExtras}; {@link OsSystem} for what describes the machine. CPython: Lib/os.py over
 * Modules/posixmodule.c.
 */
public final class OsModule implements BuiltinModule {

    @Override
    public String name() {
        return "os";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("OS routines for NT or Posix depending on what system we're on."));
        constants(m);
        PyObject path = interpreter.importer().importModule("posixpath");
        m.put("path", path);
        interpreter.modules().setItem(PyStr.of("os.path"), path);
        m.put("environ", new OsEnviron(interpreter.moduleState().environ()));
        m.put("error", PyExc.OSError);
        // an abstract base class, so that anything with __fspath__ is an instance (CPython's os.py)
        m.put("PathLike", Ops.getattr(interpreter.importer().importModule("_weft_pathlike"), "PathLike"));
        // os.popen is Python over subprocess, as in CPython's os.py
        PyObject popen = interpreter.importer().importModule("_weft_popen");
        m.put("popen", Ops.getattr(popen, "popen"));
        m.put("_wrap_close", Ops.getattr(popen, "_wrap_close"));
        m.put("stat_result", OsStat.STAT_RESULT);
        m.put("DirEntry", OsScandir.DirEntry.TYPE);
        environment(m);
        OsFiles.define(m);
        OsFds.define(m);
        OsSystem.define(m, interpreter);
        OsExit.define(m, interpreter);
        OsWaitStatus.define(m);
        OsFiles.put(m, PyBuiltinFunction.of1("fspath", "fspath($module, /, path)\n--\n\nReturn the file system "
                + "path representation of the object.", (self, p) -> fspath(p)));
        OsFiles.put(m, PyBuiltinFunction.of1("fsencode", "fsencode(filename)\n--\n\nEncode filename (an "
                + "os.PathLike, bytes, or str) to the filesystem encoding with 'surrogateescape' error handler, "
                + "return bytes unchanged.", (self, p) -> fsencode(p)));
        OsFiles.put(m, PyBuiltinFunction.of1("fsdecode", "fsdecode(filename)\n--\n\nDecode filename (an "
                + "os.PathLike, bytes, or str) from the filesystem encoding with 'surrogateescape' error "
                + "handler, return str unchanged.", (self, p) -> fsdecode(p)));
        OsFiles.put(m, PyBuiltinFunction.of1("strerror", "strerror($module, code, /)\n--\n\nTranslate an error "
                + "code to a message string.", (self, c) -> PyStr.of(ErrnoModule.strerror(
                        (int) Ops.index(c).longValue()))));
        OsFiles.put(m, PyBuiltinFunction.of1("urandom", "urandom($module, size, /)\n--\n\nReturn a bytes object "
                + "containing random bytes suitable for cryptographic use.", (self, n) -> urandom(n)));
    }

    private static void constants(PyModule m) {
        for (String[] c : new String[][] {{"name", "posix"}, {"sep", "/"}, {"linesep", "\n"}, {"pathsep", ":"},
                {"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"defpath", "/bin:/usr/bin"},
                {"devnull", "/dev/null"}}) {
            m.put(c[0], PyStr.of(c[1]));
        }
        m.put("altsep", PyNone.NONE);
        m.put("supports_bytes_environ", PyBool.TRUE);
        Object[][] ints = {{"F_OK", OsFileExtras.F_OK}, {"R_OK", OsFileExtras.R_OK}, {"W_OK", OsFileExtras.W_OK},
            {"X_OK", OsFileExtras.X_OK}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"O_RDONLY", 0},
            {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_CREAT", 64}, {"O_EXCL", 128}, {"O_TRUNC", 512},
            {"O_APPEND", 1024}, {"O_NONBLOCK", 2048}, {"O_DIRECTORY", 65536}, {"O_NOFOLLOW", 131072},
            {"O_CLOEXEC", 524288}, {"EX_OK", 0},
            // Linux's values of the rest, so that programs testing flags (flags & O_ACCMODE) run
            {"O_ACCMODE", 3}, {"O_SYNC", 1052672}, {"O_DSYNC", 4096}, {"O_RSYNC", 1052672}, {"O_FSYNC", 1052672},
            {"O_NOCTTY", 256}, {"O_NDELAY", 2048}, {"O_ASYNC", 8192}, {"O_DIRECT", 16384}, {"O_LARGEFILE", 0},
            {"O_NOATIME", 262144}, {"O_PATH", 2097152}, {"O_TMPFILE", 4259840}, {"SEEK_DATA", 3}, {"SEEK_HOLE", 4},
            {"TMP_MAX", 238328}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
            {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
            {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
            {"EX_CONFIG", 78}};
        for (Object[] c : ints) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
    }

    private static void environment(PyModule m) {
        OsFiles.fn(m, "getenv", "getenv(key, default=None)\n\nGet an environment variable, return None if it "
                + "doesn't exist.\n    The optional second argument can specify an alternate default.\n    key, "
                + "default and the result are str.", ArgParser.of("getenv", "key=", "default="), a -> {
                    if (a[0] == null) { // CPython's getenv is a Python function in os.py: its message
                        throw PyErr.typeError("getenv() missing 1 required positional argument: 'key'");
                    }
                    PyObject v = InterpreterState.current().environ().getItem(OsEnviron.checkStr(a[0]));
                    return v != null ? v : a[1] == null ? PyNone.NONE : a[1];
                });
        // CPython: putenv/unsetenv change the process environment, which os.environ does not read back;
        // Java cannot change it, so they only check their arguments.
        OsFiles.fn(m, "putenv", "putenv($module, name, value, /)\n--\n\nChange or add an environment variable.",
                ArgParser.of("putenv", "name", "value", "/"), a -> {
                    checkName(a[0]);
                    OsEnviron.checkStr(a[1]);
                    return PyNone.NONE;
                });
        OsFiles.fn(m, "unsetenv", "unsetenv($module, name, /)\n--\n\nDelete an environment variable.",
                ArgParser.of("unsetenv", "name", "/"), a -> {
                    checkName(a[0]);
                    return PyNone.NONE;
                });
    }

    // CPython: os_putenv_impl in posixmodule.c
    private static void checkName(PyObject name) {
        String n = OsEnviron.checkStr(name).value();
        if (n.isEmpty()) {
            throw org.weft.python.io.OsErrors.withErrno(org.weft.python.io.OsErrors.EINVAL, null);
        }
        if (n.indexOf('=') >= 0) {
            throw PyErr.valueError("illegal environment variable name");
        }
    }

    // CPython: PyOS_FSPath in posixmodule.c
    static PyObject fspath(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes) {
            return p;
        }
        return PyStr.of(FsPath.of(p));
    }

    // CPython: os.fsencode in os.py (the file system encoding here is always UTF-8)
    private static PyObject fsencode(PyObject p) {
        PyObject path = fspath(p);
        return path instanceof PyStr ? Ops.callMethod(path, "encode", PyStr.of("utf-8"), PyStr.of("surrogateescape"))
                : path;
    }

    // CPython: os.fsdecode in os.py
    private static PyObject fsdecode(PyObject p) {
        PyObject path = fspath(p);
        return path instanceof PyBytes ? Ops.callMethod(path, "decode", PyStr.of("utf-8"), PyStr.of("surrogateescape"))
                : path;
    }

    private static PyObject urandom(PyObject n) {
        long size = Ops.index(n).longValue();
        if (size < 0) {
            throw PyErr.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) size];
        new SecureRandom().nextBytes(b);
        return PyBytes.of(b);
    }
}
