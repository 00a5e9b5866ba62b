package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The C3 method resolution order and the instance-layout ("solid base") rules of CPython's typeobject.c. */
final class Mro {

    private Mro() {
    }

    /** CPython: mro_implementation; {@code [self] + merge(mro(b) for b in bases, bases)}. */
    static PyType[] c3(PyType self, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.typeError("duplicate base class %s", bases[i].getName());
                }
            }
        }
        List<PyType[]> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(b.getMro());
        }
        seqs.add(bases);
        int[] heads = new int[seqs.size()];
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            PyType next = null;
            boolean empty = true;
            for (int i = 0; i < seqs.size() && next == null; i++) {
                if (heads[i] < seqs.get(i).length) {
                    empty = false;
                    PyType cand = seqs.get(i)[heads[i]];
                    if (!inTail(cand, seqs, heads)) {
                        next = cand;
                    }
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            if (next == null) {
                throw mroError(seqs, heads);
            }
            result.add(next);
            for (int i = 0; i < seqs.size(); i++) {
                if (heads[i] < seqs.get(i).length && seqs.get(i)[heads[i]] == next) {
                    heads[i]++;
                }
            }
        }
    }

    private static boolean inTail(PyType t, List<PyType[]> seqs, int[] heads) {
        for (int i = 0; i < seqs.size(); i++) {
            PyType[] s = seqs.get(i);
            for (int k = heads[i] + 1; k < s.length; k++) {
                if (s[k] == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** CPython: set_mro_error (its message has a line break after "resolution"). */
    private static PyException mroError(List<PyType[]> seqs, int[] heads) {
        Set<PyType> names = new LinkedHashSet<>();
        for (int i = 0; i < seqs.size(); i++) {
            if (heads[i] < seqs.get(i).length) {
                names.add(seqs.get(i)[heads[i]]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (PyType t : names) {
            sb.append(sb.length() > 0 ? ", " : "").append(t.getName());
        }
        return PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", sb);
    }

    /** The type whose instance layout {@code t}'s instances have. CPython: solid_base. */
    static PyType solid(PyType t) {
        PyType b = t.getBase();
        if (b == null) {
            return t;
        }
        if (t.javaClass != b.javaClass || (t.slotNames != null && t.slotNames.length > 0)) {
            return t;
        }
        return solid(b);
    }

    /** The base whose layout the new type's instances take. CPython: best_base. */
    static PyType solidBase(PyType[] bases) {
        PyType base = null;
        PyType winner = null;
        for (PyType b : bases) {
            PyType cand = solid(b);
            // CPython best_base: an equal layout keeps the earlier base
            if (winner == null || !winner.isSubtypeOf(cand) && cand.isSubtypeOf(winner)) {
                winner = cand;
                base = b;
            } else if (!winner.isSubtypeOf(cand)) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }
}
