package org.weft.python.modules;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.CompareOp;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyGenericAlias;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyNotImplemented;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.SequenceSupport;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * The methods of {@code collections.deque} ({@link PyDeque}). Methods that compare items
 * (count, index, remove, in, ==) work on a snapshot outside the lock, then check the mutation
 * counter, as DESIGN.md rule 4 asks. CPython: Modules/_collectionsmodule.c.
 */
final class PyDequeMethods {

    private PyDequeMethods() {
    }

    private static final ArgParser INIT = ArgParser.of("deque", "iterable=", "maxlen=");

    static void define(TypeBuilder b) {
        b.doc("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data "
                + "accesses near its endpoints.");
        b.newFn((type, args, kwnames) -> new PyDeque(type));
        b.initFn(PyDequeMethods::init);
        b.classmethod("__class_getitem__", null, PyGenericAlias::classGetItem);
        b.constant("__hash__", PyNone.NONE);
        b.method1("append", (self, x) -> none(() -> d(self).append(x)));
        b.method1("appendleft", (self, x) -> none(() -> d(self).appendLeft(x)));
        b.method0("pop", self -> d(self).pop());
        b.method0("popleft", self -> d(self).popLeft());
        b.method1("extend", (self, it) -> none(() -> extend(d(self), it, false)));
        b.method1("extendleft", (self, it) -> none(() -> extend(d(self), it, true)));
        b.method0("clear", self -> none(() -> d(self).clear()));
        b.method0("copy", PyDequeMethods::copy);
        b.method0("__copy__", PyDequeMethods::copy);
        b.method0("reverse", self -> none(() -> d(self).reverse()));
        b.method("rotate", "rotate($self, n=1, /)", (self, a, k) -> {
            ArgParser.noKeywords("deque.rotate", k);
            ArgParser.checkPositional("deque.rotate", a.length, 0, 1);
            d(self).rotate(a.length == 0 ? 1 : clamp(ssize(a[0])));
            return PyNone.NONE;
        });
        b.getter("maxlen", self -> d(self).maxlen < 0 ? PyNone.NONE : PyInt.of(d(self).maxlen));
        b.method1("count", (self, x) -> PyInt.of(count(d(self), x)));
        b.method("index", "index($self, value, [start, [stop]])", PyDequeMethods::index);
        b.method("insert", "insert($self, index, object, /)", (self, a, k) -> {
            // CPython 3.11 parses with _PyArg_ParseStack("nO:insert")
            ArgParser.noKeywords("deque.insert", k);
            ArgParser.checkTupleCount("insert", a.length, 2, 2);
            return none(() -> insert(d(self), clamp(ssize(a[0])), a[1]));
        });
        b.method1("remove", (self, x) -> none(() -> remove(d(self), x)));
        b.method0("__len__", self -> PyInt.of(d(self).size()));
        // CPython 3.11 deque_sizeof: the object and its 64-item blocks (as filled by appends)
        b.method0("__sizeof__", self -> PyInt.of(216L + 528L * ((d(self).size() + 64) / 64)));
        b.method0("__bool__", self -> PyBool.of(d(self).size() != 0));
        b.method1("__contains__", (self, x) -> PyBool.of(find(d(self), x, 0, Integer.MAX_VALUE) >= 0));
        b.method1("__getitem__", (self, i) -> d(self).get(position(d(self), i)));
        b.method2("__setitem__", (self, i, x) -> none(() -> d(self).set(position(d(self), i), x)));
        b.method1("__delitem__", (self, i) -> none(() -> delete(d(self), position(d(self), i))));
        b.method0("__iter__", self -> new PyDequeIterator(d(self), false));
        b.method0("__reversed__", self -> new PyDequeIterator(d(self), true));
        b.method0("__repr__", PyDequeMethods::repr);
        b.method0("__reduce__", PyDequeMethods::reduce);
        b.method1("__add__", PyDequeMethods::add);
        b.method1("__iadd__", (self, it) -> {
            extend(d(self), it, false);
            return self;
        });
        b.method1("__mul__", (self, n) -> repeat(copy(self), n));
        b.method1("__rmul__", (self, n) -> repeat(copy(self), n));
        b.method1("__imul__", (self, n) -> repeat(self, n));
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> compare(self, o, op));
        }
    }

    private static PyDeque d(PyObject self) {
        return (PyDeque) self;
    }

    private static PyObject none(Runnable r) {
        r.run();
        return PyNone.NONE;
    }

    /** An 'n' argument of PyArg_Parse: an index that must fit a C ssize_t. */
    private static PyInt ssize(PyObject o) {
        PyInt i = Ops.index(o);
        if (!i.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i;
    }

    private static int clamp(PyInt i) {
        if (!i.isSmall()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long v = i.longValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = INIT.parse(args, kwnames);
        PyDeque dq = d(self);
        int maxlen = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyInt)) {
                throw PyErr.typeError("an integer is required");
            }
            if (!((PyInt) a[1]).isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            long m = ((PyInt) a[1]).longValue();
            if (m < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        dq.maxlen = maxlen;
        if (dq.size() > 0) {
            dq.clear();
        }
        if (a[0] != null) {
            extend(dq, a[0], false);
        }
        return PyNone.NONE;
    }

    // CPython: deque_extend; the items are read before any is added, so d.extend(d) is safe
    static void extend(PyDeque dq, PyObject iterable, boolean left) {
        PyObject[] xs = iterable instanceof PyDeque other ? other.snapshot() : null;
        if (xs == null && iterable instanceof PyList l) {
            xs = l.snapshot();
        }
        if (xs != null) {
            for (PyObject x : xs) {
                add(dq, x, left);
            }
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            add(dq, x, left);
        }
    }

    private static void add(PyDeque dq, PyObject x, boolean left) {
        if (left) {
            dq.appendLeft(x);
        } else {
            dq.append(x);
        }
    }

    private static PyObject copy(PyObject self) {
        PyDeque src = d(self);
        if (self.type() == PyDeque.TYPE) {
            PyDeque n = new PyDeque(PyDeque.TYPE);
            n.maxlen = src.maxlen;
            for (PyObject x : src.snapshot()) {
                n.append(x);
            }
            return n;
        }
        PyObject ml = src.maxlen < 0 ? PyNone.NONE : PyInt.of(src.maxlen);
        return Ops.call(self.type(), new PyObject[] {new PyList(src.snapshot()), ml}, null);
    }

    /** Index of the first item equal to x in [start, stop), or -1; raises if dq changes meanwhile. */
    private static int find(PyDeque dq, PyObject x, int start, int stop) {
        return find(dq, x, start, stop, PyExc.RuntimeError);
    }

    // CPython: deque_index and deque_contains raise RuntimeError when a comparison changed the
    // deque, deque_remove IndexError (same words); a comparison's own error comes first.
    private static int find(PyDeque dq, PyObject x, int start, int stop, PyType mutated) {
        return find(dq, x, start, stop, mutated, null);
    }

    /**
     * As above; {@code ranPython}, when given, learns whether any comparison could run Python
     * code. A change that happened while only plain values (exact int, str, float, bool, bytes,
     * None) were compared was another thread's: the scan starts again on a fresh snapshot rather
     * than blame a comparison that cannot mutate anything (with CPython's GIL such a scan is
     * never interleaved at all).
     */
    private static int find(PyDeque dq, PyObject x, int start, int stop, PyType mutated, boolean[] ranPython) {
        boolean plainX = plain(x);
        for (;;) {
            long st;
            PyObject[] xs;
            synchronized (dq) {
                st = dq.state();
                xs = dq.snapshot();
            }
            int end = Math.min(stop, xs.length);
            boolean python = false;
            boolean again = false;
            for (int i = Math.max(0, start); i < end; i++) {
                python |= !plainX || !plain(xs[i]);
                boolean eq = xs[i] == x || Ops.eqForContainer(xs[i], x);
                if (dq.state() != st) {
                    if (!python) {
                        again = true;
                        break;
                    }
                    throw PyErr.format(mutated, "deque mutated during iteration");
                }
                if (eq) {
                    if (ranPython != null) {
                        ranPython[0] = python;
                    }
                    return i;
                }
            }
            if (!again) {
                return -1;
            }
        }
    }

    /** A value whose == cannot run Python code. */
    private static boolean plain(PyObject o) {
        PyType t = o.type();
        return t == PyInt.TYPE || t == PyStr.TYPE || t == PyFloat.TYPE || t == PyBool.TYPE
                || t == PyBytes.TYPE || o == PyNone.NONE;
    }

    private static long count(PyDeque dq, PyObject x) {
        boolean plainX = plain(x);
        for (;;) {
            long st;
            PyObject[] xs;
            synchronized (dq) {
                st = dq.state();
                xs = dq.snapshot();
            }
            long n = 0;
            boolean python = false;
            boolean again = false;
            for (PyObject y : xs) {
                python |= !plainX || !plain(y);
                if (y == x || Ops.eqForContainer(y, x)) {
                    n++;
                }
                if (dq.state() != st) {
                    if (!python) {
                        again = true;
                        break;
                    }
                    throw PyErr.runtimeError("deque mutated during iteration");
                }
            }
            if (!again) {
                return n;
            }
        }
    }

    private static PyObject index(PyObject self, PyObject[] a, String[] k) {
        ArgParser.noKeywords("deque.index", k);
        ArgParser.checkTupleCount("index", a.length, 1, 3);
        int n = d(self).size();
        // CPython: _PyEval_SliceIndexNotNone bounds, as list.index
        int start = SequenceSupport.boundIndex(a.length > 1 ? a[1] : null, n, 0);
        int stop = SequenceSupport.boundIndex(a.length > 2 ? a[2] : null, n, n);
        int i = find(d(self), a[0], start, stop);
        if (i < 0) {
            throw PyErr.valueError("%s is not in deque", Ops.repr(a[0]).value());
        }
        return PyInt.of(i);
    }

    private static int normalize(int i, int n) {
        if (i < 0) {
            i += n;
            return Math.max(i, 0);
        }
        return Math.min(i, n);
    }

    private static void remove(PyDeque dq, PyObject x) {
        boolean[] ranPython = new boolean[1];
        while (true) {
            long st = dq.state();
            int i = find(dq, x, 0, Integer.MAX_VALUE, PyExc.IndexError, ranPython);
            if (i < 0) {
                throw PyErr.valueError("%s is not in deque", Ops.repr(x).value());
            }
            synchronized (dq) {
                if (dq.state() == st) {
                    delete(dq, i);
                    return;
                }
            }
            if (ranPython[0]) {
                throw PyErr.indexError("deque mutated during iteration");
            }
            // Another thread changed the deque between the search and the removal: search again.
        }
    }

    private static void insert(PyDeque dq, int i, PyObject x) {
        synchronized (dq) {
            int n = dq.size();
            if (dq.maxlen == n) {
                throw PyErr.indexError("deque already at its maximum size");
            }
            i = normalize(i, n);
            PyObject[] old = dq.snapshot();
            PyObject[] xs = new PyObject[n + 1];
            System.arraycopy(old, 0, xs, 0, i);
            xs[i] = x;
            System.arraycopy(old, i, xs, i + 1, n - i);
            dq.replaceLocked(xs);
        }
    }

    private static void delete(PyDeque dq, int i) {
        synchronized (dq) {
            PyObject[] old = dq.snapshot();
            if (i < 0 || i >= old.length) {
                throw PyErr.indexError("deque index out of range");
            }
            PyObject[] xs = new PyObject[old.length - 1];
            System.arraycopy(old, 0, xs, 0, i);
            System.arraycopy(old, i + 1, xs, i, old.length - i - 1);
            dq.replaceLocked(xs);
        }
    }

    private static int position(PyDeque dq, PyObject i) {
        if (!(i instanceof PyInt) && i.type().lookup("__index__") == null) {
            throw PyErr.typeError("sequence index must be integer, not '%s'", Ops.typeName(i));
        }
        PyInt index = Ops.index(i);
        if (!index.isSmall()) {
            throw PyErr.indexError("cannot fit '%s' into an index-sized integer", Ops.typeName(i));
        }
        int k = clamp(index);
        int n = dq.size();
        if (k < 0) {
            k += n;
        }
        if (k < 0 || k >= n) {
            throw PyErr.indexError("deque index out of range");
        }
        return k;
    }

    // CPython: deque_repr in _collectionsmodule.c
    private static PyObject repr(PyObject self) {
        String name = self.type() == PyDeque.TYPE ? "deque" : self.type().getName();
        if (!Ops.reprEnter(self)) {
            return PyStr.of("[...]");
        }
        try {
            String items = Ops.repr(new PyList(d(self).snapshot())).value();
            int ml = d(self).maxlen;
            return PyStr.of(name + "(" + items + (ml < 0 ? "" : ", maxlen=" + ml) + ")");
        } finally {
            Ops.reprLeave(self);
        }
    }

    private static PyObject reduce(PyObject self) {
        PyDeque dq = d(self);
        PyObject args = dq.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(dq.maxlen));
        PyObject state = self.getDict() == null || self.getDict().size() == 0 ? PyNone.NONE : self.getDict();
        return PyTuple.of(self.type(), args, state, new PyDequeIterator(dq, false));
    }

    private static PyObject add(PyObject self, PyObject other) {
        if (!(other instanceof PyDeque)) {
            throw PyErr.typeError("can only concatenate deque (not \"%s\") to deque", Ops.typeName(other));
        }
        PyObject n = copy(self);
        extend(d(n), other, false);
        return n;
    }

    // CPython: deque_inplace_repeat in _collectionsmodule.c
    private static PyObject repeat(PyObject self, PyObject count) {
        long n = SequenceSupport.repeatCount(count);
        if (n < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDeque dq = d(self);
        PyObject[] xs = dq.snapshot();
        if (n == 0 || xs.length == 0) {
            dq.clear();
            return self;
        }
        int maxlen = dq.maxlen;
        if (maxlen >= 0) {
            // A bounded deque keeps only its last maxlen items: more rounds change nothing.
            n = Math.min(n, maxlen / xs.length + 2);
        } else if (n > (Integer.MAX_VALUE - 8) / xs.length) {
            throw PyErr.of(PyExc.MemoryError);
        }
        for (int r = 1; r < n; r++) {
            for (PyObject x : xs) {
                dq.append(x);
            }
        }
        return self;
    }

    private static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.richCompare(new PyList(d(self).snapshot()), new PyList(o.snapshot()), op);
    }
}
