package org.weft.python.runtime;

import java.util.ArrayList;

/**
 * The objects whose {@code repr} is in progress on the current thread, so that a container that
 * contains itself prints {@code [...]}. Per thread, so nothing is shared. CPython: Py_ReprEnter,
 * Py_ReprLeave in object.c (which keep the list in the thread state dict).
 */
final class ReprStack {

    private static final ThreadLocal<ArrayList<PyObject>> ACTIVE = ThreadLocal.withInitial(ArrayList::new);

    private ReprStack() {
    }

    static boolean enter(PyObject o) {
        ArrayList<PyObject> a = ACTIVE.get();
        for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i) == o) {
                return false;
            }
        }
        a.add(o);
        return true;
    }

    static void leave(PyObject o) {
        ArrayList<PyObject> a = ACTIVE.get();
        for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i) == o) {
                a.remove(i);
                return;
            }
        }
    }
}
