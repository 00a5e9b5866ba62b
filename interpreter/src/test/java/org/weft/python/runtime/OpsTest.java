package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weft.python.runtime.CoreSupport.bases;
import static org.weft.python.runtime.CoreSupport.cls;
import static org.weft.python.runtime.CoreSupport.i;
import static org.weft.python.runtime.CoreSupport.raises;
import static org.weft.python.runtime.CoreSupport.repr;
import static org.weft.python.runtime.CoreSupport.s;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The abstract object protocol in {@link Ops}. Expected values and messages from python3. */
class OpsTest {

    private static PyType withMethods(String name, PyType[] bases, Object... kv) {
        return cls(name, bases, kv);
    }

    @Nested
    @DisplayName("binary operators")
    class Binary {
        @Test
        @DisplayName("unsupported operands give CPython's messages")
        void messages() {
            raises(PyExc.TypeError, "unsupported operand type(s) for +: 'int' and 'NoneType'",
                    () -> Ops.add(i(1), PyNone.NONE));
            raises(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'",
                    () -> Ops.pow(PyNone.NONE, i(1)));
            raises(PyExc.TypeError, "unsupported operand type(s) for +=: 'NoneType' and 'int'",
                    () -> Ops.iadd(PyNone.NONE, i(1)));
            raises(PyExc.TypeError, "unsupported operand type(s) for divmod(): 'NoneType' and 'int'",
                    () -> Ops.divmod(PyNone.NONE, i(1)));
            raises(PyExc.TypeError, "unsupported operand type(s) for @: 'int' and 'int'", () -> Ops.matmul(i(1), i(2)));
            raises(PyExc.TypeError, "bad operand type for unary -: 'NoneType'", () -> Ops.neg(PyNone.NONE));
            raises(PyExc.TypeError, "bad operand type for abs(): 'NoneType'", () -> Ops.abs(PyNone.NONE));
            raises(PyExc.TypeError, "can only concatenate list (not \"int\") to list", () -> Ops.add(PyList.of(), i(1)));
            raises(PyExc.TypeError, "can't multiply sequence by non-int of type 'NoneType'",
                    () -> Ops.mul(PyList.of(), PyNone.NONE));
            raises(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): 'NoneType', 'int', 'int'",
                    () -> Ops.pow(PyNone.NONE, i(1), i(2)));
        }

        @Test
        @DisplayName("the right operand's reflected method goes first when its class derives from the left's")
        void reflection() {
            PyType a = withMethods("A", bases(),
                    "__add__", TestFunction.of1("__add__", (self, o) -> s("A.add")),
                    "__radd__", TestFunction.of1("__radd__", (self, o) -> s("A.radd")));
            PyType b = withMethods("B", bases(a), "__radd__", TestFunction.of1("__radd__", (self, o) -> s("B.radd")));
            PyType c = withMethods("C", bases(a));
            assertEquals("'B.radd'", repr(Ops.add(Ops.call(a), Ops.call(b))));
            assertEquals("'A.add'", repr(Ops.add(Ops.call(a), Ops.call(c))));
            assertEquals("'A.radd'", repr(Ops.add(i(1), Ops.call(a))));
        }

        @Test
        @DisplayName("in-place falls back to the binary method")
        void inplace() {
            PyType a = withMethods("A", bases(), "__add__", TestFunction.of1("__add__", (self, o) -> s("add")));
            PyType b = withMethods("B", bases(), "__iadd__", TestFunction.of1("__iadd__", (self, o) -> s("iadd")));
            assertEquals("'add'", repr(Ops.iadd(Ops.call(a), i(1))));
            assertEquals("'iadd'", repr(Ops.iadd(Ops.call(b), i(1))));
        }

        @Test
        @DisplayName("int and float fast paths agree with the numbers methods")
        void fastPaths() {
            assertEquals("5", repr(Ops.add(i(2), i(3))));
            assertEquals("9223372036854775808", repr(Ops.add(i(Long.MAX_VALUE), i(1))));
            assertEquals("0.5", repr(Ops.truediv(i(1), i(2))));
            assertEquals("-1", repr(Ops.floordiv(i(-1), i(2))));
            assertEquals("3.5", repr(Ops.add(PyFloat.of(1.5), PyFloat.of(2))));
            raises(PyExc.ZeroDivisionError, "float division by zero", () -> Ops.truediv(PyFloat.of(1), PyFloat.of(0)));
            raises(PyExc.ZeroDivisionError, "division by zero", () -> Ops.truediv(i(1), i(0)));
            assertSame(PyBool.FALSE, Ops.eq(PyFloat.of(Double.NaN), PyFloat.of(Double.NaN)));
        }
    }

    @Nested
    @DisplayName("comparisons")
    class Compare {
        @Test
        @DisplayName("ordering of unrelated types is refused")
        void unsupported() {
            raises(PyExc.TypeError, "'<' not supported between instances of 'int' and 'str'", () -> Ops.lt(i(1), s("a")));
            raises(PyExc.TypeError, "'>=' not supported between instances of 'NoneType' and 'int'",
                    () -> Ops.ge(PyNone.NONE, i(1)));
            assertSame(PyBool.FALSE, Ops.eq(i(1), s("1")));
            assertSame(PyBool.TRUE, Ops.ne(i(1), s("1")));
        }

        @Test
        @DisplayName("containers use identity before ==")
        void identityFirst() {
            PyObject nan = PyFloat.of(Double.NaN);
            assertTrue(Ops.eqForContainer(nan, nan));
            assertFalse(Ops.eqForContainer(nan, PyFloat.of(Double.NaN)));
        }

        @Test
        @DisplayName("a subclass's reflected comparison goes first")
        void reflectedFirst() {
            PyType a = withMethods("A", bases(), "__lt__", TestFunction.of1("__lt__", (self, o) -> s("A.lt")));
            PyType b = withMethods("B", bases(a), "__gt__", TestFunction.of1("__gt__", (self, o) -> s("B.gt")));
            assertEquals("'B.gt'", repr(Ops.lt(Ops.call(a), Ops.call(b))));
        }
    }

    @Nested
    @DisplayName("protocols")
    class Protocols {
        @Test
        @DisplayName("truth: __bool__ must return bool; __len__ is the fallback")
        void truth() {
            assertFalse(Ops.isTrue(PyNone.NONE));
            assertFalse(Ops.isTrue(i(0)));
            assertTrue(Ops.isTrue(s("x")));
            assertFalse(Ops.isTrue(PyList.of()));
            PyType e = withMethods("E", bases(), "__bool__", TestFunction.of0("__bool__", self -> i(1)));
            raises(PyExc.TypeError, "__bool__ should return bool, returned int", () -> Ops.isTrue(Ops.call(e)));
            PyType c = withMethods("C", bases(), "__len__", TestFunction.of0("__len__", self -> i(-1)));
            raises(PyExc.ValueError, "__len__() should return >= 0", () -> Ops.isTrue(Ops.call(c)));
            assertTrue(Ops.isTrue(Ops.call(cls("D", bases()))));
        }

        @Test
        @DisplayName("len, items and calls of unsuitable objects")
        void messages() {
            raises(PyExc.TypeError, "object of type 'int' has no len()", () -> Ops.len(i(1)));
            raises(PyExc.TypeError, "'int' object is not subscriptable", () -> Ops.getitem(i(1), i(0)));
            raises(PyExc.TypeError, "'int' object does not support item assignment",
                    () -> Ops.setitem(i(1), i(0), i(0)));
            raises(PyExc.TypeError, "'int' object does not support item deletion", () -> Ops.delitem(i(1), i(0)));
            raises(PyExc.TypeError, "'str' object doesn't support item deletion", () -> Ops.delitem(s("a"), i(0)));
            raises(PyExc.TypeError, "'int' object is not iterable", () -> Ops.iter(i(1)));
            raises(PyExc.TypeError, "argument of type 'int' is not iterable", () -> Ops.contains(i(1), i(1)));
            raises(PyExc.TypeError, "'int' object is not an iterator", () -> Ops.next(i(1)));
            raises(PyExc.TypeError, "unhashable type: 'list'", () -> Ops.hash(PyList.of()));
            raises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> Ops.index(PyFloat.of(1)));
            raises(PyExc.TypeError, "'int' object is not callable", () -> Ops.call(i(1)));
            raises(PyExc.TypeError, "type 'int' is not subscriptable", () -> Ops.getitem(PyInt.TYPE, i(0)));
        }

        @Test
        @DisplayName("hash of ints follows CPython (modulo 2**61-1, -1 becomes -2)")
        void hashes() {
            assertEquals(-2, Ops.hash(i(-1)));
            assertEquals(1, Ops.hash(i((1L << 61))));
            PyType h = withMethods("H", bases(), "__hash__", TestFunction.of0("__hash__", self -> s("a")));
            raises(PyExc.TypeError, "__hash__ method should return an integer", () -> Ops.hash(Ops.call(h)));
        }

        @Test
        @DisplayName("the old sequence protocol iterates through __getitem__ until IndexError")
        void sequenceIteration() {
            PyType seq = withMethods("Seq", bases(), "__getitem__", TestFunction.of1("__getitem__", (self, k) -> {
                if (Ops.index(k).longValue() >= 3) {
                    throw PyErr.indexError("done");
                }
                return k;
            }));
            PyObject it = Ops.iter(Ops.call(seq));
            assertEquals("iterator", it.type().getName());
            assertEquals("0", repr(Ops.next(it)));
            assertEquals("1", repr(Ops.next(it)));
            assertEquals("2", repr(Ops.next(it)));
            assertNull(Ops.next(it));
            assertTrue(Ops.contains(Ops.call(seq), i(2)));
        }

        @Test
        @DisplayName("repr and str must return str")
        void reprResults() {
            PyType j = withMethods("J", bases(), "__repr__", TestFunction.of0("__repr__", self -> i(1)));
            raises(PyExc.TypeError, "__repr__ returned non-string (type int)", () -> Ops.repr(Ops.call(j)));
            PyType k = withMethods("K", bases(), "__str__", TestFunction.of0("__str__", self -> i(1)));
            raises(PyExc.TypeError, "__str__ returned non-string (type int)", () -> Ops.str(Ops.call(k)));
        }

        @Test
        @DisplayName("callMethod calls without binding, but honours instance attributes")
        void callMethod() {
            PyObject list = PyList.of();
            Ops.callMethod(list, "append", i(1));
            assertEquals("[1]", repr(list));
            PyType c = withMethods("C", bases(), "f", TestFunction.of0("f", self -> s("class")));
            PyObject obj = Ops.call(c);
            assertEquals("'class'", repr(Ops.callMethod(obj, "f")));
            Ops.setattr(obj, "f", PyBuiltinFunction.of0("g", null, self -> s("instance")));
            assertEquals("'instance'", repr(Ops.callMethod(obj, "f")));
        }
    }
}
