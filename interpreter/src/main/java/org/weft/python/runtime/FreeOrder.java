package org.weft.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The order in which CPython's reference counting would run the {@code __del__}s of the objects
 * that die when something is released (a name deleted or rebound, a list item deleted, a frame
 * returning, a statement's value dropped), should all of them die there. Deallocation recurses as
 * each count reaches zero, so the order is a depth-first walk from what was released: an
 * instance's own {@code __del__} first (CPython finalizes before it clears the instance), then its
 * attributes in the order they were set; a list's or a tuple's items last first
 * ({@code list_dealloc}, {@code tupledealloc}); a dict's keys and values first to last
 * ({@code dict_dealloc}).
 *
 * <p>Only the objects Python code reaches through those containers are looked at, at most
 * {@link #LIMIT} of them, and the order keeps only weak references: the walk must not keep alive
 * what it describes. Which of them really died, only the collector can say afterwards.
 *
 * <p>Threads: made and read by one thread; reads other objects through their snapshots.
 */
public final class FreeOrder {
    /** Nothing that can run a {@code __del__}. */
    public static final FreeOrder EMPTY = new FreeOrder(List.of(), new long[0]);

    private static final int LIMIT = 512;

    private final List<WeakReference<PyFinalizable>> refs;
    private final long[] sequences;

    private FreeOrder(List<WeakReference<PyFinalizable>> refs, long[] sequences) {
        this.refs = refs;
        this.sequences = sequences;
    }

    /** The walk from {@code roots}, each in turn (a frame's locals are freed first slot first). */
    public static FreeOrder of(PyObject... roots) {
        List<PyFinalizable> found = new ArrayList<>();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        for (PyObject r : roots) {
            visit(r, seen, found);
        }
        if (found.isEmpty()) {
            return EMPTY;
        }
        List<WeakReference<PyFinalizable>> refs = new ArrayList<>(found.size());
        long[] seqs = new long[found.size()];
        for (int i = 0; i < seqs.length; i++) {
            refs.add(new WeakReference<>(found.get(i)));
            seqs[i] = found.get(i).sequence;
        }
        return new FreeOrder(refs, seqs);
    }

    /** Whether {@code o} is, or holds through containers and attributes, an object with {@code __del__}. */
    public static boolean holdsFinalizable(PyObject o) {
        return o instanceof PyFinalizable || !of(o).isEmpty();
    }

    private static void visit(PyObject o, IdentityHashMap<PyObject, Boolean> seen, List<PyFinalizable> found) {
        if (o == null || seen.size() >= LIMIT || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof PyFinalizable f) {
            found.add(f);
        }
        if (o instanceof PyList l) {
            PyObject[] items = l.snapshot();
            for (int i = items.length - 1; i >= 0; i--) {
                visit(items[i], seen, found);
            }
        } else if (o instanceof PyTuple t) {
            PyObject[] items = t.items();
            for (int i = items.length - 1; i >= 0; i--) {
                visit(items[i], seen, found);
            }
        } else if (o.getClass() == PyDict.class) {
            PyDict.Snapshot s = ((PyDict) o).snapshot();
            for (int i = 0; i < s.size(); i++) {
                visit(s.keys()[i], seen, found);
                visit(s.values()[i], seen, found);
            }
        } else if (o.getClass() == PyObject.class || o instanceof PyFinalizable) {
            for (PyObject v : attributes(o)) {
                visit(v, seen, found);
            }
        } else if (o instanceof PyBaseException e && e.getTraceback() instanceof PyTraceback tb) {
            // an exception frees its traceback, whose frames free their locals, outermost first
            for (PyObject v : PyTraceback.endedLocals(tb, null)) {
                visit(v, seen, found);
            }
        }
    }

    /** An instance's attribute values in the order they were set, without materializing its dict. */
    private static PyObject[] attributes(PyObject o) {
        PyObject[] values = InstanceAttributes.values(o);
        if (values != null) {
            return values;
        }
        PyDict d = InstanceAttributes.realDict(o);
        if (d == null) {
            return new PyObject[0];
        }
        PyDict.Snapshot s = d.snapshot();
        return java.util.Arrays.copyOf(s.values(), s.size());
    }

    public boolean isEmpty() {
        return sequences.length == 0;
    }

    /** The place of the object made {@code sequence}-th in this order, or -1. */
    int rank(long sequence) {
        for (int i = 0; i < sequences.length; i++) {
            if (sequences[i] == sequence) {
                return i;
            }
        }
        return -1;
    }

    /** The creation numbers of the objects in this order that the collector has found dead. */
    long[] died() {
        long[] out = new long[sequences.length];
        int n = 0;
        for (int i = 0; i < sequences.length; i++) {
            if (refs.get(i).get() == null) {
                out[n++] = sequences[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
