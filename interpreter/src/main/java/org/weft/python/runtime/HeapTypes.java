package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.unicode.UnicodeType;

/**
 * Making a class: {@code type.__new__} for a {@code class} statement. CPython: type_new and its
 * helpers in typeobject.c (metaclass calculation, best base, {@code __slots__}, the implicit
 * static/class methods, {@code __set_name__}, {@code __init_subclass__}, {@code __classcell__}).
 */
final class HeapTypes {

    private HeapTypes() {
    }

    /** The most derived metaclass of {@code meta} and the bases' types. CPython: _PyType_CalculateMetaclass. */
    static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static PyType newType(PyType meta, String name, PyType[] bases, PyDict ns, PyDict kwargs) {
        if (bases.length == 0) {
            bases = new PyType[] {PyObject.TYPE};
        }
        for (PyType b : bases) {
            if (!b.isBaseType()) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.getName());
            }
        }
        PyType base = bases.length == 1 ? bases[0] : Mro.solidBase(bases);
        PyType t = new PyType(meta, name, base.javaClass);
        t.bases = bases.clone();
        t.base = base;
        fillDict(t, ns);
        setSlots(t, base);
        addInstanceDescriptors(t, base);
        implicitMethods(t);
        t.mro = bases.length == 1 && meta == PyType.TYPE ? prepend(t, base.getMro()) : computeMro(t, meta, bases);
        t.markReady();
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        setClassCell(t);
        setNames(t);
        initSubclass(t, kwargs);
        return t;
    }

    /** Copies the namespace; takes out {@code __qualname__}; defaults {@code __module__} to the caller's {@code __name__}. */
    private static void fillDict(PyType t, PyDict ns) {
        t.dict = new PyDict();
        for (PyObject k : ns.keys()) {
            PyObject v = ns.getItem(k);
            if (v != null) {
                t.plainDict().setItem(k, v);
            }
        }
        setQualname(t);
        if (t.plainDict().getItem("__module__") == null && ThreadState.current().frame() instanceof FrameView f) {
            PyObject mod = f.frameGlobals() == null ? null : f.frameGlobals().getItem("__name__");
            if (mod != null) {
                t.plainDict().setItem("__module__", mod);
            }
        }
    }

    /** {@code __dict__} and {@code __weakref__} where this class adds them, then {@code __doc__}. */
    private static void addInstanceDescriptors(PyType t, PyType base) {
        if (t.instancesHaveDict && !base.instancesHaveDict) {
            t.plainDict().setItem("__dict__", new PyGetSetDescriptor(t, "__dict__", "dictionary for instance variables", HeapTypes::getInstanceDict,
                    HeapTypes::setHeapInstanceDict));
        }
        if (t.instancesHaveWeakref && !base.instancesHaveWeakref) {
            t.plainDict().setItem("__weakref__", new PyGetSetDescriptor(t, "__weakref__", "list of weak references to the object",
                    o -> PyNone.NONE, null));
        }
        if (t.plainDict().getItem("__doc__") == null) {
            t.plainDict().setItem("__doc__", PyNone.NONE);
        }
    }

    /** Fills the {@code __class__} cell of zero-argument {@code super()}. CPython: type_new_set_classcell. */
    private static void setClassCell(PyType t) {
        PyObject cell = t.plainDict().getItem("__classcell__");
        if (cell != null) {
            if (!(cell instanceof PyCell c)) {
                throw PyErr.typeError("__classcell__ must be a nonlocal cell, not %s", Ops.repr(cell.type()).value());
            }
            c.value = t;
            t.plainDict().delItem(PyStr.of("__classcell__"));
        }
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = t;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    /** C3, or the metaclass's own {@code mro()} when it overrides it. CPython: mro_invoke. */
    private static PyType[] computeMro(PyType t, PyType meta, PyType[] bases) {
        PyObject mroMethod = meta.lookup("mro");
        if (meta == PyType.TYPE || mroMethod == PyType.TYPE.getDict().getItem("mro")) {
            return Mro.c3(t, bases);
        }
        t.mro = Mro.c3(t, bases);
        t.markReady(); // the metaclass's mro() sees a usable class (CPython: type is readied first)
        PyObject r = Special.call0(mroMethod, t);
        List<PyType> out = new ArrayList<>();
        PyObject it = Ops.iter(r);
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (!(x instanceof PyType xt)) {
                throw PyErr.typeError("mro() returned a non-class ('%s')", Ops.typeName(x));
            }
            out.add(xt);
        }
        t.mro = out.toArray(new PyType[0]);
        t.invalidate(); // lookups made inside mro() used the provisional C3 order
        return t.mro;
    }

    private static void setQualname(PyType t) {
        PyObject q = t.plainDict().getItem("__qualname__");
        if (q != null) {
            if (!(q instanceof PyStr s)) {
                throw PyErr.typeError("type __qualname__ must be a str, not %s", Ops.typeName(q));
            }
            t.qualname = s.value();
            t.plainDict().delItem(PyStr.of("__qualname__"));
        }
    }

    /** {@code __slots__}: which instances get a dict. (Slot storage: see {@link PyMemberDescriptor}.) */
    private static void setSlots(PyType t, PyType base) {
        PyObject slots = t.plainDict().getItem("__slots__");
        if (slots == null) {
            t.instancesHaveDict = true;
            t.instancesHaveWeakref = base.instancesHaveWeakref || !isVariableSize(base);
            return;
        }
        t.instancesHaveWeakref = base.instancesHaveWeakref;
        List<String> names = new ArrayList<>();
        PyObject it = slots instanceof PyStr ? Ops.iter(PyTuple.of(slots)) : Ops.iter(slots);
        boolean wantDict = false;
        for (PyObject x; (x = Ops.next(it)) != null;) {
            if (!(x instanceof PyStr s)) {
                throw PyErr.typeError("__slots__ items must be strings, not '%s'", Ops.typeName(x));
            }
            String n = s.value();
            if (!UnicodeType.isIdentifier(n)) {
                throw PyErr.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (wantDict || base.instancesHaveDict) {
                    throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                }
                wantDict = true;
            } else if (n.equals("__weakref__")) {
                if (base.instancesHaveWeakref || t.instancesHaveWeakref && !base.instancesHaveWeakref) {
                    throw PyErr.typeError("__weakref__ slot disallowed: either we already got one, "
                            + "or __itemsize__ != 0");
                }
                t.instancesHaveWeakref = true;
            } else {
                String m = mangle(t.name, n);
                if (names.contains(m)) {
                    continue; // CPython 3.11 accepts a repeated slot name; it names one slot
                }
                if (t.plainDict().getItem(m) != null) {
                    throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", n);
                }
                names.add(m);
            }
        }
        if (!names.isEmpty() && isVariableSize(base)) {
            throw PyErr.typeError("nonempty __slots__ not supported for subtype of '%s'", base.getName());
        }
        t.instancesHaveDict = wantDict || base.instancesHaveDict;
        t.slotNames = names.toArray(new String[0]);
        // CPython's type_new sorts the (mangled) slot names before it adds their member descriptors
        // to the class dict, so vars(C) lists them sorted; __slots__ and __getstate__ keep the given order
        List<String> sorted = new ArrayList<>(names);
        java.util.Collections.sort(sorted);
        for (String n : sorted) {
            t.plainDict().setItem(n, new PyMemberDescriptor(t, n));
        }
    }

    /** int, tuple, bytes: CPython's variable-size objects (tp_itemsize != 0) cannot take slots. */
    private static boolean isVariableSize(PyType base) {
        for (PyType m : base.getMro()) {
            if (!m.isHeapType() && (m.getName().equals("int") || m.getName().equals("tuple")
                    || m.getName().equals("bytes"))) {
                return true;
            }
        }
        return false;
    }

    /** Private name mangling of slot names ({@code __x} in class {@code C} is {@code _C__x}). */
    static String mangle(String className, String n) {
        if (!n.startsWith("__") || n.endsWith("__") || n.contains(".")) {
            return n;
        }
        String c = className.replaceFirst("^_+", "");
        return c.isEmpty() ? n : "_" + c + n;
    }

    /** {@code __new__} is a static method, {@code __init_subclass__}/{@code __class_getitem__} class methods. */
    private static void implicitMethods(PyType t) {
        PyObject n = t.plainDict().getItem("__new__");
        if (n != null && isPlainFunction(n)) {
            t.plainDict().setItem("__new__", new PyStaticMethod(n));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.plainDict().getItem(cm);
            if (f != null && isPlainFunction(f)) {
                t.plainDict().setItem(cm, new PyClassMethod(f));
            }
        }
        if (t.plainDict().getItem("__eq__") != null && t.plainDict().getItem("__hash__") == null) {
            t.plainDict().setItem("__hash__", PyNone.NONE);
        }
    }

    /** A Python function (the engine's PyFunction): its type is {@code function}. */
    private static boolean isPlainFunction(PyObject o) {
        return o instanceof PyFunction;
    }

    // CPython: type_new_set_names walks a copy of the new type's dict, so every value that was there
    // gets its __set_name__ even if an earlier one replaced or deleted it in the type
    private static void setNames(PyType t) {
        PyDict names = t.plainDict().copy();
        for (PyObject k : names.keys()) {
            PyObject v = names.getItem(k);
            if (v == null) {
                continue;
            }
            PyObject sn = v.type().lookup("__set_name__");
            if (sn != null) {
                try {
                    Special.call(sn, v, t, k);
                } catch (PyException e) {
                    // CPython 3.11: update_one_slot's caller wraps the error (3.12 adds a note instead).
                    PyException r = PyErr.runtimeError("Error calling __set_name__ on '%s' instance %s in '%s'",
                            Ops.typeName(v), Ops.repr(k).value(), t.getName());
                    r.value().setCause(e.value());
                    throw r;
                }
            }
        }
    }

    /** {@code super(t, t).__init_subclass__(**kwargs)}. CPython: init_subclass. */
    private static void initSubclass(PyType t, PyDict kwargs) {
        PyType[] mro = t.getMro();
        PyObject f = null;
        for (int i = 1; i < mro.length && f == null; i++) {
            f = mro[i].getDict().getItem("__init_subclass__");
        }
        if (f == null) {
            return;
        }
        PyObject bound = Attributes.get(f, null, t);
        List<PyObject> keys = kwargs == null ? List.of() : kwargs.keys();
        PyObject[] args = new PyObject[keys.size()];
        String[] names = new String[keys.size()];
        for (int i = 0; i < args.length; i++) {
            names[i] = ((PyStr) keys.get(i)).value();
            args[i] = kwargs.getItem(keys.get(i));
        }
        Ops.call(bound, args, names);
    }

    static PyObject getInstanceDict(PyObject obj) {
        PyDict d = obj.getDict();
        if (d == null) {
            throw PyErr.attributeError("This object has no __dict__");
        }
        return d;
    }

    static void setInstanceDict(PyObject obj, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(v instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", Ops.typeName(v));
        }
        obj.setDict(d);
    }

    /** A class's instances may even lose their __dict__: it starts over empty. CPython: subtype_setdict. */
    static void setHeapInstanceDict(PyObject obj, PyObject v) {
        setInstanceDict(obj, v == null ? new PyDict() : v);
    }

    /** Whether instances of {@code a} may become instances of {@code b}. CPython: compatible_for_assignment. */
    static boolean sameLayout(PyType a, PyType b) {
        PyType sa = Mro.solid(a);
        PyType sb = Mro.solid(b);
        while (sa.isHeapType() && (sa.slotNames == null || sa.slotNames.length == 0)) {
            sa = sa.getBase();
        }
        while (sb.isHeapType() && (sb.slotNames == null || sb.slotNames.length == 0)) {
            sb = sb.getBase();
        }
        if (a.javaClass != b.javaClass || a.instancesHaveDict != b.instancesHaveDict) {
            return false;
        }
        // CPython's same_slots_added: two classes that add the same __slots__ to the same base lay
        // out their instances alike (here: the same SlotStorage cells; only without a __dict__,
        // where slot values live in the descriptors' own maps)
        return sa == sb || (sa.isHeapType() && sb.isHeapType() && sa.getBase() == sb.getBase()
                && !a.instancesHaveDict && java.util.Arrays.equals(sa.slotNames, sb.slotNames)
                && sa.instancesHaveWeakref == sb.instancesHaveWeakref);
    }

    /** {@code C.__bases__ = (...)}: recompute the MRO of C and its subclasses. CPython: type_set_bases. */
    static void setBases(PyType t, PyObject value) {
        if (!t.isHeapType()) {
            throw PyErr.typeError("cannot set '__bases__' attribute of immutable type '%s'", t.getName());
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete '__bases__' attribute of immutable type '%s'", t.getName());
        }
        if (!(value instanceof PyTuple tup)) {
            throw PyErr.typeError("can only assign tuple to %s.__bases__, not %s", t.getName(), Ops.typeName(value));
        }
        if (tup.size() == 0) {
            throw PyErr.typeError("can only assign non-empty tuple to %s.__bases__, not ()", t.getName());
        }
        PyType[] nb = new PyType[tup.size()];
        for (int k = 0; k < nb.length; k++) {
            if (!(tup.get(k) instanceof PyType b)) {
                throw PyErr.typeError("%s.__bases__ must be tuple of classes, not '%s'", t.getName(),
                        Ops.typeName(tup.get(k)));
            }
            if (b.isSubtypeOf(t)) {
                throw PyErr.typeError("a __bases__ item causes an inheritance cycle");
            }
            nb[k] = b;
        }
        PyType newBase = nb.length == 1 ? nb[0] : Mro.solidBase(nb);
        if (Mro.solid(newBase) != Mro.solid(t.base) || newBase.javaClass != t.javaClass) {
            throw PyErr.typeError("__bases__ assignment: '%s' object layout differs from '%s'", newBase.getName(),
                    t.base.getName());
        }
        PyType[] oldBases = t.bases;
        PyType[] newMro = Mro.c3(t, nb);
        synchronized (t) {
            t.bases = nb;
            t.base = newBase;
            t.mro = newMro;
        }
        for (PyType b : oldBases) {
            b.removeSubclass(t);
        }
        for (PyType b : nb) {
            b.addSubclass(t);
        }
        recomputeSubclassMros(t);
        t.invalidate();
    }

    private static void recomputeSubclassMros(PyType t) {
        for (PyType sub : t.getSubclasses()) {
            sub.mro = Mro.c3(sub, sub.bases);
            recomputeSubclassMros(sub);
        }
    }
}
