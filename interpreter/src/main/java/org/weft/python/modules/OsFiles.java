package org.weft.python.modules;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.weft.python.io.FsPath;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyOSError;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The file-system functions of {@code os}: the working directory, listing, stat, creating,
 * removing and renaming, on java.nio.file. A relative path resolves against the interpreter's
 * current directory ({@link InterpreterState#cwd()}), since Java cannot change the process's.
 */
final class OsFiles {

    private OsFiles() {
    }

    /** A file-system action that may fail with an IOException. */
    interface Io<T> {
        T run() throws IOException;
    }

    /** Runs {@code action}; its IOException becomes the OSError naming {@code filename}. */
    static <T> T io(PyObject filename, Io<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw OsErrors.of(e, filename);
        }
    }

    /** The path argument of {@code fn} resolved against the interpreter's cwd. */
    static Path path(PyObject arg, String fn) {
        String p = arg instanceof PyBytes b ? new String(b.value(), java.nio.charset.StandardCharsets.UTF_8)
                : FsPath.of(arg, fn, "path");
        if (p.indexOf('\0') >= 0) {
            throw PyErr.valueError("%s: embedded null character in path", fn);
        }
        if (p.isEmpty()) {
            // resolving "" would name the current directory; the system finds nothing by that name
            throw OsErrors.withErrno(OsErrors.ENOENT, arg);
        }
        return InterpreterState.current().resolve(p);
    }

    static void define(PyModule m) {
        put(m, PyBuiltinFunction.of0("getcwd", "getcwd($module, /)\n--\n\nReturn a unicode string representing "
                + "the current working directory.", self -> PyStr.of(InterpreterState.current().cwd().toString())));
        put(m, PyBuiltinFunction.of0("getcwdb", "getcwdb($module, /)\n--\n\nReturn a bytes string representing "
                + "the current working directory.", self -> PyBytes.of(InterpreterState.current().cwd().toString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        put(m, PyBuiltinFunction.of1("chdir", "chdir($module, /, path)\n--\n\nChange the current working "
                + "directory to the specified path.", (self, p) -> chdir(p)));
        fn(m, "listdir", "listdir($module, /, path=None)\n--\n\nReturn a list containing the names of the "
                + "files in the directory.", ArgParser.of("listdir", "path="), a -> listdir(a[0]));
        fn(m, "stat", "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat "
                + "system call on the given path.", ArgParser.of("stat", "path", "*", "dir_fd=", "follow_symlinks="),
                a -> io(a[0], () -> OsStat.stat(path(a[0], "stat"), a[2] == null || Ops.isTrue(a[2]))));
        fn(m, "lstat", "lstat($module, /, path, *, dir_fd=None)\n--\n\nPerform a stat system call on the "
                + "given path, without following symbolic links.", ArgParser.of("lstat", "path", "*", "dir_fd="),
                a -> io(a[0], () -> OsStat.stat(path(a[0], "lstat"), false)));
        fn(m, "mkdir", "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory.",
                ArgParser.of("mkdir", "path", "mode=", "*", "dir_fd="), a -> mkdir(a[0], a[1]));
        fn(m, "makedirs", "makedirs(name, mode=0o777, exist_ok=False)\n\nSuper-mkdir; create a leaf directory "
                + "and all intermediate ones.", ArgParser.of("makedirs", "name", "mode=", "exist_ok="),
                a -> makedirs(a[0], a[1], a[2] != null && Ops.isTrue(a[2])));
        for (String name : new String[] {"remove", "unlink"}) {
            fn(m, name, name + "($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as "
                    + (name.equals("remove") ? "unlink" : "remove") + "()).",
                    ArgParser.of(name, "path", "*", "dir_fd="), a -> remove(a[0], name));
        }
        fn(m, "rmdir", "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory.",
                ArgParser.of("rmdir", "path", "*", "dir_fd="), a -> rmdir(a[0]));
        fn(m, "removedirs", "removedirs(name)\n\nSuper-rmdir; remove a leaf directory and all empty "
                + "intermediate ones.", ArgParser.of("removedirs", "name"), a -> removedirs(a[0]));
        for (String name : new String[] {"rename", "replace"}) {
            fn(m, name, name + "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\n"
                    + "Rename a file or directory.",
                    ArgParser.of(name, "src", "dst", "*", "src_dir_fd=", "dst_dir_fd="), a -> rename(a[0], a[1], name));
        }
        OsFileExtras.define(m);
        OsFileChanges.define(m);
    }

    interface Body {
        PyObject call(PyObject[] parsed);
    }

    static void fn(PyModule m, String name, String doc, ArgParser parser, Body body) {
        put(m, PyBuiltinFunction.of(name, doc, (self, a, k) -> body.call(parser.parse(a, k))));
    }

    static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    // CPython: os_chdir_impl in posixmodule.c
    private static PyObject chdir(PyObject arg) {
        Path p = path(arg, "chdir");
        if (!Files.exists(p)) {
            throw OsErrors.withErrno(OsErrors.ENOENT, arg);
        }
        if (!Files.isDirectory(p)) {
            throw OsErrors.withErrno(OsErrors.ENOTDIR, arg);
        }
        InterpreterState.current().setCwd(io(arg, () -> p.toRealPath()));
        return PyNone.NONE;
    }

    // CPython: os_listdir_impl in posixmodule.c (order is the directory's, as readdir gives it)
    private static PyObject listdir(PyObject arg) {
        PyObject given = arg == null || arg == PyNone.NONE ? PyStr.of(".") : arg;
        Path dir = path(given, "listdir");
        boolean bytes = given instanceof PyBytes;
        PyList out = new PyList();
        io(given, () -> {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    String name = e.getFileName().toString();
                    out.append(bytes ? PyBytes.of(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            : PyStr.of(name));
                }
            }
            return null;
        });
        return out;
    }

    // CPython: os_mkdir_impl in posixmodule.c (mode bits applied as given, less nothing: no umask here)
    private static PyObject mkdir(PyObject arg, PyObject mode) {
        Path p = path(arg, "mkdir");
        io(arg, () -> Files.createDirectory(p));
        if (mode != null && Ops.index(mode).longValue() != 0777) {
            chmod(p, arg, Ops.index(mode).longValue() & 0777);
        }
        return PyNone.NONE;
    }

    // CPython: os.makedirs in Lib/os.py
    private static PyObject makedirs(PyObject name, PyObject mode, boolean existOk) {
        String n = FsPath.of(name, "makedirs", "name");
        String[] ht = PosixPaths.split(n);
        String head = ht[0];
        String tail = ht[1];
        if (tail.isEmpty()) {
            ht = PosixPaths.split(head);
            head = ht[0];
            tail = ht[1];
        }
        if (!head.isEmpty() && !tail.isEmpty() && !Files.exists(path(PyStr.of(head), "makedirs"))) {
            try {
                makedirs(PyStr.of(head), null, existOk);
            } catch (PyException e) {
                if (!e.matches(PyExc.FileExistsError)) {
                    throw e;
                }
            }
            if (tail.equals(".")) {
                return PyNone.NONE;
            }
        }
        try {
            mkdir(name, mode);
        } catch (PyException e) {
            if (!existOk || !e.matches(PyExc.OSError) || !Files.isDirectory(path(name, "makedirs"))) {
                throw e;
            }
        }
        return PyNone.NONE;
    }

    private static PyObject remove(PyObject arg, String fn) {
        Path p = path(arg, fn);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.withErrno(OsErrors.EISDIR, arg);
        }
        io(arg, () -> {
            Files.delete(p);
            return null;
        });
        return PyNone.NONE;
    }

    private static PyObject rmdir(PyObject arg) {
        Path p = path(arg, "rmdir");
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.withErrno(OsErrors.ENOTDIR, arg);
        }
        io(arg, () -> {
            Files.delete(p);
            return null;
        });
        return PyNone.NONE;
    }

    // CPython: os.removedirs in Lib/os.py
    private static PyObject removedirs(PyObject name) {
        rmdir(name);
        String[] ht = PosixPaths.split(FsPath.of(name, "removedirs", "name"));
        if (ht[1].isEmpty()) {
            ht = PosixPaths.split(ht[0]);
        }
        while (!ht[0].isEmpty() && !ht[1].isEmpty()) {
            try {
                rmdir(PyStr.of(ht[0]));
            } catch (PyException e) {
                if (e.matches(PyExc.OSError)) {
                    break;
                }
                throw e;
            }
            ht = PosixPaths.split(ht[0]);
        }
        return PyNone.NONE;
    }

    /** POSIX rename(2): an existing file at {@code dst} is replaced, atomically. */
    private static PyObject rename(PyObject src, PyObject dst, String fn) {
        Path from;
        Path to;
        try {
            from = path(src, fn);
            to = path(dst, fn);
        } catch (PyException e) {
            throw twoNames(e, dst);
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw twoNames(OsErrors.withErrno(OsErrors.EXDEV, src), dst);
        } catch (IOException e) {
            throw twoNames(OsErrors.of(e, src), dst);
        }
        return PyNone.NONE;
    }

    /** Adds {@code filename2}, so the message reads {@code 'a' -> 'b'}. */
    static PyException twoNames(PyException e, PyObject filename2) {
        if (e.value() instanceof PyOSError o && o.getFilename() != PyNone.NONE) {
            o.setFilename2(filename2);
        }
        return e;
    }

    static void chmod(Path p, PyObject arg, long mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1L << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        io(arg, () -> Files.setPosixFilePermissions(p, perms));
    }

    /** {@code utime(path, times=None, *, ns=None, follow_symlinks=True)}. CPython: os_utime_impl */
    static PyObject utime(PyObject arg, PyObject times, PyObject ns, boolean followSymlinks) {
        boolean hasTimes = times != null && times != PyNone.NONE;
        if (hasTimes && ns != null) {
            throw PyErr.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        FileTime atime;
        FileTime mtime;
        if (hasTimes) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = fileTime(t.get(0));
            mtime = fileTime(t.get(1));
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = nanoTime(t.get(0));
            mtime = nanoTime(t.get(1));
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        Path p = path(arg, "utime");
        java.nio.file.LinkOption[] links = followSymlinks ? new java.nio.file.LinkOption[0]
                : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
        io(arg, () -> {
            java.nio.file.attribute.BasicFileAttributeView v = Files.getFileAttributeView(p,
                    java.nio.file.attribute.BasicFileAttributeView.class, links);
            v.setTimes(mtime, atime, null);
            return null;
        });
        return PyNone.NONE;
    }

    private static FileTime nanoTime(PyObject nanos) {
        java.math.BigInteger n = Ops.index(nanos).bigValue();
        java.math.BigInteger[] qr = n.divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
        long secs = qr[0].longValueExact();
        long rem = qr[1].longValue();
        if (rem < 0) {
            secs--;
            rem += 1_000_000_000L;
        }
        return FileTime.from(java.time.Instant.ofEpochSecond(secs, rem));
    }

    private static FileTime fileTime(PyObject secs) {
        double s = secs instanceof PyFloat f ? f.value() : Ops.index(secs).doubleValue();
        return FileTime.from((long) Math.floor(s * 1e9), java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
