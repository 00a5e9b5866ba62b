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
import org.weft.python.runtime.PyBytes;
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
        PosixPathSame.define(m);
        pure1(m, "normcase", "Normalize case of pathname.  Has no effect under Posix", p -> PyStr.of(p));
        pure1(m, "isabs", "Test whether a path is absolute", p -> PyBool.of(PosixPaths.isabs(p)));
        pure1(m, "basename", "Returns the final component of a pathname", p -> PyStr.of(PosixPaths.basename(p)));
        pure1(m, "dirname", "Returns the directory component of a pathname", p -> PyStr.of(PosixPaths.dirname(p)));
        pure1(m, "split", "Split a pathname.", p -> pair(PosixPaths.split(p)));
        pure1(m, "splitext", "Split the extension from a pathname.", p -> pair(PosixPaths.splitext(p)));
        pure1(m, "splitdrive", "Split a pathname into drive and path.", p -> PyTuple.of(PyStr.of(""), PyStr.of(p)));
        pure1(m, "normpath", "Normalize path, eliminating double slashes, etc.", p -> PyStr.of(PosixPaths.normpath(p)));
        pure1(m, "abspath", "Return an absolute path.", p -> PyStr.of(PosixPaths.abspath(p, cwd())));
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
            if (!(a[0] instanceof PyStr || a[0] instanceof PyBytes)) {
                FsPath.of(a[0]); // CPython: os.fspath(a) comes first, with its own message
            }
            List<String> parts = new ArrayList<>();
            boolean bytes = texts("join", a, parts);
            PyStr joined = PyStr.of(PosixPaths.join(parts.get(0), parts.subList(1, parts.size())));
            return bytes ? asBytes(joined) : joined;
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
                        List<String> parts = new ArrayList<>();
                        boolean bytes = texts("commonpath", items(seq), parts);
                        if (parts.isEmpty()) {
                            throw PyErr.valueError("commonpath() arg is an empty sequence");
                        }
                        PyStr common = PyStr.of(PosixPaths.commonpath(parts));
                        return bytes ? asBytes(common) : common;
                    } catch (IllegalArgumentException e) {
                        throw PyErr.valueError("%s", e.getMessage());
                    }
                }));
        put(m, PyBuiltinFunction.of1("commonprefix", "Given a list of pathnames, returns the longest common "
                + "leading component", (self, seq) -> {
                    PyObject[] all = items(seq);
                    if (all.length == 0) {
                        return PyStr.of("");
                    }
                    List<String> parts = new ArrayList<>();
                    boolean bytes = texts("commonprefix", all, parts);
                    PyStr common = PyStr.of(PosixPaths.commonprefix(parts));
                    return bytes ? asBytes(common) : common;
                }));
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

    /** A query of the file system: a bytes path names the file its UTF-8 text names. */
    private static void fn1(PyModule m, String name, String doc, StrFn f) {
        put(m, PyBuiltinFunction.of1(name, doc, (self, p) -> f.apply(p instanceof PyBytes b
                ? new String(b.value(), java.nio.charset.StandardCharsets.UTF_8) : FsPath.of(p))));
    }

    /**
     * A computation on path text alone: bytes paths give bytes results. Bytes pass through Latin-1,
     * which maps each byte to one char and back, so non-ASCII names survive untouched.
     */
    private static void pure1(PyModule m, String name, String doc, StrFn f) {
        put(m, PyBuiltinFunction.of1(name, doc, (self, p) -> p instanceof PyBytes b
                ? asBytes(f.apply(latin1(b))) : f.apply(FsPath.of(p))));
    }

    private static String latin1(PyBytes b) {
        return new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The str results of a computation on Latin-1 text, back as bytes (tuples item by item). */
    private static PyObject asBytes(PyObject r) {
        if (r instanceof PyStr s) {
            return PyBytes.ofLatin1(s.value());
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = asBytes(items[i]);
            }
            return PyTuple.of(items);
        }
        return r;
    }

    /**
     * The arguments of join, commonpath and commonprefix as text: all str or all bytes (then
     * Latin-1, see pure1); returns whether they were bytes.
     */
    private static boolean texts(String func, PyObject[] args, List<String> out) {
        boolean sawBytes = false;
        boolean sawStr = false;
        for (PyObject a : args) {
            PyObject p = a instanceof PyStr || a instanceof PyBytes ? a : fspathOrNull(a);
            if (p instanceof PyBytes b) {
                sawBytes = true;
                out.add(latin1(b));
            } else if (p instanceof PyStr str) {
                sawStr = true;
                out.add(str.value());
            } else {
                throw PyErr.typeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'",
                        func, Ops.typeName(a));
            }
        }
        if (sawBytes && sawStr) {
            throw PyErr.typeError("Can't mix strings and bytes in path components");
        }
        return sawBytes;
    }

    private static PyObject fspathOrNull(PyObject o) {
        return o.type().lookup("__fspath__") != null ? Ops.callMethod(o, "__fspath__") : null;
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

    private static PyObject[] items(PyObject seq) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(seq);
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            out.add(item);
        }
        return out.toArray(new PyObject[0]);
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
            if (path.isEmpty()) {
                // resolving "" would name the current directory; stat("") finds nothing
                throw OsErrors.withErrno(OsErrors.ENOENT, PyStr.of(path));
            }
            try {
                return q.get();
            } catch (java.io.IOException e) {
                throw OsErrors.of(e, PyStr.of(path));
            }
        }
    }
}
