package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.weft.python.runtime.ContainerTestSupport.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code dict} and its views, checked against CPython 3.11's answers. */
class PyDictTest {

    private static PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) {
            d.setItem(kv[k], kv[k + 1]);
        }
        return d;
    }

    @Test
    @DisplayName("keeps insertion order through deletes and resizes; repr handles recursion")
    void orderAndRepr() {
        PyDict d = new PyDict();
        for (int k = 0; k < 100; k++) {
            d.setItem(i(k), i(k));
        }
        for (int k = 0; k < 100; k += 2) {
            d.delItem(i(k));
        }
        d.setItem(i(0), i(0));
        assertEquals(51, d.size());
        assertEquals("1", repr(Ops.next(Ops.iter(d))));
        PyDict e = dict(s("a"), i(1), s("b"), list(1));
        e.setItem(s("c"), e);
        assertEquals("{'a': 1, 'b': [1], 'c': {...}}", repr(e));
    }

    @Test
    @DisplayName("methods: get setdefault pop popitem update copy fromkeys clear")
    void methods() {
        PyDict d = dict(i(1), i(2), i(3), i(4));
        assertEquals("2", repr(call(d, "get", i(1))));
        assertEquals("None", repr(call(d, "get", i(9))));
        assertEquals("7", repr(call(d, "setdefault", i(5), i(7))));
        assertEquals("7", repr(call(d, "setdefault", i(5), i(8))));
        assertEquals("(5, 7)", repr(call(d, "popitem")));
        assertEquals("4", repr(call(d, "pop", i(3))));
        assertEquals("0", repr(call(d, "pop", i(3), i(0))));
        Ops.callMethod(d, "update", new PyObject[] {list(), i(5)}, new String[] {"x"});
        Ops.callMethod(d, "update", PyList.of(tuple(s("k"), s("v")), s("ab")));
        assertEquals("{1: 2, 'x': 5, 'k': 'v', 'a': 'b'}", repr(d));
        assertEquals("{'a': 0, 'b': 0}", repr(Ops.callMethod(PyDict.TYPE, "fromkeys", s("ab"), i(0))));
        PyObject c = call(d, "copy");
        call(d, "clear");
        assertEquals("{}", repr(d));
        assertEquals(4, ((PyDict) c).size());
    }

    @Test
    @DisplayName("errors have CPython's messages")
    void errors() {
        raises(PyExc.KeyError, "'popitem(): dictionary is empty'", () -> call(new PyDict(), "popitem"));
        raises(PyExc.KeyError, "1", () -> Ops.getitem(new PyDict(), i(1)));
        raises(PyExc.KeyError, "1", () -> call(new PyDict(), "pop", i(1)));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> Ops.setitem(new PyDict(), list(), i(1)));
        raises(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence",
                () -> call(new PyDict(), "update", PyList.of(i(1))));
        raises(PyExc.ValueError, "dictionary update sequence element #1 has length 1; 2 is required",
                () -> call(new PyDict(), "update", PyList.of(s("ab"), s("c"))));
        raises(PyExc.TypeError, "dict expected at most 1 argument, got 2",
                () -> Ops.call(PyDict.TYPE, list(), list()));
        raises(PyExc.TypeError, "get expected at least 1 argument, got 0", () -> call(new PyDict(), "get"));
    }

    @Test
    @DisplayName("== compares items; | merges; |= takes any iterable of pairs")
    void operators() {
        assertEquals(PyBool.TRUE, Ops.eq(dict(i(1), i(2)), dict(i(1), i(2))));
        assertEquals(PyBool.FALSE, Ops.eq(dict(i(1), i(2)), dict(i(1), i(3))));
        assertEquals("{1: 2, 3: 4}", repr(Ops.or(dict(i(1), i(2)), dict(i(3), i(4)))));
        PyDict d = dict(i(1), i(2));
        Ops.ior(d, PyList.of(tuple(i(5), i(6))));
        assertEquals("{1: 2, 5: 6}", repr(d));
    }

    @Test
    @DisplayName("views: repr, len, in, reversed, set operations, comparisons")
    void views() {
        PyDict d = dict(i(1), i(2), i(3), i(4));
        assertEquals("dict_keys([1, 3])", repr(call(d, "keys")));
        assertEquals("dict_values([2, 4])", repr(call(d, "values")));
        assertEquals("dict_items([(1, 2), (3, 4)])", repr(call(d, "items")));
        assertEquals("{1, 3, 5}", repr(Ops.or(call(d, "keys"), list(5))));
        assertEquals("{3}", repr(Ops.sub(call(d, "keys"), PySet.of(list(1)))));
        assertEquals("{3, 7}", repr(Ops.xor(call(d, "keys"), PySet.of(list(1, 7)))));
        assertEquals("{(1, 2)}", repr(Ops.and(call(d, "items"), PySet.of(PyList.of(tuple(i(1), i(2)))))));
        assertEquals(PyBool.TRUE, Ops.eq(call(dict(i(1), i(2)), "keys"), PySet.of(list(1))));
        assertEquals(PyBool.TRUE, Ops.lt(call(dict(i(1), i(2)), "keys"), PySet.of(list(1, 2))));
        assertEquals(true, Ops.contains(call(d, "items"), tuple(i(1), i(2))));
        assertEquals("[4, 2]", repr(new PyList(Sequences.toArray(call(call(d, "values"), "__reversed__")))));
        raises(PyExc.TypeError, "unhashable type: 'dict_keys'", () -> Ops.hash(call(d, "keys")));
    }

    @Test
    @DisplayName("the engine's fast paths: getItem(PyStr), getItem(String), version()")
    void engineApi() {
        PyDict d = new PyDict();
        long v0 = d.version();
        d.setItem("x", i(1));
        long v1 = d.version();
        assertNotEquals(v0, v1);
        assertEquals("1", repr(d.getItem(s("x"))));
        assertEquals("1", repr(d.getItem("x")));
        assertNull(d.getItem("y"));
        assertEquals(v1, d.version());
        d.setItem("x", i(2));
        assertNotEquals(v1, d.version());
    }
}
