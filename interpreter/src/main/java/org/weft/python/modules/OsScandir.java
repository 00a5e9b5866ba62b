package org.weft.python.modules;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.weft.python.io.FsPath;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code os.scandir()}: the iterator ({@code posix.ScandirIterator}, also a context manager) and its
 * {@code posix.DirEntry} items. The directory is read when scandir is called, so errors come from
 * the call as in CPython, and the iterator is then a thread-safe walk over a fixed list.
 */
final class OsScandir extends PyObject implements PyIterator {

    static final PyType TYPE = PyType.builtin("posix.ScandirIterator", OsScandir.class, () -> PyObject.TYPE,
            OsScandir::define);

    private final List<DirEntry> entries;
    private final AtomicInteger next = new AtomicInteger();

    private OsScandir(List<DirEntry> entries) {
        super(TYPE);
        this.entries = entries;
    }

    static PyObject open(PyObject arg) {
        // a bytes path gives entries whose name and path are bytes, as CPython's
        boolean bytes = arg instanceof PyBytes;
        String given = arg == null || arg == PyNone.NONE ? "."
                : bytes ? new String(((PyBytes) arg).value(), java.nio.charset.StandardCharsets.UTF_8)
                : FsPath.of(arg, "scandir", "path");
        Path dir = OsFiles.path(PyStr.of(given), "scandir");
        List<DirEntry> list = new ArrayList<>();
        OsFiles.io(arg == null ? PyStr.of(".") : arg, () -> {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    list.add(new DirEntry(name, PosixPaths.join(given, name), p, bytes));
                }
            }
            return null;
        });
        return new OsScandir(list);
    }

    @Override
    public PyObject nextItem() {
        int i = next.getAndIncrement();
        if (i >= entries.size()) {
            next.set(entries.size());
            return null;
        }
        return entries.get(i);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject item = ((OsScandir) self).nextItem();
            if (item == null) {
                throw PyErr.stopIteration(null);
            }
            return item;
        });
        b.method0("__enter__", self -> self);
        b.method("__exit__", "__exit__($self, *args, /)", (self, a, k) -> close(self));
        b.method0("close", OsScandir::close);
    }

    private static PyObject close(PyObject self) {
        OsScandir s = (OsScandir) self;
        s.next.set(s.entries.size());
        return PyNone.NONE;
    }

    /** One directory entry: its name, its path as scandir's argument joined with the name. */
    static final class DirEntry extends PyObject {

        static final PyType TYPE = PyType.builtin("posix.DirEntry", DirEntry.class, () -> PyObject.TYPE,
                DirEntry::define);

        private final String name;
        private final String path;
        private final Path resolved;
        private final boolean bytes;

        DirEntry(String name, String path, Path resolved, boolean bytes) {
            super(TYPE);
            this.name = name;
            this.path = path;
            this.resolved = resolved;
            this.bytes = bytes;
        }

        /** name or path as the caller gave the directory: str, or bytes for a bytes path. */
        private PyObject text(String s) {
            return bytes ? PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.of(s);
        }

        private static DirEntry self(PyObject o) {
            return (DirEntry) o;
        }

        private static final ArgParser FOLLOW = ArgParser.of("is_dir", "*", "follow_symlinks=");

        private static LinkOption[] follow(PyObject[] args, String[] kwnames) {
            PyObject[] a = FOLLOW.parse(args, kwnames);
            return a[0] == null || Ops.isTrue(a[0]) ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        }

        private static void define(TypeBuilder b) {
            b.notBaseType();
            b.getter("name", self -> self(self).text(self(self).name));
            b.getter("path", self -> self(self).text(self(self).path));
            b.method0("__fspath__", self -> self(self).text(self(self).path));
            b.method0("__repr__", self -> PyStr.of("<DirEntry " + Ops.repr(self(self).text(self(self).name)).value()
                    + ">"));
            b.method("is_dir", "is_dir($self, /, *, follow_symlinks=True)", (self, a, k) ->
                    PyBool.of(Files.isDirectory(self(self).resolved, follow(a, k))));
            b.method("is_file", "is_file($self, /, *, follow_symlinks=True)", (self, a, k) ->
                    PyBool.of(Files.isRegularFile(self(self).resolved, follow(a, k))));
            b.method0("is_symlink", self -> PyBool.of(Files.isSymbolicLink(self(self).resolved)));
            b.method("stat", "stat($self, /, *, follow_symlinks=True)", (self, a, k) -> {
                boolean follow = follow(a, k).length == 0;
                return OsFiles.io(PyStr.of(self(self).path), () -> OsStat.stat(self(self).resolved, follow));
            });
            b.method0("inode", self -> PyInt.of(((Number) OsFiles.io(PyStr.of(self(self).path), () ->
                    Files.getAttribute(self(self).resolved, "unix:ino", LinkOption.NOFOLLOW_LINKS))).longValue()));
        }
    }
}
