package org.weft.python.nodes.function;

import java.util.ArrayList;
import java.util.Arrays;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.expression.DisplayNodes;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyCell;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * Makes a class from a {@code class} statement: bases and keywords, the metaclass (explicit, or
 * the most derived metaclass of the bases), its {@code __prepare__} namespace, the class body run
 * in that namespace, then {@code metaclass(name, bases, namespace, **kw)} and the
 * {@code __class__} cell for zero-argument {@code super()}.
 */
// CPython: builtin___build_class__ in bltinmodule.c
public final class ClassBodyNode extends ExprNode {
    private final PyCode code;
    private final String name;
    private final ExprNode bases;
    private final String[] kwNames;
    private final ExprNode[] kwValues;
    private final int[] closure;

    public ClassBodyNode(PyCode code, String name, ExprNode bases, String[] kwNames, ExprNode[] kwValues,
                         int[] closure) {
        this.code = code;
        this.name = name;
        this.bases = bases;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
        this.closure = closure;
    }

    @Override
    public PyObject execute(Frame f) {
        PyTuple origBases = (PyTuple) bases.execute(f);
        PyTuple baseTuple = resolveBases(origBases);
        PyObject meta = null;
        ArrayList<String> names = new ArrayList<>();
        ArrayList<PyObject> values = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            PyObject v = kwValues[i].execute(f);
            if (kwNames[i] == null) {
                // CPython: the call's DICT_MERGE, whose errors name __build_class__
                PyObject keys = Ops.getattrOrNull(v, "keys");
                if (keys == null) {
                    throw PyErr.typeError("__build_class__() argument after ** must be a mapping, not %s",
                            Ops.typeName(v));
                }
                PyObject it = Ops.iter(Ops.call(keys));
                for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
                    if (!(k instanceof PyStr ks)) {
                        throw PyErr.typeError("keywords must be strings");
                    }
                    addKeyword(names, values, ks.value(), Ops.getitem(v, k));
                }
            } else {
                addKeyword(names, values, kwNames[i], v);
            }
        }
        int mi = names.indexOf("metaclass");
        if (mi >= 0) {
            meta = values.remove(mi);
            names.remove(mi);
        }
        meta = calculateMeta(meta, baseTuple);
        return build(f, meta, origBases, baseTuple, names.toArray(new String[0]), values.toArray(new PyObject[0]));
    }

    /**
     * The bases with each non-class that has {@code __mro_entries__} replaced by what it returns
     * (PEP 560: {@code class Box(Generic[T])}); the same tuple when nothing changes.
     */
    // CPython: update_bases in bltinmodule.c
    private static PyTuple resolveBases(PyTuple bases) {
        ArrayList<PyObject> resolved = null;
        PyObject[] items = bases.items();
        for (int i = 0; i < items.length; i++) {
            PyObject base = items[i];
            PyObject entries = base instanceof PyType ? null : Ops.getattrOrNull(base, "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(base);
                }
                continue;
            }
            PyObject replacement = Ops.call(entries, bases);
            if (!(replacement instanceof PyTuple t)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new ArrayList<>(Arrays.asList(items).subList(0, i));
            }
            resolved.addAll(Arrays.asList(t.items()));
        }
        return resolved == null ? bases : PyTuple.of(resolved.toArray(new PyObject[0]));
    }

    private static void addKeyword(ArrayList<String> names, ArrayList<PyObject> values, String k, PyObject v) {
        if (names.contains(k)) {
            throw PyErr.typeError("__build_class__() got multiple values for keyword argument '%s'", k);
        }
        names.add(k);
        values.add(v);
    }

    private PyObject build(Frame f, PyObject meta, PyTuple origBases, PyTuple baseTuple, String[] kw, PyObject[] kwv) {
        PyObject ns = prepare(meta, baseTuple, kw, kwv);
        PyCell[] cells = Closures.frameCells(code, f, closure);
        Frame body = new Frame(code, f.globals, f.builtins, ns, cells);
        PyFunction.execute(f.ts, body);
        if (baseTuple != origBases) {
            Ops.setitem(ns, PyStr.of("__orig_bases__"), origBases);
        }
        PyCell classCell = null;
        int ci = Arrays.asList(code.cellvars).indexOf("__class__");
        if (ci >= 0) {
            classCell = cells[ci];
            Ops.setitem(ns, PyStr.of("__classcell__"), classCell);
        }
        PyObject[] args = new PyObject[3 + kwv.length];
        args[0] = PyStr.of(name);
        args[1] = baseTuple;
        args[2] = ns;
        System.arraycopy(kwv, 0, args, 3, kwv.length);
        PyObject cls = Ops.call(meta, args, kw.length == 0 ? null : kw);
        if (classCell != null && classCell.value == null) {
            classCell.value = cls;
        }
        return cls;
    }

    private PyObject prepare(PyObject meta, PyTuple baseTuple, String[] kw, PyObject[] kwv) {
        PyObject prep = Ops.getattrOrNull(meta, "__prepare__");
        if (prep == null) {
            return new PyDict();
        }
        PyObject[] args = new PyObject[2 + kwv.length];
        args[0] = PyStr.of(name);
        args[1] = baseTuple;
        System.arraycopy(kwv, 0, args, 2, kwv.length);
        PyObject ns = Ops.call(prep, args, kw.length == 0 ? null : kw);
        if (Ops.getattrOrNull(ns.type(), "__getitem__") == null) {
            throw PyErr.typeError("%s.__prepare__() must return a mapping, not %s",
                    meta instanceof PyType t ? t.getName() : "<metaclass>", Ops.typeName(ns));
        }
        return ns;
    }

    // CPython: _PyType_CalculateMetaclass in typeobject.c
    private static PyObject calculateMeta(PyObject meta, PyTuple bases) {
        if (meta != null && !(meta instanceof PyType)) {
            return meta;
        }
        PyType winner = meta != null ? (PyType) meta
                : bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
        for (PyObject b : bases.items()) {
            PyType t = b.type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The tuple of bases, unpacking {@code *bases}. */
    public static ExprNode basesTuple(ExprNode[] bases) {
        return DisplayNodes.tuple(bases);
    }
}
