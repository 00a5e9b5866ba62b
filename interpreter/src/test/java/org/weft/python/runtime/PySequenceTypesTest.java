package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.weft.python.runtime.ContainerTestSupport.*;

import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code tuple}, {@code range} and {@code slice}, checked against CPython 3.11's answers. */
class PySequenceTypesTest {

    private static PyObject range(long... a) {
        PyObject[] args = new PyObject[a.length];
        for (int k = 0; k < a.length; k++) {
            args[k] = i(a[k]);
        }
        return Ops.call(PyRange.TYPE, args);
    }

    @Nested
    @DisplayName("tuple")
    class Tuples {
        @Test
        @DisplayName("repr, hash, indexing, slicing, count, index, + and *")
        void basics() {
            PyTuple t = tuple(i(1), i(2), i(1));
            assertEquals("(1,)", repr(tuple(i(1))));
            assertEquals("()", repr(PyTuple.EMPTY));
            assertEquals(-3550055125485641917L, Ops.hash(tuple(i(1), i(2))));
            assertEquals(5740354900026072187L, Ops.hash(PyTuple.EMPTY));
            assertEquals("(2, 1)", repr(Ops.getitem(t, new PySlice(i(1), PyNone.NONE, PyNone.NONE))));
            assertEquals("2", repr(call(t, "count", i(1))));
            assertEquals("2", repr(call(t, "index", i(1), i(1))));
            assertEquals("(1, 2, 1, 3)", repr(Ops.add(t, tuple(i(3)))));
            assertEquals("(1, 1)", repr(Ops.mul(tuple(i(1)), i(2))));
            raises(PyExc.ValueError, "tuple.index(x): x not in tuple", () -> call(t, "index", i(5)));
            raises(PyExc.IndexError, "tuple index out of range", () -> Ops.getitem(t, i(3)));
            raises(PyExc.TypeError, "can only concatenate tuple (not \"list\") to tuple", () -> Ops.add(t, list()));
            raises(PyExc.TypeError, "unhashable type: 'list'", () -> Ops.hash(tuple(list())));
            raises(PyExc.TypeError, "tuple expected at most 1 argument, got 2",
                    () -> Ops.call(PyTuple.TYPE, list(), list()));
            assertEquals(PyBool.TRUE, Ops.lt(tuple(i(1), i(2)), tuple(i(1), i(3))));
        }
    }

    @Nested
    @DisplayName("range")
    class Ranges {
        @Test
        @DisplayName("repr, len, indexing, slicing, in, count, index, ==, hash")
        void basics() {
            assertEquals("range(0, 10, 2)", repr(range(0, 10, 2)));
            assertEquals("range(0, 5)", repr(range(5)));
            assertEquals(5, Ops.len(range(0, 10, 2)));
            assertEquals("range(9, -1, -2)", repr(Ops.getitem(range(10), new PySlice(PyNone.NONE, PyNone.NONE, i(-2)))));
            assertEquals("8", repr(Ops.getitem(range(0, 10, 2), i(-1))));
            assertEquals(true, Ops.contains(range(0, 10, 3), i(9)));
            assertEquals(false, Ops.contains(range(0, 10, 3), i(8)));
            assertEquals("3", repr(call(range(0, 10, 3), "index", i(9))));
            assertEquals(PyBool.TRUE, Ops.eq(range(0), range(5, 5)));
            assertEquals(PyBool.TRUE, Ops.eq(range(0, 3, 2), range(0, 4, 2)));
            assertEquals(Ops.hash(range(0)), Ops.hash(range(5, 5)));
            assertEquals(-8338477496398685190L, Ops.hash(range(3)));
            assertEquals("[4, 3, 2, 1, 0]", repr(new PyList(Sequences.toArray(call(range(5), "__reversed__")))));
            raises(PyExc.ValueError, "range() arg 3 must not be zero", () -> range(1, 2, 0));
            raises(PyExc.ValueError, "5 is not in range", () -> call(range(0, 10, 3), "index", i(5)));
            raises(PyExc.IndexError, "range object index out of range", () -> Ops.getitem(range(10), i(10)));
            raises(PyExc.TypeError, "range expected at least 1 argument, got 0", () -> Ops.call(PyRange.TYPE));
        }

        @Test
        @DisplayName("big ranges: indexing works, len overflows as CPython")
        void big() {
            PyObject r = Ops.call(PyRange.TYPE, PyInt.of(BigInteger.TEN.pow(20)));
            assertEquals("10000000000000000000", repr(Ops.getitem(r, PyInt.of(BigInteger.TEN.pow(19)))));
            raises(PyExc.OverflowError, "Python int too large to convert to C ssize_t", () -> Ops.len(r));
            assertEquals(true, Ops.contains(r, PyInt.of(BigInteger.TEN.pow(19))));
        }
    }

    @Nested
    @DisplayName("slice")
    class Slices {
        @Test
        @DisplayName("repr, indices, ==, unhashable, errors")
        void basics() {
            PyObject s = Ops.call(PySlice.TYPE, i(1), i(2));
            assertEquals("slice(1, 2, None)", repr(s));
            assertEquals("(4, -1, -1)", repr(call(new PySlice(PyNone.NONE, PyNone.NONE, i(-1)), "indices", i(5))));
            assertEquals(PyBool.TRUE, Ops.eq(s, new PySlice(i(1), i(2), PyNone.NONE)));
            raises(PyExc.TypeError, "unhashable type: 'slice'", () -> Ops.hash(s));
            raises(PyExc.ValueError, "slice step cannot be zero", () -> call(new PySlice(i(1), i(2), i(0)), "indices", i(5)));
            raises(PyExc.ValueError, "length should not be negative", () -> call(s, "indices", i(-1)));
            raises(PyExc.TypeError, "slice expected at least 1 argument, got 0", () -> Ops.call(PySlice.TYPE));
        }
    }
}
