package org.weft.python.runtime;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;

/**
 * Whether an object can reach itself through the references Python code sees (instance attributes,
 * items of lists, tuples, sets and dicts, closures' cells): an object in such a cycle is one
 * CPython's reference counting never frees, so its {@code __del__} waits for the cycle collector
 * ({@code gc.collect()}). A bounded search: beyond {@link #LIMIT} objects it answers false.
 *
 * <p>Threads: looks at objects found dead (nobody else holds them) and their neighbours through
 * snapshots; no state of its own.
 */
final class ReferenceCycles {
    private static final int LIMIT = 10_000;

    private ReferenceCycles() {
    }

    static boolean reachesItself(PyObject start) {
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        push(start, todo);
        while (!todo.isEmpty() && seen.size() < LIMIT) {
            PyObject o = todo.pop();
            if (o == start) {
                return true;
            }
            if (seen.put(o, Boolean.TRUE) == null) {
                push(o, todo);
            }
        }
        return false;
    }

    /**
     * Pushes what {@code o} refers to. Not through a module or a class: those live on (in
     * sys.modules, in a module's globals), so a cycle through one is not garbage, and their
     * namespaces would make every search long.
     */
    private static void push(PyObject o, ArrayDeque<PyObject> todo) {
        if (o instanceof PyModule || o instanceof PyType) {
            return;
        }
        PyObject[] refs = ReferenceCensus.referents(o);
        if (refs != null) {
            for (PyObject r : refs) {
                if (r != null) {
                    todo.push(r);
                }
            }
        }
    }
}
