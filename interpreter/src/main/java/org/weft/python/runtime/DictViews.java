package org.weft.python.runtime;

/**
 * The views of a dict: {@code dict_keys}, {@code dict_values}, {@code dict_items}. They hold the
 * dict, not a copy, so they see every later change; keys and items views are set-like
 * ({@code == < <= & | - ^}, {@code isdisjoint}). CPython: the dictview functions in dictobject.c.
 */
final class DictViews {

    private DictViews() {
    }

    /** What the three views share: the dict they look at. */
    abstract static class View extends PyObject {
        final PyDict dict;

        View(PyType type, PyDict dict) {
            super(type);
            this.dict = dict;
        }

        abstract DictIterator.Kind kind();
    }

    /** {@code dict_keys}. */
    static final class Keys extends View {
        static final PyType TYPE = PyType.builtin("dict_keys", Keys.class, () -> PyObject.TYPE,
                b -> defineView(b, true));

        Keys(PyDict d) {
            super(TYPE, d);
        }

        @Override
        DictIterator.Kind kind() {
            return DictIterator.Kind.KEYS;
        }
    }

    /** {@code dict_values}. */
    static final class Values extends View {
        static final PyType TYPE = PyType.builtin("dict_values", Values.class, () -> PyObject.TYPE,
                b -> defineView(b, false));

        Values(PyDict d) {
            super(TYPE, d);
        }

        @Override
        DictIterator.Kind kind() {
            return DictIterator.Kind.VALUES;
        }
    }

    /** {@code dict_items}. */
    static final class Items extends View {
        static final PyType TYPE = PyType.builtin("dict_items", Items.class, () -> PyObject.TYPE,
                b -> defineView(b, true));

        Items(PyDict d) {
            super(TYPE, d);
        }

        @Override
        DictIterator.Kind kind() {
            return DictIterator.Kind.ITEMS;
        }
    }

    private static void defineView(TypeBuilder b, boolean setLike) {
        b.notBaseType();
        b.method0("__len__", self -> PyInt.of(((View) self).dict.size()));
        b.method0("__iter__", self -> new DictIterator(((View) self).dict, ((View) self).kind(), false));
        b.method0("__reversed__", self -> new DictIterator(((View) self).dict, ((View) self).kind(), true));
        b.method1("__contains__", (self, x) -> PyBool.of(contains((View) self, x)));
        b.method0("__repr__", self -> PyStr.of(repr((View) self)));
        b.getter("mapping", self -> new PyMappingProxy(((View) self).dict));
        if (!setLike) {
            return;
        }
        b.constant("__hash__", PyNone.NONE);
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> compare((View) self, o, op));
        }
        b.method1("__and__", DictViews::intersect);
        b.method1("__rand__", DictViews::intersect);
        b.method1("__or__", (self, o) -> or(self, o));
        b.method1("__ror__", (self, o) -> or(o, self));
        b.method1("__sub__", (self, o) -> sub(self, o));
        b.method1("__rsub__", (self, o) -> sub(o, self));
        b.method1("__xor__", (self, o) -> xor(self, o));
        b.method1("__rxor__", (self, o) -> xor(o, self));
        b.method1("isdisjoint", (self, o) -> PyBool.of(isDisjoint((View) self, o)));
    }

    static boolean contains(View v, PyObject x) {
        switch (v.kind()) {
            case KEYS:
                return v.dict.containsKey(x);
            case ITEMS: {
                // CPython: dictitems_contains
                if (!(x instanceof PyTuple t) || t.items.length != 2) {
                    return false;
                }
                PyObject found = v.dict.getItem(t.items[0]);
                return found != null && Ops.eqForContainer(found, t.items[1]);
            }
            default: {
                PyObject it = new DictIterator(v.dict, DictIterator.Kind.VALUES, false);
                for (PyObject y; (y = Ops.next(it)) != null;) {
                    if (Ops.eqForContainer(y, x)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** The view's items as a list, in order. */
    private static PyObject[] items(View v) {
        return Sequences.toArray(new DictIterator(v.dict, v.kind(), false));
    }

    // CPython: dictview_repr in dictobject.c
    static String repr(View v) {
        if (!Ops.reprEnter(v)) {
            return "...";
        }
        try {
            return v.type().getName() + "(" + Ops.repr(new PyList(items(v))).value() + ")";
        } finally {
            Ops.reprLeave(v);
        }
    }

    private static boolean isSetLike(PyObject o) {
        return o instanceof PyBaseSet || o instanceof Keys || o instanceof Items;
    }

    /** Every item of {@code a} is in {@code b}. CPython: all_contained_in. */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Ops.iter(a);
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (!Ops.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    // CPython: dictview_richcompare in dictobject.c
    private static PyObject compare(View self, PyObject other, CompareOp op) {
        if (!isSetLike(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long n = self.dict.size();
        long m = Ops.len(other);
        return PyBool.of(switch (op) {
            case EQ -> n == m && allContainedIn(self, other);
            case NE -> !(n == m && allContainedIn(self, other));
            case LT -> n < m && allContainedIn(self, other);
            case LE -> n <= m && allContainedIn(self, other);
            case GT -> n > m && allContainedIn(other, self);
            case GE -> n >= m && allContainedIn(other, self);
        });
    }

    /** A new set of the items of {@code o}. CPython: dictviews_to_set. */
    private static PySet toSet(PyObject o) {
        return PySet.of(o instanceof Keys k ? k.dict : o);
    }

    private static PyObject or(PyObject a, PyObject b) {
        PySet r = toSet(a);
        SetAlgebra.update(r, b);
        return r;
    }

    private static PyObject sub(PyObject a, PyObject b) {
        PySet r = toSet(a);
        SetAlgebra.differenceUpdate(r, b);
        return r;
    }

    private static PyObject xor(PyObject a, PyObject b) {
        PySet r = toSet(a);
        SetAlgebra.symmetricDifferenceUpdate(r, b);
        return r;
    }

    // CPython: _PyDictView_Intersect in dictobject.c
    private static PyObject intersect(PyObject self, PyObject other) {
        View v = (View) self;
        long n = v.dict.size();
        if (other.type() == PySet.TYPE && n <= ((PySet) other).size()) {
            return SetAlgebra.intersection((PySet) other, v);
        }
        PyObject iterated = other;
        if (other instanceof View w && (w instanceof Keys || w instanceof Items) && w.dict.size() > n) {
            iterated = v;
            v = w;
        }
        PySet r = new PySet();
        PyObject it = Ops.iter(iterated);
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (contains(v, x)) {
                r.add(x);
            }
        }
        return r;
    }

    // CPython: dictviews_isdisjoint in dictobject.c
    private static boolean isDisjoint(View self, PyObject other) {
        PyObject it;
        PyObject probe;
        if (isSetLike(other) && Ops.len(other) > self.dict.size()) {
            it = Ops.iter(self);
            probe = other;
        } else {
            it = Ops.iter(other);
            probe = self;
        }
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (Ops.contains(probe, x)) {
                return false;
            }
        }
        return true;
    }
}
