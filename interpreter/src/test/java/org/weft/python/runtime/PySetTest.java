package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.weft.python.runtime.ContainerTestSupport.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code set} and {@code frozenset}, checked against CPython 3.11's answers. */
class PySetTest {

    private static PySet set(long... xs) {
        return PySet.of(list(xs));
    }

    @Test
    @DisplayName("repr: {3, 1, 2} prints as CPython's {1, 2, 3}; set() and frozenset()")
    void reprs() {
        assertEquals("{1, 2, 3}", ContainerTestSupport.repr(set(3, 1, 2)));
        assertEquals("set()", ContainerTestSupport.repr(new PySet()));
        assertEquals("frozenset()", ContainerTestSupport.repr(new PyFrozenSet()));
        assertEquals("frozenset({1, 2})", ContainerTestSupport.repr(PyFrozenSet.of(list(2, 1))));
        PySet s = new PySet();
        s.add(PyFrozenSet.of(list(1)));
        assertEquals("{frozenset({1})}", ContainerTestSupport.repr(s));
    }

    @Test
    @DisplayName("methods with several arguments and their results")
    void methods() {
        assertEquals("{1, 2, 3, 5}", repr(call(set(1), "union", list(3, 2), tuple(i(5)))));
        assertEquals("{3}", repr(call(set(1, 2, 3), "intersection", list(2, 3, 4), list(3))));
        assertEquals("{1}", repr(call(set(1, 2, 3), "difference", list(2), list(3))));
        assertEquals("{1, 3}", repr(call(set(1, 2), "symmetric_difference", list(2, 3))));
        assertEquals(PyBool.TRUE, call(set(1, 2), "isdisjoint", set(3)));
        assertEquals(PyBool.TRUE, call(set(1, 2), "issubset", list(1, 2, 3)));
        assertEquals(PyBool.TRUE, call(set(1, 2), "issuperset", list(1)));
        PySet s = set(1, 2, 3);
        call(s, "intersection_update", list(2, 3, 4), list(3, 4));
        assertEquals("{3}", repr(s));
        call(s, "update", list(7), list(8));
        call(s, "difference_update", list(7));
        call(s, "symmetric_difference_update", list(3, 9));
        assertEquals("{8, 9}", repr(s));
        assertEquals("8", repr(call(s, "pop")));
        call(s, "discard", i(100));
        call(s, "remove", i(9));
        assertEquals("set()", repr(s));
    }

    @Test
    @DisplayName("errors have CPython's messages")
    void errors() {
        raises(PyExc.KeyError, "'pop from an empty set'", () -> call(new PySet(), "pop"));
        raises(PyExc.KeyError, "1", () -> call(new PySet(), "remove", i(1)));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> call(new PySet(), "add", list()));
        raises(PyExc.TypeError, "unhashable type: 'set'", () -> Ops.hash(new PySet()));
        raises(PyExc.TypeError, "set expected at most 1 argument, got 2", () -> Ops.call(PySet.TYPE, list(), list()));
        raises(PyExc.TypeError, "unsupported operand type(s) for |: 'set' and 'list'", () -> Ops.or(set(1), list(1)));
    }

    @Test
    @DisplayName("operators, comparisons, a set found as a frozenset, frozenset hash")
    void operators() {
        assertEquals("{1, 2}", repr(Ops.or(set(1), set(2))));
        assertEquals("{2}", repr(Ops.and(set(1, 2), set(2, 3))));
        assertEquals("{1}", repr(Ops.sub(set(1, 2), set(2))));
        assertEquals("{1, 3}", repr(Ops.xor(set(1, 2), set(2, 3))));
        assertEquals(PyBool.TRUE, Ops.le(set(1, 2), set(1, 2)));
        assertEquals(PyBool.FALSE, Ops.lt(set(1, 2), set(1, 2)));
        assertEquals(PyBool.TRUE, Ops.eq(PyFrozenSet.of(list(1, 2)), set(1, 2)));
        PySet s = new PySet();
        s.add(PyFrozenSet.of(list()));
        assertEquals(true, Ops.contains(s, new PySet()));
        assertEquals(133146708735736L, Ops.hash(new PyFrozenSet()));
        assertEquals(-272375401224217160L, Ops.hash(PyFrozenSet.of(list(1, 2, 3))));
    }
}
