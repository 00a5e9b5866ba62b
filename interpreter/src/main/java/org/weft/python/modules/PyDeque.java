package org.weft.python.modules;

import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * {@code collections.deque}: a ring buffer of items with an optional maximum length. Methods live
 * in {@link PyDequeMethods}.
 *
 * <p>Threads: every read and write of the buffer holds this object's monitor, briefly and never
 * while Python code runs, so append/appendleft/pop/popleft and the other single operations are
 * atomic as in CPython (DESIGN.md rule 2). {@code size} is volatile so that {@code len()} takes no
 * lock. {@code state} counts mutations; iterators and the comparing methods (count, index, remove,
 * which run {@code __eq__} outside the lock on a snapshot) use it to detect a change and raise
 * CPython's "deque mutated during iteration".
 */
public final class PyDeque extends PyObject {

    public static final PyType TYPE = PyType.builtin("collections.deque", PyDeque.class,
            () -> PyObject.TYPE, PyDequeMethods::define);

    private PyObject[] items = new PyObject[8];
    private int head;
    private volatile int size;
    /** Mutation counter, guarded by the monitor. */
    long state;
    /** -1 when unbounded. Set by __init__ only. */
    volatile int maxlen = -1;

    public PyDeque(PyType type) {
        super(type);
    }

    public int size() {
        return size;
    }

    private void grow() {
        PyObject[] n = new PyObject[items.length * 2];
        for (int i = 0; i < size; i++) {
            n[i] = items[(head + i) & (items.length - 1)];
        }
        items = n;
        head = 0;
    }

    private int slot(int i) {
        return (head + i) & (items.length - 1);
    }

    public synchronized void append(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeftLocked();
        }
        if (size == items.length) {
            grow();
        }
        items[slot(size)] = x;
        size++;
        state++;
    }

    public synchronized void appendLeft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLocked();
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
        state++;
    }

    public synchronized PyObject pop() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return popLocked();
    }

    public synchronized PyObject popLeft() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return popLeftLocked();
    }

    private PyObject popLocked() {
        int s = slot(size - 1);
        PyObject x = items[s];
        items[s] = null;
        size--;
        state++;
        return x;
    }

    private PyObject popLeftLocked() {
        PyObject x = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return x;
    }

    public synchronized void clear() {
        if (size == 0) {
            return; // CPython: deque_clear leaves an empty deque (and its iterators' state) alone
        }
        items = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    /** The items in order, copied under the lock. */
    public synchronized PyObject[] snapshot() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[slot(i)];
        }
        return out;
    }

    synchronized long state() {
        return state;
    }

    /** Item i (0 <= i < size checked by the caller under no lock, so checked again here). */
    public synchronized PyObject get(int i) {
        if (i < 0 || i >= size) {
            throw PyErr.indexError("deque index out of range");
        }
        return items[slot(i)];
    }

    public synchronized void set(int i, PyObject x) {
        if (i < 0 || i >= size) {
            throw PyErr.indexError("deque index out of range");
        }
        items[slot(i)] = x;
    }

    /** Item i for an iterator made at {@code expected}; null when the deque changed. */
    synchronized PyObject getIfUnchanged(int i, long expected) {
        if (state != expected || i >= size) {
            return null;
        }
        return items[slot(i)];
    }

    /** Replaces the contents with {@code xs} (rotate, reverse, insert, del, remove). */
    synchronized void replaceLocked(PyObject[] xs) {
        int cap = 8;
        while (cap < xs.length + 1) {
            cap <<= 1;
        }
        items = new PyObject[cap];
        System.arraycopy(xs, 0, items, 0, xs.length);
        head = 0;
        size = xs.length;
        state++;
    }

    // CPython: _deque_rotate in _collectionsmodule.c (semantics; done by moving items one at a time)
    public synchronized void rotate(long n) {
        int len = size;
        if (len <= 1) {
            return;
        }
        int k = (int) (((n % len) + len) % len);
        for (int i = 0; i < k; i++) {
            PyObject x = popLocked();
            head = (head - 1) & (items.length - 1);
            items[head] = x;
            size++;
        }
        state++;
    }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[slot(i)];
            items[slot(i)] = items[slot(j)];
            items[slot(j)] = t;
        }
        state++;
    }
}
