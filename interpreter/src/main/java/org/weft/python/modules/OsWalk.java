package org.weft.python.modules;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.weft.python.io.FsPath;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code os.walk(top, topdown=True, onerror=None, followlinks=False)} as an iterator over an
 * explicit stack rather than recursive generators. Top-down, the caller may edit the yielded
 * {@code dirs} list before asking for the next item, and only the directories left in it are
 * visited, as in CPython. CPython: os._walk in Lib/os.py (3.11).
 *
 * <p>Threads: each step is taken under this object's lock, so a walk shared between threads hands
 * each triple out once; onerror runs outside it.
 */
final class OsWalk extends PyObject implements PyIterator {

    static final PyType TYPE = PyType.builtin("os.walk", OsWalk.class, () -> PyObject.TYPE, OsWalk::define);

    /** A directory to visit. */
    private record Visit(String top) {
    }

    /** A subdirectory found top-down: visited unless it is a link (and links are not followed). */
    private record Child(String path) {
    }

    /** After a top-down triple: its remaining dirs (as the caller left them) are expanded. */
    private record Expand(String top, PyList dirs) {
    }

    private final boolean topdown;
    private final PyObject onerror;
    private final boolean followlinks;
    /** A bytes top: the triples' paths and names are bytes, as CPython's. */
    private final boolean bytes;
    /** Guarded by {@code this}. */
    private final Deque<Object> stack = new ArrayDeque<>();

    OsWalk(PyObject top, boolean topdown, PyObject onerror, boolean followlinks) {
        super(TYPE);
        this.topdown = topdown;
        this.onerror = onerror;
        this.followlinks = followlinks;
        this.bytes = top instanceof PyBytes;
        stack.push(new Visit(bytes ? utf8((PyBytes) top) : FsPath.of(top)));
    }

    private static String utf8(PyBytes b) {
        return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private PyObject text(String s) {
        return bytes ? PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.of(s);
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject item = ((OsWalk) self).nextItem();
            if (item == null) {
                throw PyErr.stopIteration(null);
            }
            return item;
        });
    }

    /** What one step under the lock found: a triple to return, or an error for onerror. */
    private record Step(PyObject triple, PyException error) {
    }

    @Override
    public PyObject nextItem() {
        while (true) {
            Step step = step();
            if (step == null) {
                return null;
            } else if (step.triple() != null) {
                return step.triple();
            } else if (onerror != PyNone.NONE) {
                // outside the lock: onerror is Python code (DESIGN.md, free-threading rule 4)
                Ops.call(onerror, step.error().value());
            }
        }
    }

    private synchronized Step step() {
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof PyTuple t) {
                return new Step(t, null);
            } else if (o instanceof Expand e) {
                PyObject[] names = e.dirs().snapshot();
                for (int i = names.length - 1; i >= 0; i--) {
                    String name = names[i] instanceof PyBytes b ? utf8(b) : FsPath.of(names[i]);
                    stack.push(new Child(PosixPaths.join(e.top(), name)));
                }
            } else if (o instanceof Child c) {
                if (followlinks || !Files.isSymbolicLink(OsFiles.path(PyStr.of(c.path()), "walk"))) {
                    stack.push(new Visit(c.path()));
                }
            } else {
                Step s = visit(((Visit) o).top());
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Scans {@code top}: returns its triple top-down; bottom-up stacks it below its subdirectories. */
    private Step visit(String top) {
        PyList dirs = new PyList();
        PyList nondirs = new PyList();
        List<String> walkDirs = new ArrayList<>();
        try {
            Path dir = OsFiles.path(PyStr.of(top), "walk");
            OsFiles.io(PyStr.of(top), () -> {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    for (Path p : s) {
                        String name = p.getFileName().toString();
                        boolean isDir = Files.isDirectory(p);
                        (isDir ? dirs : nondirs).append(text(name));
                        if (!topdown && isDir && (followlinks || !Files.isSymbolicLink(p))) {
                            walkDirs.add(PosixPaths.join(top, name));
                        }
                    }
                }
                return null;
            });
        } catch (PyException e) {
            if (!e.matches(PyExc.OSError)) {
                throw e;
            }
            return new Step(null, e);
        }
        PyTuple triple = PyTuple.of(text(top), dirs, nondirs);
        if (topdown) {
            stack.push(new Expand(top, dirs));
            return new Step(triple, null);
        }
        stack.push(triple);
        for (int i = walkDirs.size() - 1; i >= 0; i--) {
            stack.push(new Visit(walkDirs.get(i)));
        }
        return null;
    }
}
