package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** {@code object}, the attribute protocol and the descriptors. Expected values from python3. */
class ObjectModelTest {

    @Nested
    @DisplayName("object")
    class ObjectBasics {
        @Test
        @DisplayName("instances repr with module, qualname and a unique id")
        void reprAndId() {
            PyType d = cls("D", bases());
            PyObject a = Ops.call(d);
            PyObject b = Ops.call(d);
            assertTrue(repr(a).matches("<__main__\\.D object at 0x[0-9a-f]+>"));
            assertNotEquals(Ops.id(a), Ops.id(b));
            assertEquals(Ops.id(a), Ops.id(a));
            assertEquals(repr(a), CoreSupport.str(a));
        }

        @Test
        @DisplayName("excess constructor arguments follow CPython's rules")
        void excessArguments() {
            PyType d = cls("D", bases());
            raises(PyExc.TypeError, "D() takes no arguments", () -> Ops.call(d, i(1)));
            PyType e = cls("E", bases(), "__init__", TestFunction.of("__init__", (self, a, k) -> PyNone.NONE));
            PyObject obj = Ops.call(e, i(1));
            raises(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)",
                    () -> Ops.call(Ops.getattr(PyObject.TYPE, "__init__"), obj, i(1)));
            raises(PyExc.TypeError, "object.__new__(list) is not safe, use list.__new__()",
                    () -> Ops.call(Ops.getattr(PyObject.TYPE, "__new__"), PyList.TYPE));
        }

        @Test
        @DisplayName("== falls back to identity; != inverts __eq__; < is unsupported")
        void comparisons() {
            PyObject d = Ops.call(cls("D", bases()));
            assertSame(PyBool.TRUE, Ops.eq(d, d));
            assertSame(PyBool.FALSE, Ops.ne(d, d));
            assertSame(PyNotImplemented.NOT_IMPLEMENTED, Ops.callMethod(d, "__eq__", i(1)));
            raises(PyExc.TypeError, "'<' not supported between instances of 'D' and 'D'", () -> Ops.lt(d, d));
        }

        @Test
        @DisplayName("format with a spec is refused")
        void format() {
            PyObject d = Ops.call(cls("D", bases()));
            assertEquals(repr(d), Ops.format(d, s("")).value());
            raises(PyExc.TypeError, "unsupported format string passed to D.__format__", () -> Ops.format(d, s("x")));
        }

        @Test
        @DisplayName("plain object() has no __dict__")
        void noDict() {
            PyObject o = Ops.call(PyObject.TYPE);
            raises(PyExc.AttributeError, "'object' object has no attribute 'x'", () -> Ops.setattr(o, "x", i(1)));
            raises(PyExc.AttributeError, "'object' object has no attribute '__dict__'", () -> Ops.getattr(o, "__dict__"));
        }

        @Test
        @DisplayName("__class__ assignment between compatible classes only")
        void classAssignment() {
            PyType a = cls("A", bases());
            PyType b = cls("B", bases());
            PyObject x = Ops.call(a);
            Ops.setattr(x, "__class__", b);
            assertSame(b, x.type());
            raises(PyExc.TypeError, "__class__ must be set to a class, not 'int' object",
                    () -> Ops.setattr(x, "__class__", i(1)));
            raises(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses",
                    () -> Ops.setattr(x, "__class__", PyInt.TYPE));
        }
    }

    @Nested
    @DisplayName("attributes")
    class AttributeProtocol {
        @Test
        @DisplayName("instance dict, then class; data descriptors first")
        void lookupOrder() {
            PyType p = cls("P", bases(), "x", new PyProperty(PyProperty.TYPE), "y", i(1));
            PyObject prop = p.getDict().getItem("x");
            Ops.call(Ops.getattr(prop, "__init__"), TestFunction.of0("get", self -> s("from-property")));
            PyObject obj = Ops.call(p);
            obj.getDict().setItem("x", s("from-dict"));
            assertEquals("'from-property'", repr(Ops.getattr(obj, "x")));
            Ops.setattr(obj, "y", i(2));
            assertEquals("2", repr(Ops.getattr(obj, "y")));
            assertEquals("1", repr(Ops.getattr(p, "y")));
        }

        @Test
        @DisplayName("property without setter, with a name from __set_name__")
        void propertyErrors() {
            PyProperty prop = new PyProperty(PyProperty.TYPE);
            Ops.call(Ops.getattr(prop, "__init__"), TestFunction.of0("get", self -> i(1)));
            PyType c = cls("C", bases(), "x", prop);
            PyObject obj = Ops.call(c);
            assertEquals("1", repr(Ops.getattr(obj, "x")));
            raises(PyExc.AttributeError, "property 'x' of 'C' object has no setter", () -> Ops.setattr(obj, "x", i(2)));
            raises(PyExc.AttributeError, "property 'x' of 'C' object has no deleter", () -> Ops.delattr(obj, "x"));
            PyObject withSetter = Ops.callMethod(prop, "setter", TestFunction.of("set", (self, a, k) -> PyNone.NONE));
            assertSame(PyProperty.TYPE, withSetter.type());
            assertNotEquals(prop, withSetter);
        }

        @Test
        @DisplayName("__getattr__ is the fallback for missing attributes")
        void getattrFallback() {
            PyType g = cls("G", bases(), "__getattr__", TestFunction.of1("__getattr__", (self, n) -> Ops.mul(n, i(2))));
            PyObject obj = Ops.call(g);
            assertEquals("'xyxy'", repr(Ops.getattr(obj, "xy")));
            assertTrue(Ops.hasattr(obj, "anything"));
        }

        @Test
        @DisplayName("__slots__: member descriptors and no __dict__")
        void slots() {
            PyType c = cls("C", bases(), "__slots__", PyTuple.of(s("a")));
            PyObject obj = Ops.call(c);
            assertEquals("<member 'a' of 'C' objects>", repr(Ops.getattr(c, "a")));
            raises(PyExc.AttributeError, "'C' object has no attribute 'a'", () -> Ops.getattr(obj, "a"));
            Ops.setattr(obj, "a", i(5));
            assertEquals("5", repr(Ops.getattr(obj, "a")));
            raises(PyExc.AttributeError, "'C' object has no attribute 'b'", () -> Ops.setattr(obj, "b", i(1)));
            raises(PyExc.AttributeError, "'C' object has no attribute '__dict__'", () -> Ops.getattr(obj, "__dict__"));
            Ops.delattr(obj, "a");
            raises(PyExc.AttributeError, "a", () -> Ops.delattr(obj, "a"));
        }

        @Test
        @DisplayName("classmethod and staticmethod bind as in CPython")
        void classAndStaticMethods() {
            PyObject f = TestFunction.of0("f", self -> self);
            PyType c = cls("C", bases(), "cm", new PyClassMethod(f), "sm", new PyStaticMethod(PyBuiltinFunction.of0("g",
                    null, self -> s("static"))));
            PyObject obj = Ops.call(c);
            assertSame(c, Ops.callMethod(obj, "cm"));
            assertSame(c, Ops.call(Ops.getattr(c, "cm")));
            assertEquals("'static'", repr(Ops.callMethod(obj, "sm")));
            assertEquals("<staticmethod(<built-in function g>)>", repr(c.getDict().getItem("sm")));
        }

        @Test
        @DisplayName("super() finds the next class in the MRO")
        void superLookup() {
            PyType a = cls("A", bases(), "f", TestFunction.of0("f", self -> s("A")));
            PyType b = cls("B", bases(a), "f", TestFunction.of0("f", self -> s("B")));
            PyObject obj = Ops.call(b);
            assertEquals("'B'", repr(Ops.callMethod(obj, "f")));
            assertEquals("'A'", repr(Ops.callMethod(PySuper.of(b, obj), "f")));
            assertEquals("'A'", repr(Ops.callMethod(Ops.call(PySuper.TYPE, b, obj), "f")));
            raises(PyExc.AttributeError, "'super' object has no attribute 'g'",
                    () -> Ops.getattr(PySuper.of(b, obj), "g"));
            raises(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type",
                    () -> PySuper.of(b, i(1)));
        }

        @Test
        @DisplayName("isinstance honours __instancecheck__ on the metaclass")
        void instanceCheck() {
            PyType meta = cls("Meta", bases(PyType.TYPE), "__instancecheck__",
                    TestFunction.of1("__instancecheck__", (self, o) -> PyBool.TRUE));
            PyType anything = cls(meta, "Anything", bases());
            assertTrue(Ops.isInstance(i(1), anything));
            assertFalse(Ops.isInstance(i(1), PyStr.TYPE));
            assertTrue(Ops.isInstance(i(1), PyTuple.of(PyStr.TYPE, PyInt.TYPE)));
            assertTrue(Ops.isSubclass(PyBool.TYPE, PyInt.TYPE));
        }
    }
}
