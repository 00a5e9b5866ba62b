package org.weft.python.nodes.pattern;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * {@code [p1, *rest, p2]}: the subject must be a sequence (not str, bytes or bytearray) of the
 * right length; {@code star} is the index of the star sub-pattern or -1, whose target may be null
 * for {@code *_}.
 */
// CPython: MATCH_SEQUENCE and the compiler's pattern_helper_sequence_unpack
public final class SequencePattern extends PatternNode {
    private final PatternNode[] patterns;
    private final int star;
    private final TargetNode starTarget;

    /** Which sub-patterns are {@code _} or {@code *_}: they need no item. */
    private final boolean[] wildcard;
    private final boolean onlyWildcards;

    public SequencePattern(PatternNode[] patterns, int star, TargetNode starTarget, boolean[] wildcard) {
        this.patterns = patterns;
        this.star = star;
        this.starTarget = starTarget;
        this.wildcard = wildcard;
        boolean all = true;
        for (boolean w : wildcard) {
            all &= w;
        }
        this.onlyWildcards = all;
    }

    // CPython: compiler_pattern_sequence; len() first (no iteration when it does not fit), then
    // nothing more for [_, *_], subscripts around a *_, else the subject is unpacked
    @Override
    public boolean match(Frame f, PyObject subject) {
        if (!isSequence(subject)) {
            return false;
        }
        int size = patterns.length;
        if (star < 0 || size > 1) {
            long n = Ops.len(subject);
            if (star < 0 ? n != size : n < size - 1) {
                return false;
            }
        }
        if (onlyWildcards) {
            return true;
        }
        if (star >= 0 && starTarget == null) {
            return matchBySubscript(f, subject);
        }
        List<PyObject> items = items(subject);
        int n = items.size();
        int fixed = star < 0 ? patterns.length : patterns.length - 1;
        if (star < 0 ? n != fixed : n < fixed) {
            return false;
        }
        if (star < 0) {
            for (int i = 0; i < n; i++) {
                if (!patterns[i].match(f, items.get(i))) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < star; i++) {
            if (!patterns[i].match(f, items.get(i))) {
                return false;
            }
        }
        int after = patterns.length - star - 1;
        for (int i = 0; i < after; i++) {
            if (!patterns[star + 1 + i].match(f, items.get(n - after + i))) {
                return false;
            }
        }
        if (starTarget != null) {
            starTarget.assign(f, new PyList(items.subList(star, n - after).toArray(new PyObject[0])));
        }
        return true;
    }

    private boolean matchBySubscript(Frame f, PyObject subject) {
        int size = patterns.length;
        for (int i = 0; i < size; i++) {
            if (wildcard[i]) {
                continue;
            }
            // after the star, counted from len(s): the subject may not take negative indices
            long index = i < star ? i : Ops.len(subject) - (size - i);
            PyObject item = Ops.getitem(subject, PyInt.of(index));
            if (!patterns[i].match(f, item)) {
                return false;
            }
        }
        return true;
    }

    /** Sequences for pattern matching: list, tuple, range and other registered sequences, never strings. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return true;
        }
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyDict) {
            return false;
        }
        return collectionFlags(o.type()) == SEQUENCE_FLAG;
    }

    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as _collections_abc's __abc_tpflags__. */
    static final int SEQUENCE_FLAG = 1 << 5;
    static final int MAPPING_FLAG = 1 << 6;

    /**
     * Whether match treats instances of {@code type} as sequences or mappings (or neither, 0):
     * the built-in types that carry the flag, and the classes that subclass or are registered with
     * collections.abc.Sequence or Mapping (abc.register marks a virtual subclass).
     */
    static int collectionFlags(PyType type) {
        if (type.isHeapType()) {
            PyObject flags = type.lookup("__abc_tpflags__");
            if (flags instanceof PyInt i) {
                return (int) (i.longValue() & (SEQUENCE_FLAG | MAPPING_FLAG));
            }
        }
        for (PyType t : type.getMro()) {
            if (!t.isHeapType()) {
                switch (t.getName()) {
                    case "range", "memoryview", "deque", "array", "list", "tuple":
                        return SEQUENCE_FLAG;
                    case "dict", "mappingproxy":
                        return MAPPING_FLAG;
                    default:
                        break;
                }
            }
        }
        return 0;
    }

    static List<PyObject> items(PyObject o) {
        if (o instanceof PyTuple t) {
            return List.of(t.items());
        }
        List<PyObject> r = new ArrayList<>();
        PyObject it = Ops.iter(o);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            r.add(v);
        }
        return r;
    }
}
