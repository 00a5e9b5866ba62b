package org.weft.python.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.weft.python.io.OsErrors;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;

/** {@code os.link}, {@code os.truncate} and {@code os.renames}. CPython: posixmodule.c and os.py. */
final class OsFileChanges {

    private OsFileChanges() {
    }

    static void define(PyModule m) {
        OsFiles.fn(m, "link", "link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, "
                + "follow_symlinks=True)\n--\n\nCreate a hard link to a file.",
                ArgParser.of("link", "src", "dst", "*", "src_dir_fd=", "dst_dir_fd=", "follow_symlinks="), a -> {
                    Path src = OsFiles.path(a[0], "link");
                    Path dst = OsFiles.path(a[1], "link");
                    try {
                        Files.createLink(dst, src);
                    } catch (IOException e) {
                        throw OsFiles.twoNames(OsErrors.of(e, a[0]), a[1]);
                    }
                    return PyNone.NONE;
                });
        OsFiles.fn(m, "truncate", "truncate($module, /, path, length)\n--\n\nTruncate a file, specified by "
                + "path, to a specific length.", ArgParser.of("truncate", "path", "length"), a -> {
                    Path p = OsFiles.path(a[0], "truncate");
                    long length = Ops.index(a[1]).longValue();
                    if (length < 0) {
                        throw OsErrors.withErrno(OsErrors.EINVAL, a[0]);
                    }
                    OsFiles.io(a[0], () -> truncate(p, length));
                    return PyNone.NONE;
                });
        OsFiles.fn(m, "renames", "renames(old, new)\n\nSuper-rename; create directories as necessary and "
                + "delete any left empty.", ArgParser.of("renames", "old", "new"), a -> renames(m, a[0], a[1]));
    }

    /** POSIX truncate(2): cuts the file, or extends it with zero bytes. */
    private static Void truncate(Path p, long length) throws IOException {
        if (Files.isDirectory(p)) {
            throw new org.weft.python.io.IsADirectoryException(p.toString());
        }
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
            if (length < c.size()) {
                c.truncate(length);
            } else if (length > c.size()) {
                c.write(ByteBuffer.wrap(new byte[] {0}), length - 1);
            }
        }
        return null;
    }

    // CPython: os.renames in os.py (makedirs of the new head, rename, removedirs of the old head)
    private static PyObject renames(PyModule os, PyObject old, PyObject dst) {
        PyObject path = Ops.getattr(os, "path");
        PyTuple newParts = (PyTuple) Ops.callMethod(path, "split", dst);
        PyObject head = newParts.get(0);
        if (Ops.isTrue(head) && Ops.isTrue(newParts.get(1)) && !Ops.isTrue(Ops.callMethod(path, "exists", head))) {
            Ops.callMethod(os, "makedirs", head);
        }
        Ops.callMethod(os, "rename", old, dst);
        PyTuple oldParts = (PyTuple) Ops.callMethod(path, "split", old);
        if (Ops.isTrue(oldParts.get(0)) && Ops.isTrue(oldParts.get(1))) {
            try {
                Ops.callMethod(os, "removedirs", oldParts.get(0));
            } catch (PyException e) {
                if (!e.matches(PyExc.OSError)) {
                    throw e;
                }
            }
        }
        return PyNone.NONE;
    }
}
