package org.weft.python.nodes.expression;

import java.util.ArrayList;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.DictMerge;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PySet;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/** Tuple, list, set and dict displays, with {@code *x} and {@code **m} unpacking. */
public final class DisplayNodes {
    private DisplayNodes() {
    }

    /** Marks {@code *value} inside a display or a call's positional arguments. */
    public static final class Starred extends ExprNode {
        final ExprNode value;

        Starred(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject execute(Frame f) {
            throw PyErr.format(org.weft.python.runtime.PyExc.SystemError, "starred outside a display");
        }
    }

    public static ExprNode starred(ExprNode value) {
        return new Starred(value);
    }

    private static boolean hasStar(ExprNode[] items) {
        for (ExprNode n : items) {
            if (n instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** The values of the items, unpacking starred ones. */
    static PyObject[] values(Frame f, ExprNode[] items, boolean star) {
        return values(f, items, star, true);
    }

    /** As {@link #values(Frame, ExprNode[], boolean)}; {@code hint}: ask a starred iterable its length first, as a list or tuple display does (a set display does not). */
    static PyObject[] values(Frame f, ExprNode[] items, boolean star, boolean hint) {
        if (!star) {
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = items[i].execute(f);
            }
            return r;
        }
        ArrayList<PyObject> all = new ArrayList<>();
        for (ExprNode n : items) {
            if (n instanceof Starred s) {
                PyObject iterable = s.value.execute(f);
                PyObject it = hint ? iterForExtend(iterable) : Ops.iter(iterable);
                if (hint) {
                    org.weft.python.runtime.LengthHint.ask(iterable); // CPython: LIST_EXTEND's list_extend
                }
                for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                    all.add(v);
                }
            } else {
                all.add(n.execute(f));
            }
        }
        return all.toArray(new PyObject[0]);
    }

    /**
     * {@code iter(x)} for {@code *x} in a list or tuple display, or among other positional
     * arguments of a call: CPython's LIST_EXTEND names the star in its error when {@code x} is
     * neither iterable nor a sequence.
     */
    static PyObject iterForExtend(PyObject iterable) {
        try {
            return Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && !iterableOrSequence(iterable)) {
                throw PyErr.typeError("Value after * must be an iterable, not %s", Ops.typeName(iterable));
            }
            throw e;
        }
    }

    /** CPython: {@code tp_iter != NULL || PySequence_Check(o)}. */
    static boolean iterableOrSequence(PyObject o) {
        PyType t = o.type();
        return t.lookup("__iter__") != null || (t.lookup("__getitem__") != null && !(o instanceof PyDict));
    }

    public static ExprNode tuple(ExprNode[] items) {
        boolean star = hasStar(items);
        if (items.length == 0) {
            return new Const(PyTuple.EMPTY);
        }
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                return PyTuple.of(values(f, items, star));
            }
        };
    }

    public static ExprNode list(ExprNode[] items) {
        boolean star = hasStar(items);
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                return new PyList(values(f, items, star));
            }
        };
    }

    public static ExprNode set(ExprNode[] items) {
        boolean star = hasStar(items);
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                PySet s = new PySet();
                for (PyObject v : values(f, items, star, false)) {
                    s.add(v);
                }
                return s;
            }
        };
    }

    /**
     * A set display of constants: a new set updated from the frozenset constant CPython's
     * compiler makes of them (BUILD_SET 0, SET_UPDATE), whose table decides the order.
     */
    public static ExprNode constantSet(org.weft.python.runtime.PyFrozenSet items) {
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                return PySet.of(items);
            }
        };
    }

    /** A dict display; a null key marks {@code **mapping}. */
    public static ExprNode dict(ExprNode[] keys, ExprNode[] values) {
        return new ExprNode() {
            @Override
            public PyObject execute(Frame f) {
                PyDict d = new PyDict();
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == null) {
                        merge(d, values[i].execute(f));
                    } else {
                        PyObject k = keys[i].execute(f);
                        d.setItem(k, values[i].execute(f));
                    }
                }
                return d;
            }
        };
    }

    private static void merge(PyDict d, PyObject m) {
        DictMerge.intoDisplay(d, m);
    }
}
