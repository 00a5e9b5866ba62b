package org.weft.python.modules;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.weft.python.io.FsPath;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;

/**
 * {@code os.path.samefile}, {@code samestat}, {@code sameopenfile} and {@code ismount}: the
 * questions of identity, answered by a file's device and inode as CPython's genericpath does.
 */
final class PosixPathSame {

    private PosixPathSame() {
    }

    static void define(PyModule m) {
        put(m, PyBuiltinFunction.of2("samefile", "Test whether two pathnames reference the same actual file "
                + "or directory", (self, a, b) -> PyBool.of(Ops.isTrue(samestat(stat(a), stat(b))))));
        put(m, PyBuiltinFunction.of2("samestat", "Test whether two stat buffers reference the same file",
                (self, a, b) -> samestat(a, b)));
        put(m, PyBuiltinFunction.of2("sameopenfile", "Test whether two open file objects reference the same file",
                (self, a, b) -> samestat(fstat(a), fstat(b))));
        put(m, PyBuiltinFunction.of1("ismount", "Test whether a path is a mount point", (self, p) -> ismount(p)));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    private static PyObject samestat(PyObject s1, PyObject s2) {
        return PyBool.of(Ops.isTrue(Ops.eq(Ops.getattr(s1, "st_ino"), Ops.getattr(s2, "st_ino")))
                && Ops.isTrue(Ops.eq(Ops.getattr(s1, "st_dev"), Ops.getattr(s2, "st_dev"))));
    }

    private static PyObject stat(PyObject path) {
        return Ops.call(Ops.getattr(os(), "stat"), path);
    }

    private static PyObject fstat(PyObject fd) {
        return Ops.call(Ops.getattr(os(), "fstat"), fd);
    }

    private static PyObject os() {
        return org.weft.python.runtime.ModuleImports.importOnThisThread("os");
    }

    // CPython: posixpath.ismount: a different device than the parent's, or the same inode (the root)
    private static PyObject ismount(PyObject arg) {
        String p = FsPath.of(arg);
        if (p.isEmpty()) {
            return PyBool.FALSE;
        }
        Path path = InterpreterState.current().resolve(p);
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return PyBool.FALSE;
            }
            Path parent = path.resolve("..");
            Object dev = Files.getAttribute(path, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object parentDev = Files.getAttribute(parent, "unix:dev");
            if (!dev.equals(parentDev)) {
                return PyBool.TRUE;
            }
            Object ino = Files.getAttribute(path, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            return PyBool.of(ino.equals(Files.getAttribute(parent, "unix:ino")));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return PyBool.FALSE; // CPython: an OSError of lstat makes it False
        }
    }
}
