package org.weft.python.runtime;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * What {@code gc.collect()} returns for the dead reference cycles it frees: the number of objects
 * CPython's collector would have found unreachable, counted from the dead objects with {@code
 * __del__} that sat in cycles (the only ones Weft sees die) over what they refer to: each instance
 * of a class (its attributes inline, as CPython 3.11 keeps them unless the program asked for its
 * {@code __dict__}, which Weft's own walks also make), list and set, and each dict and tuple
 * holding such an object (CPython does not track the others), through the references {@link
 * ReferenceCensus#referents} finds (set elements and dict keys included). Objects the cycle refers
 * to that live on elsewhere are counted too; a bounded walk ({@link #LIMIT} objects).
 *
 * <p>Threads: looks at dead objects and their neighbours through snapshots; no state of its own.
 */
final class CycleGarbage {
    private static final int LIMIT = 10_000;
    private static final PyObject[] NONE = new PyObject[0];

    private CycleGarbage() {
    }

    static int count(List<? extends PyObject> roots) {
        return members(roots).size();
    }

    /** The objects {@link #count} counts, from {@code roots} on. */
    static List<PyObject> members(List<? extends PyObject> roots) {
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>(roots);
        List<PyObject> out = new java.util.ArrayList<>();
        while (!todo.isEmpty() && seen.size() < LIMIT) {
            PyObject o = todo.pop();
            if (seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            PyObject[] refs = ReferenceCensus.referents(o);
            boolean holdsTracked = false;
            for (PyObject r : refs == null ? NONE : refs) {
                if (r != null && tracked(r)) {
                    holdsTracked = true;
                    todo.push(r);
                }
            }
            // an instance keeps its attributes inline, as CPython 3.11: no dict object to count
            if (isInstance(o) || o instanceof PyList || o instanceof PyBaseSet || holdsTracked) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean isInstance(PyObject o) {
        return o.getClass() == PyObject.class || o instanceof PyFinalizable;
    }

    /** Whether CPython's collector would track {@code o} at all (so it can be in a cycle). */
    private static boolean tracked(PyObject o) {
        return isInstance(o) || o instanceof PyList || o instanceof PyBaseSet || o instanceof PyDict
                || o instanceof PyTuple;
    }
}
