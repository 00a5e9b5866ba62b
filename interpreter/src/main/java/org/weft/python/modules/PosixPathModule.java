package org.weft.python.modules;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.FsPath;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The {@code posixpath} module ({@code os.path}): {@link PosixPaths}' string logic on Python str
 * arguments, and the queries that look at the file system, relative to the interpreter's cwd.
 */
public final class PosixPathModule implements BuiltinModule {

    @Override
    public String name() {
        return "posixpath";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("Common operations on Posix pathnames."));
        for (String[] c : new String[][] {{"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"sep", "/"},
                {"pathsep", ":"}, {"defpath", "/bin:/usr/bin"}, {"devnull", "/dev/null"}}) {
            m.put(c[0], PyStr.of(c[1]));
        }
        m.put("altsep", PyNone.NONE);
        m.put("supports_unicode_filenames", PyBool.FALSE);
        fn1(m, "normcase", "Normalize case of pathname.  Has no effect under Posix", p -> PyStr.of(p));
        fn1(m, "isabs", "Test whether a path is absolute", p -> PyBool.of(PosixPaths.isabs(p)));
        fn1(m, "basename", "Returns the final component of a pathname", p -> PyStr.of(PosixPaths.basename(p)));
        fn1(m, "dirname", "Returns the directory component of a pathname", p -> PyStr.of(PosixPaths.dirname(p)));
        fn1(m, "split", "Split a pathname.", p -> pair(PosixPaths.split(p)));
        fn1(m, "splitext", "Split the extension from a pathname.", p -> pair(PosixPaths.splitext(p)));
        fn1(m, "splitdrive", "Split a pathname into drive and path.", p -> PyTuple.of(PyStr.of(""), PyStr.of(p)));
        fn1(m, "normpath", "Normalize path, eliminating double slashes, etc.", p -> PyStr.of(PosixPaths.normpath(p)));
        fn1(m, "abspath", "Return an absolute path.", p -> PyStr.of(PosixPaths.abspath(p, cwd())));
        fn1(m, "expanduser", "Expand ~ and ~user constructions.", p -> PyStr.of(
                PosixPaths.expanduser(p, environ().get("HOME"))));
        fn1(m, "expandvars", "Expand shell variables of form $var and ${var}.", p -> PyStr.of(
                PosixPaths.expandvars(p, environ())));
        fn1(m, "exists", "Test whether a path exists.", p -> test(p, Files::exists));
        fn1(m, "lexists", "Test whether a path exists.", p -> test(p,
                path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS)));
        fn1(m, "isfile", "Test whether a path is a regular file", p -> test(p, Files::isRegularFile));
        fn1(m, "isdir", "Return true if the pathname refers to an existing directory.",
                p -> test(p, Files::isDirectory));
        fn1(m, "islink", "Test whether a path is a symbolic link", p -> test(p, Files::isSymbolicLink));
        fn1(m, "getsize", "Return the size of a file, reported by os.stat().", p -> PyInt.of(
                FsQuery.io(p, () -> Files.size(resolve(p)))));
        fn1(m, "getmtime", "Return the last modification time of a file, reported by os.stat().",
                p -> statTime(p, "lastModifiedTime"));
        fn1(m, "getatime", "Return the last access time of a file, reported by os.stat().",
                p -> statTime(p, "lastAccessTime"));
        fn1(m, "getctime", "Return the metadata change time of a file, reported by os.stat().",
                p -> statTime(p, "unix:ctime"));
        fn1(m, "realpath", "Return the canonical path of the specified filename.", PosixPathModule::realpath);
        put(m, PyBuiltinFunction.of("join", "join(a, *p)", (self, a, k) -> {
            ArgParser.noKeywords("join", k);
            if (a.length == 0) {
                throw PyErr.typeError("join() missing 1 required positional argument: 'a'");
            }
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                rest.add(FsPath.of(a[i]));
            }
            return PyStr.of(PosixPaths.join(FsPath.of(a[0]), rest));
        }));
        put(m, PyBuiltinFunction.of("relpath", "relpath(path, start=None)", (self, a, k) -> {
            PyObject[] p = RELPATH.parse(a, k);
            String path = p[0] instanceof PyStr s && s.value().isEmpty() ? "" : FsPath.of(p[0]);
            String start = p[1] == null || p[1] == PyNone.NONE ? null : FsPath.of(p[1]);
            try {
                return PyStr.of(PosixPaths.relpath(path, start, cwd()));
            } catch (IllegalArgumentException e) {
                throw PyErr.valueError("%s", e.getMessage());
            }
        }));
        put(m, PyBuiltinFunction.of1("commonpath", "Given a sequence of path names, returns the longest common "
                + "sub-path.", (self, seq) -> {
                    try {
                        return PyStr.of(PosixPaths.commonpath(strings(seq)));
                    } catch (IllegalArgumentException e) {
                        throw PyErr.valueError("%s", e.getMessage());
                    }
                }));
        put(m, PyBuiltinFunction.of1("commonprefix", "Given a list of pathnames, returns the longest common "
                + "leading component", (self, seq) -> PyStr.of(PosixPaths.commonprefix(strings(seq)))));
    }

    /** A file time as os.stat's float seconds ({@code sec + nsec * 1e-9}), so the two compare equal. */
    private static PyObject statTime(String p, String attribute) {
        long nanos = FsQuery.io(p, () -> ((java.nio.file.attribute.FileTime) Files.getAttribute(resolve(p), attribute))
                .to(java.util.concurrent.TimeUnit.NANOSECONDS));
        return PyFloat.of(Math.floorDiv(nanos, 1_000_000_000L) + Math.floorMod(nanos, 1_000_000_000L) * 1e-9);
    }

    private static final ArgParser RELPATH = ArgParser.of("relpath", "path", "start=");

    interface StrFn {
        PyObject apply(String path);
    }

    private static void fn1(PyModule m, String name, String doc, StrFn f) {
        put(m, PyBuiltinFunction.of1(name, doc, (self, p) -> f.apply(FsPath.of(p))));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    private static PyTuple pair(String[] parts) {
        return PyTuple.of(PyStr.of(parts[0]), PyStr.of(parts[1]));
    }

    private static String cwd() {
        return InterpreterState.current().cwd().toString();
    }

    /**
     * exists/isfile/isdir/...: the empty path names nothing (stat("") fails with ENOENT), though
     * resolving it against the current directory would find one.
     */
    private static PyBool test(String p, java.util.function.Predicate<Path> query) {
        return PyBool.of(!p.isEmpty() && query.test(resolve(p)));
    }

    private static Path resolve(String p) {
        return InterpreterState.current().resolve(p);
    }

    /** {@code os.environ}, with the program's changes. */
    private static Map<String, String> environ() {
        return InterpreterState.current().environMap();
    }

    private static List<String> strings(PyObject seq) {
        List<String> out = new ArrayList<>();
        PyObject it = Ops.iter(seq);
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            out.add(FsPath.of(item));
        }
        return out;
    }

    // CPython: posixpath.realpath (non-strict): resolves what exists, keeps the rest as written
    private static PyObject realpath(String p) {
        Path abs = Path.of(PosixPaths.abspath(p, cwd()));
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? Path.of("/") : existing.toRealPath();
            return PyStr.of(rest == null ? real.toString() : PosixPaths.normpath(real.resolve(rest).toString()));
        } catch (java.io.IOException e) {
            return PyStr.of(abs.toString());
        }
    }

    /** A file-system query whose IOException becomes the matching OSError. */
    static final class FsQuery {
        interface Query {
            long get() throws java.io.IOException;
        }

        static long io(String path, Query q) {
            try {
                return q.get();
            } catch (java.io.IOException e) {
                throw OsErrors.of(e, PyStr.of(path));
            }
        }
    }
}
