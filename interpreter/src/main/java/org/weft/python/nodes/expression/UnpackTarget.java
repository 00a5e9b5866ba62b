package org.weft.python.nodes.expression;

import java.util.ArrayList;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.local.LocalTarget;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PairIterator;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyTuple;

/**
 * {@code a, *b, c = value}: unpacks an iterable into several targets; {@code star} is the index
 * of the starred target (which receives a list) or -1.
 */
// CPython: unpack_iterable in ceval.c
public final class UnpackTarget extends TargetNode {
    private final TargetNode[] targets;
    private final int star;

    /** The frame slots of the targets when every one is a fast local (and none starred); else null. */
    private final int[] slots;

    public UnpackTarget(TargetNode[] targets, int star) {
        this.targets = targets;
        this.star = star;
        int[] s = star < 0 ? new int[targets.length] : null;
        for (int i = 0; s != null && i < targets.length; i++) {
            if (targets[i] instanceof LocalTarget l) {
                s[i] = l.slot();
            } else {
                s = null;
            }
        }
        this.slots = s;
    }

    /** {@code target} when it is {@code a, b} (two targets, none starred), for loops over pairs; else null. */
    public static UnpackTarget ofPair(TargetNode target) {
        return target instanceof UnpackTarget u && u.targets.length == 2 && u.star < 0 ? u : null;
    }

    /**
     * {@code for a, b in it} where {@code it} yields pairs ({@link PairIterator}): assigns the next
     * pair's halves without the tuple; false at the end. {@code half} is the loop's one-slot buffer.
     */
    public boolean assignNextPair(Frame f, PairIterator it, PyObject[] half) {
        PyObject second = it.nextPair(half);
        if (second == null) {
            return false;
        }
        PyObject first = half[0];
        half[0] = null;
        targets[0].assign(f, first);
        targets[1].assign(f, second);
        return true;
    }

    @Override
    public void assign(Frame f, PyObject value) {
        try {
            unpack(f, value);
        } catch (org.weft.python.runtime.PyException e) {
            throw e.at(f, span);
        }
    }

    private void unpack(Frame f, PyObject value) {
        if (star < 0 && value.type() == PyTuple.TYPE) {
            PyObject[] items = ((PyTuple) value).items();
            checkExact(items.length);
            if (slots != null && !f.code.makesFinalizable) { // x, y = point: straight into the slots
                PyObject[] locals = f.locals;
                for (int i = 0; i < items.length; i++) {
                    locals[slots[i]] = items[i];
                }
                return;
            }
            for (int i = 0; i < items.length; i++) {
                targets[i].assign(f, items[i]);
            }
            return;
        }
        PyObject[] items = star < 0 ? unpackExact(value) : unpackStar(value);
        for (int i = 0; i < targets.length; i++) {
            targets[i].assign(f, items[i]);
        }
    }

    private void checkExact(int n) {
        if (n < targets.length) {
            throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %d, got %d)",
                    targets.length, n);
        }
        if (n > targets.length) {
            throw PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", targets.length);
        }
    }

    /** iter(value), with CPython's message for an object that is neither iterable nor a sequence. */
    private static PyObject iterForUnpack(PyObject value) {
        try {
            return Ops.iter(value);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && value.type().lookup("__iter__") == null
                    && value.type().lookup("__getitem__") == null) {
                throw PyErr.format(PyExc.TypeError, "cannot unpack non-iterable %s object", Ops.typeName(value));
            }
            throw e;
        }
    }

    private PyObject[] unpackExact(PyObject value) {
        PyObject it = iterForUnpack(value);
        PyObject[] items = new PyObject[targets.length];
        for (int i = 0; i < items.length; i++) {
            PyObject v = Ops.next(it);
            if (v == null) {
                throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %d, got %d)",
                        targets.length, i);
            }
            items[i] = v;
        }
        if (Ops.next(it) != null) {
            throw PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", targets.length);
        }
        return items;
    }

    private PyObject[] unpackStar(PyObject value) {
        PyObject it = iterForUnpack(value);
        ArrayList<PyObject> all = new ArrayList<>();
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            all.add(v);
        }
        int after = targets.length - star - 1;
        if (all.size() < targets.length - 1) {
            throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                    targets.length - 1, all.size());
        }
        PyObject[] items = new PyObject[targets.length];
        for (int i = 0; i < star; i++) {
            items[i] = all.get(i);
        }
        int restEnd = all.size() - after;
        items[star] = new PyList(all.subList(star, restEnd).toArray(new PyObject[0]));
        for (int i = 0; i < after; i++) {
            items[star + 1 + i] = all.get(restEnd + i);
        }
        return items;
    }

    @Override
    public void delete(Frame f) {
        for (TargetNode t : targets) {
            t.delete(f);
        }
    }
}
