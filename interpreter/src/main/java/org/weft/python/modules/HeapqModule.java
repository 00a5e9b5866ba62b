package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code _heapq}: the heap operations on a list, in Java because algorithm programs call them in
 * their inner loops; {@code heapq} (Python) re-exports them and adds merge, nlargest, nsmallest.
 *
 * <p>Threads: each read and write of the list is atomic, but a whole push or pop is not, as in
 * CPython without its GIL. Comparisons run user code ({@code __lt__}) with no lock held; if that code
 * changes the list's size, the operation stops with CPython's RuntimeError. Stateless.
 */
public final class HeapqModule implements BuiltinModule {

    @Override
    public String name() {
        return "_heapq";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("Heap queue algorithm (a.k.a. priority queue)."));
        put(m, PyBuiltinFunction.of("heappush", "heappush($module, heap, item, /)\n--\n\n"
                + "Push item onto heap, maintaining the heap invariant.", (self, args, kw) -> {
                    PyList heap = twoArgs("heappush", args, kw);
                    heap.append(args[1]);
                    siftDown(heap, 0, heap.size() - 1);
                    return PyNone.NONE;
                }));
        put(m, PyBuiltinFunction.of1("heappop", "heappop($module, heap, /)\n--\n\n"
                + "Pop the smallest item off the heap, maintaining the heap invariant.",
                (self, heap) -> heappop(listArg("heappop() argument", heap))));
        put(m, PyBuiltinFunction.of("heapreplace", "heapreplace($module, heap, item, /)\n--\n\n"
                + "Pop and return the current smallest value, and add the new item.", (self, args, kw) -> {
                    PyList heap = twoArgs("heapreplace", args, kw);
                    return replaceTop(heap, args[1]);
                }));
        put(m, PyBuiltinFunction.of("heappushpop", "heappushpop($module, heap, item, /)\n--\n\n"
                + "Push item on the heap, then pop and return the smallest item from the heap.",
                (self, args, kw) -> heappushpop(twoArgs("heappushpop", args, kw), args[1])));
        put(m, PyBuiltinFunction.of1("heapify", "heapify($module, heap, /)\n--\n\n"
                + "Transform list into a heap, in-place, in O(len(heap)) time.", (self, heap) -> {
                    PyList l = listArg("heapify() argument", heap);
                    for (int i = l.size() / 2 - 1; i >= 0; i--) {
                        siftUp(l, i);
                    }
                    return PyNone.NONE;
                }));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    private static PyList twoArgs(String name, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("_heapq." + name, kwnames);
        ArgParser.checkPositional(name, args.length, 2, 2);
        return listArg(name + "() argument 1", args[0]);
    }

    private static PyList listArg(String what, PyObject o) {
        if (!(o instanceof PyList l)) {
            throw PyErr.typeError("%s must be list, not %s", what, Ops.argTypeName(o));
        }
        return l;
    }

    // CPython: heappop_internal in _heapqmodule.c
    private static PyObject heappop(PyList heap) {
        PyObject last = heap.popLastOrNull();
        if (last == null) {
            throw PyErr.indexError("index out of range");
        }
        if (heap.size() == 0) {
            return last;
        }
        return replaceTop(heap, last);
    }

    // CPython: heapreplace_internal
    private static PyObject replaceTop(PyList heap, PyObject item) {
        if (heap.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject top = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0);
        return top;
    }

    // CPython: _heapq_heappushpop_impl
    private static PyObject heappushpop(PyList heap, PyObject item) {
        if (heap.size() == 0) {
            return item;
        }
        if (!less(heap.get(0), item)) {
            return item;
        }
        return replaceTop(heap, item);
    }

    private static boolean less(PyObject a, PyObject b) {
        return Ops.isTrue(Ops.lt(a, b));
    }

    /**
     * Moves the item at {@code pos} up towards {@code start} while it is smaller than its parent.
     * Items are swapped, never copied, so a comparison that raises leaves a permutation behind.
     */
    // CPython: siftdown
    private static void siftDown(PyList heap, int start, int pos) {
        int n = heap.size();
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject item = heap.get(pos);
            PyObject parent = heap.get(parentPos);
            boolean lt = less(item, parent);
            checkSize(heap, n);
            if (!lt) {
                break;
            }
            swap(heap, pos, parentPos);
            pos = parentPos;
        }
    }

    /** Swaps the smaller child up until a leaf is reached, then sifts the item there into place. */
    // CPython: siftup
    private static void siftUp(PyList heap, int pos) {
        int end = heap.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = less(heap.get(child), heap.get(child + 1));
                checkSize(heap, end);
                if (!lt) {
                    child++;
                }
            }
            swap(heap, pos, child);
            pos = child;
        }
        siftDown(heap, start, pos);
    }

    private static void swap(PyList heap, int i, int j) {
        PyObject a = heap.get(i);
        heap.set(i, heap.get(j));
        heap.set(j, a);
    }

    private static void checkSize(PyList heap, int n) {
        if (heap.size() != n) {
            throw PyErr.runtimeError("list changed size during iteration");
        }
    }
}
