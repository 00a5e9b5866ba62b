package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.weft.python.runtime.ContainerTestSupport.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code list}, checked against CPython 3.11's answers. */
class PyListTest {

    @Nested
    @DisplayName("methods")
    class Methods {
        @Test
        @DisplayName("append, extend, insert, pop, remove, index, count, reverse, copy, clear")
        void basics() {
            PyList l = list(1, 2, 3);
            call(l, "append", i(4));
            call(l, "extend", tuple(i(5), i(6)));
            call(l, "insert", i(-100), i(0));
            call(l, "insert", i(100), i(7));
            assertEquals("[0, 1, 2, 3, 4, 5, 6, 7]", repr(l));
            assertEquals("7", repr(call(l, "pop")));
            assertEquals("0", repr(call(l, "pop", i(0))));
            call(l, "remove", i(3));
            assertEquals("[1, 2, 4, 5, 6]", repr(l));
            assertEquals("2", repr(call(l, "index", i(4))));
            assertEquals("1", repr(call(l, "count", i(5))));
            call(l, "reverse");
            assertEquals("[6, 5, 4, 2, 1]", repr(l));
            PyObject c = call(l, "copy");
            call(l, "clear");
            assertEquals("[]", repr(l));
            assertEquals("[6, 5, 4, 2, 1]", repr(c));
        }

        @Test
        @DisplayName("errors have CPython's messages")
        void errors() {
            raises(PyExc.IndexError, "pop from empty list", () -> call(new PyList(), "pop"));
            raises(PyExc.IndexError, "pop index out of range", () -> call(list(1), "pop", i(5)));
            raises(PyExc.ValueError, "list.remove(x): x not in list", () -> call(list(1), "remove", i(5)));
            raises(PyExc.ValueError, "3 is not in list", () -> call(list(1), "index", i(3)));
            raises(PyExc.ValueError, "'a' is not in list", () -> call(list(1), "index", s("a")));
            raises(PyExc.IndexError, "list index out of range", () -> Ops.getitem(list(1), i(1)));
            raises(PyExc.IndexError, "list assignment index out of range", () -> Ops.setitem(list(1), i(-2), i(0)));
            raises(PyExc.TypeError, "list indices must be integers or slices, not str",
                    () -> Ops.getitem(list(1), s("a")));
            raises(PyExc.TypeError, "can only concatenate list (not \"tuple\") to list",
                    () -> Ops.add(list(1), PyTuple.EMPTY));
            raises(PyExc.TypeError, "index expected at least 1 argument, got 0", () -> call(list(1), "index"));
            raises(PyExc.TypeError, "insert expected 2 arguments, got 1", () -> call(list(1), "insert", i(0)));
            raises(PyExc.TypeError, "list expected at most 1 argument, got 2",
                    () -> Ops.call(PyList.TYPE, list(), list()));
            raises(PyExc.TypeError, "'int' object is not iterable", () -> Ops.call(PyList.TYPE, i(1)));
            raises(PyExc.TypeError, "unhashable type: 'list'", () -> Ops.hash(list()));
        }

        @Test
        @DisplayName("index with start and stop")
        void indexBounds() {
            PyList l = list(1, 2, 1, 2);
            assertEquals("2", repr(call(l, "index", i(1), i(1))));
            assertEquals("3", repr(call(l, "index", i(2), i(-1))));
            raises(PyExc.ValueError, "1 is not in list", () -> call(l, "index", i(1), i(3), i(10)));
        }
    }

    @Nested
    @DisplayName("operators")
    class Operators {
        @Test
        @DisplayName("+ * += *= and comparisons")
        void arithmetic() {
            assertEquals("[1, 2, 3]", repr(Ops.add(list(1), list(2, 3))));
            assertEquals("[1, 2, 1, 2]", repr(Ops.mul(list(1, 2), i(2))));
            assertEquals("[1, 2, 1, 2]", repr(Ops.mul(i(2), list(1, 2))));
            assertEquals("[]", repr(Ops.mul(list(1, 2), i(-1))));
            PyList l = list(1);
            assertSame(l, Ops.iadd(l, tuple(i(2))));
            assertSame(l, Ops.imul(l, i(3)));
            assertEquals("[1, 2, 1, 2, 1, 2]", repr(l));
            assertEquals(PyBool.TRUE, Ops.lt(list(1, 2), list(1, 3)));
            assertEquals(PyBool.TRUE, Ops.lt(list(1, 2), list(1, 2, 0)));
            assertEquals(PyBool.TRUE, Ops.eq(list(1, 2), list(1, 2)));
            assertEquals(PyBool.FALSE, Ops.eq(list(1, 2), tuple(i(1), i(2))));
            raises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'",
                    () -> Ops.mul(list(1), PyFloat.of(2.0)));
            raises(PyExc.MemoryError, "", () -> Ops.mul(list(0), i(1_000_000_000_000L)));
        }

        @Test
        @DisplayName("repr of a list that contains itself is [[...]]")
        void recursiveRepr() {
            PyList l = list(1);
            l.append(l);
            assertEquals("[1, [...]]", repr(l));
        }

        @Test
        @DisplayName("extended slice assignment of the wrong size is CPython's ValueError")
        void sliceErrors() {
            PyList l = list(1, 2, 3);
            raises(PyExc.ValueError, "attempt to assign sequence of size 2 to extended slice of size 3",
                    () -> Ops.setitem(l, new PySlice(PyNone.NONE, PyNone.NONE, i(-1)), list(1, 2)));
            raises(PyExc.TypeError, "must assign iterable to extended slice",
                    () -> Ops.setitem(l, new PySlice(PyNone.NONE, PyNone.NONE, i(2)), i(5)));
            raises(PyExc.TypeError, "can only assign an iterable",
                    () -> Ops.setitem(l, new PySlice(i(0), i(1), PyNone.NONE), i(5)));
            Ops.setitem(l, new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE), l);
            assertEquals("[1, 2, 3]", repr(l));
        }

        @Test
        @DisplayName("iteration, reversed and in")
        void iteration() {
            PyList l = list(1, 2, 3);
            assertEquals("[3, 2, 1]", repr(new PyList(Sequences.toArray(call(l, "__reversed__")))));
            assertEquals(true, Ops.contains(l, i(2)));
            assertEquals(false, Ops.contains(l, i(5)));
            PyObject it = Ops.iter(l);
            Ops.next(it);
            l.append(i(4));
            assertEquals("[2, 3, 4]", repr(new PyList(Sequences.toArray(it))));
        }
    }

    @Nested
    @DisplayName("a list built by appending ints keeps them as longs")
    class IntStorage {
        private PyList appended(PyObject... xs) {
            PyList l = new PyList();
            for (PyObject x : xs) {
                l.append(x);
            }
            return l;
        }

        @Test
        @DisplayName("exact ints that fit a long are kept as longs and read back equal")
        void keepsLongs() {
            PyList l = appended(i(1_000), i(-5), i(Long.MAX_VALUE));
            assertEquals(true, l.ints != null);
            assertEquals("[1000, -5, 9223372036854775807]", repr(l));
            assertEquals("1000", repr(Ops.getitem(l, i(0))));
            assertEquals("[-5, 9223372036854775807]", repr(Ops.getitem(l, new PySlice(i(1), PyNone.NONE, PyNone.NONE))));
        }

        @Test
        @DisplayName("bool, a big int or a str turns the list into objects, in order")
        void switchesToObjects() {
            for (PyObject other : new PyObject[] {PyBool.TRUE, PyInt.of(java.math.BigInteger.ONE.shiftLeft(70)), s("x")}) {
                PyList l = appended(i(1), i(2), other, i(3));
                assertEquals(null, l.ints);
                assertSame(other, l.get(2));
                assertEquals("[1, 2, " + repr(other) + ", 3]", repr(l));
            }
            assertEquals(null, appended(PyBool.FALSE, i(1)).ints);
        }

        @Test
        @DisplayName("sort, pop, item assignment and clear keep or leave the longs correctly")
        void operations() {
            PyList l = appended(i(30), i(10), i(20));
            call(l, "sort");
            assertEquals("[10, 20, 30]", repr(l));
            assertEquals(true, l.ints != null);
            Ops.setitem(l, i(0), i(5));
            assertEquals(true, l.ints != null);
            assertEquals("30", repr(call(l, "pop")));
            assertEquals("[5, 20]", repr(l));
            Ops.setitem(l, i(1), s("a"));
            assertEquals(null, l.ints);
            assertEquals("[5, 'a']", repr(l));
            call(l, "clear");
            l.append(i(7));
            assertEquals(true, l.ints != null);
            call(l, "remove", i(7));
            assertEquals("[]", repr(l));
        }
    }
}
