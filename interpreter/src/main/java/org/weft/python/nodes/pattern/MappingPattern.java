package org.weft.python.nodes.pattern;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;

/**
 * {@code {k1: p1, k2: p2, **rest}}: the subject must be a mapping holding every key; {@code rest}
 * (may be null) receives a dict of the other items.
 */
// CPython: MATCH_MAPPING and MATCH_KEYS in ceval.c
public final class MappingPattern extends PatternNode {
    private final ExprNode[] keys;
    private final PatternNode[] patterns;
    private final TargetNode rest;

    public MappingPattern(ExprNode[] keys, PatternNode[] patterns, TargetNode rest) {
        this.keys = keys;
        this.patterns = patterns;
        this.rest = rest;
    }

    @Override
    public boolean match(Frame f, PyObject subject) {
        if (!isMapping(subject)) {
            return false;
        }
        PyObject[] keyValues = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i].execute(f);
            for (int j = 0; j < i; j++) {
                if (Ops.eqForContainer(keyValues[j], k)) {
                    throw PyErr.valueError("mapping pattern checks duplicate key (%s)", Ops.repr(k).value());
                }
            }
            keyValues[i] = k;
            PyObject v = get(subject, k);
            if (v == null || !patterns[i].match(f, v)) {
                return false;
            }
        }
        if (rest != null) {
            PyDict d = new PyDict();
            PyObject it = Ops.iter(Ops.call(Ops.getattr(subject, "keys")));
            for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
                d.setItem(k, Ops.getitem(subject, k));
            }
            for (PyObject k : keyValues) {
                d.delItem(k);
            }
            rest.assign(f, d);
        }
        return true;
    }

    private static PyObject get(PyObject subject, PyObject key) {
        if (subject.type() == PyDict.TYPE) {
            return ((PyDict) subject).getItem(key);
        }
        PyObject missing = new PyObject(PyObject.TYPE);
        PyObject v = Ops.callMethod(subject, "get", key, missing);
        return v == missing ? null : v;
    }

    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict) {
            return true;
        }
        return SequencePattern.collectionFlags(o.type()) == SequencePattern.MAPPING_FLAG;
    }
}
