package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Types and classes: bootstrap, MRO, layout, metaclasses, creation rules. Expected values from python3. */
class PyTypeTest {

    @Nested
    @DisplayName("bootstrap")
    class Bootstrap {
        @Test
        @DisplayName("type and object are each other's type and base")
        void typeAndObject() {
            assertSame(PyType.TYPE, PyType.TYPE.type());
            assertSame(PyType.TYPE, PyObject.TYPE.type());
            assertSame(PyObject.TYPE, PyType.TYPE.getBase());
            assertEquals("(<class 'type'>, <class 'object'>)", repr(Ops.getattr(PyType.TYPE, "__mro__")));
            assertEquals("(<class 'bool'>, <class 'int'>, <class 'object'>)", repr(Ops.getattr(PyBool.TYPE, "__mro__")));
        }

        @Test
        @DisplayName("built-in descriptors print as CPython's")
        void descriptorReprs() {
            assertEquals("<slot wrapper '__init__' of 'object' objects>", repr(Ops.getattr(PyObject.TYPE, "__init__")));
            assertEquals("<method '__dir__' of 'object' objects>", repr(Ops.getattr(PyObject.TYPE, "__dir__")));
            assertEquals("<attribute '__name__' of 'type' objects>",
                    repr(PyType.TYPE.getDict().getItem("__name__")));
            assertTrue(repr(Ops.getattr(PyObject.TYPE, "__init_subclass__"))
                    .startsWith("<built-in method __init_subclass__ of type object at 0x"));
        }

        @Test
        @DisplayName("ExceptionGroup has two bases and a C3 MRO")
        void exceptionGroup() {
            assertEquals("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
                    + "<class 'BaseException'>, <class 'object'>)", repr(Ops.getattr(PyExc.ExceptionGroup, "__mro__")));
        }
    }

    @Nested
    @DisplayName("class creation")
    class Creation {
        @Test
        @DisplayName("C3 linearisation of a diamond")
        void diamond() {
            PyType a = cls("A", bases());
            PyType b = cls("B", bases(a));
            PyType c = cls("C", bases(a));
            PyType d = cls("D", bases(b, c));
            assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, "
                    + "<class 'object'>)", repr(Ops.getattr(d, "__mro__")));
            assertEquals("[<class '__main__.B'>, <class '__main__.C'>]", repr(Ops.callMethod(a, "__subclasses__")));
        }

        @Test
        @DisplayName("inconsistent MRO, duplicate base, bad base and layout conflicts")
        void errors() {
            PyType a = cls("A", bases());
            PyType b = cls("B", bases(a));
            raises(PyExc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                    () -> cls("C", bases(a, b)));
            raises(PyExc.TypeError, "duplicate base class A", () -> cls("C", bases(a, a)));
            raises(PyExc.TypeError, "type 'bool' is not an acceptable base type", () -> cls("C", bases(PyBool.TYPE)));
            raises(PyExc.TypeError, "multiple bases have instance lay-out conflict",
                    () -> cls("C", bases(PyInt.TYPE, PyStr.TYPE)));
            raises(PyExc.TypeError, "multiple bases have instance lay-out conflict",
                    () -> cls("C", bases(PyExc.OSError, PyExc.ImportError)));
        }

        @Test
        @DisplayName("type(name, bases, dict) checks its arguments")
        void typeCall() {
            assertSame(PyInt.TYPE, Ops.call(PyType.TYPE, i(1)));
            raises(PyExc.TypeError, "type() takes 1 or 3 arguments", () -> Ops.call(PyType.TYPE));
            raises(PyExc.TypeError, "type.__new__() argument 1 must be str, not int",
                    () -> Ops.call(PyType.TYPE, i(1), PyTuple.EMPTY, new PyDict()));
            raises(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not int",
                    () -> Ops.call(PyType.TYPE, s("a"), i(1), new PyDict()));
            PyObject t = Ops.call(PyType.TYPE, s("X"), PyTuple.of(PyInt.TYPE), new PyDict());
            assertEquals("<class 'X'>", repr(t));
            assertEquals("(<class 'X'>, <class 'int'>, <class 'object'>)", repr(Ops.getattr(t, "__mro__")));
        }

        @Test
        @DisplayName("a metaclass conflict is refused; the most derived metaclass wins")
        void metaclasses() {
            PyType m1 = cls("M1", bases(PyType.TYPE));
            PyType m2 = cls("M2", bases(PyType.TYPE));
            PyType a = cls(m1, "A", bases());
            PyType b = cls(m2, "B", bases());
            raises(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases",
                    () -> Ops.call(PyType.TYPE, s("C"), PyTuple.of(a, b), new PyDict()));
            PyObject c = Ops.call(PyType.TYPE, s("C"), PyTuple.of(a), new PyDict());
            assertSame(m1, c.type());
        }

        @Test
        @DisplayName("__eq__ without __hash__ makes instances unhashable")
        void hashNone() {
            PyType c = cls("C", bases(), "__eq__", TestFunction.of1("__eq__", (self, o) -> PyBool.TRUE));
            raises(PyExc.TypeError, "unhashable type: 'C'", () -> Ops.hash(Ops.call(c)));
        }

        @Test
        @DisplayName("__init_subclass__ receives class keywords; object's refuses them")
        void initSubclass() {
            PyType a = cls("A", bases());
            PyDict kw = new PyDict();
            kw.setItem("x", i(1));
            raises(PyExc.TypeError, "B.__init_subclass__() takes no keyword arguments",
                    () -> Ops.call(PyType.TYPE, new PyObject[] {s("B"), PyTuple.of(a), new PyDict(), i(1)},
                            new String[] {"x"}));
            PyObject[] seen = new PyObject[1];
            PyType p = cls("P", bases(), "__init_subclass__", new PyClassMethod(TestFunction.of("__init_subclass__",
                    (c, args, k) -> {
                        seen[0] = args[0];
                        return PyNone.NONE;
                    })));
            Ops.call(PyType.TYPE, new PyObject[] {s("Q"), PyTuple.of(p), new PyDict(), i(7)}, new String[] {"x"});
            assertEquals("7", repr(seen[0]));
        }
    }

    @Nested
    @DisplayName("type attributes")
    class Attributes {
        @Test
        @DisplayName("built-in types are immutable")
        void immutable() {
            raises(PyExc.TypeError, "cannot set 'x' attribute of immutable type 'int'",
                    () -> Ops.setattr(PyInt.TYPE, "x", i(1)));
            raises(PyExc.TypeError, "cannot set '__name__' attribute of immutable type 'int'",
                    () -> Ops.setattr(PyInt.TYPE, "__name__", s("x")));
        }

        @Test
        @DisplayName("setting a class attribute is seen by subclasses (cache invalidation)")
        void invalidation() {
            PyType a = cls("A", bases(), "x", i(1));
            PyType b = cls("B", bases(a));
            PyObject obj = Ops.call(b);
            assertEquals("1", repr(Ops.getattr(obj, "x")));
            int v = b.version();
            Ops.setattr(a, "x", i(2));
            assertEquals("2", repr(Ops.getattr(obj, "x")));
            assertTrue(b.version() != v);
            Ops.delattr(a, "x");
            raises(PyExc.AttributeError, "'B' object has no attribute 'x'", () -> Ops.getattr(obj, "x"));
            raises(PyExc.AttributeError, "type object 'A' has no attribute 'x'", () -> Ops.delattr(a, "x"));
        }

        @Test
        @DisplayName("__name__ and __qualname__ are settable on classes, with type checks")
        void names() {
            PyType a = cls("A", bases());
            raises(PyExc.TypeError, "can only assign string to A.__name__, not 'int'",
                    () -> Ops.setattr(a, "__name__", i(1)));
            Ops.setattr(a, "__qualname__", s("Outer.A"));
            assertEquals("<class '__main__.Outer.A'>", repr(a));
            assertEquals("'A'", repr(Ops.getattr(a, "__name__")));
        }

        @Test
        @DisplayName("__dict__ is a read-only mapping proxy")
        void dictProxy() {
            PyType a = cls("A", bases(), "x", i(1));
            PyObject d = Ops.getattr(a, "__dict__");
            assertEquals("mappingproxy", d.type().getName());
            assertEquals("1", repr(Ops.getitem(d, s("x"))));
            raises(PyExc.TypeError, "'mappingproxy' object does not support item assignment",
                    () -> Ops.setitem(d, s("y"), i(2)));
        }

        @Test
        @DisplayName("int | str is a union usable with isinstance")
        void union() {
            PyObject u = Ops.or(PyInt.TYPE, PyStr.TYPE);
            assertEquals("int | str", repr(u));
            assertEquals("int | None", repr(Ops.or(PyInt.TYPE, PyNone.NONE)));
            assertTrue(Ops.isInstance(s("a"), u));
            assertFalse(Ops.isInstance(PyNone.NONE, u));
            raises(PyExc.TypeError, "unsupported operand type(s) for |: 'type' and 'int'", () -> Ops.or(PyInt.TYPE, i(1)));
        }
    }

    @Nested
    @DisplayName("threads")
    class Threads {
        @Test
        @DisplayName("readers racing a writer always see a value the class had, and the last one at the end")
        void lookupCacheRace() throws Exception {
            PyType a = cls("A", bases(), "x", i(0));
            PyType b = cls("B", bases(a));
            PyObject obj = Ops.call(b);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread[] readers = new Thread[4];
            for (int k = 0; k < readers.length; k++) {
                readers[k] = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            long v = ((PyInt) Ops.getattr(obj, "x")).longValue();
                            if (v < 0 || v > 1000) {
                                throw new AssertionError("bad value " + v);
                            }
                        }
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                });
                readers[k].start();
            }
            for (int n = 1; n <= 1000; n++) {
                Ops.setattr(a, "x", i(n));
            }
            stop.set(true);
            for (Thread t : readers) {
                t.join();
            }
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
            assertEquals("1000", repr(Ops.getattr(obj, "x")));
        }

        @Test
        @DisplayName("__bases__ assignment recomputes the MRO")
        void setBases() {
            PyType a = cls("A", bases(), "f", i(1));
            PyType b = cls("B", bases(), "f", i(2));
            PyType x = cls("X", bases(a));
            PyObject obj = Ops.call(x);
            assertEquals("1", repr(Ops.getattr(obj, "f")));
            Ops.setattr(x, "__bases__", PyTuple.of(b));
            assertEquals("(<class '__main__.X'>, <class '__main__.B'>, <class 'object'>)", repr(Ops.getattr(x, "__mro__")));
            assertEquals("2", repr(Ops.getattr(obj, "f")));
            raises(PyExc.TypeError, "can only assign non-empty tuple to X.__bases__, not ()",
                    () -> Ops.setattr(x, "__bases__", PyTuple.EMPTY));
        }

        @Test
        @DisplayName("__set_name__ errors are wrapped in RuntimeError")
        void setNameError() {
            PyType d = cls("D", bases(), "__set_name__", TestFunction.of("__set_name__", (self, args, k) -> {
                throw PyErr.valueError("boom");
            }));
            raises(PyExc.RuntimeError, "Error calling __set_name__ on 'D' instance 'x' in 'C'",
                    () -> cls("C", bases(), "x", Ops.call(d)));
        }
    }
}
