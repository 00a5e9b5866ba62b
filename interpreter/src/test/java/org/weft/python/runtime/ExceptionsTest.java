package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weft.python.runtime.CoreSupport.i;
import static org.weft.python.runtime.CoreSupport.raises;
import static org.weft.python.runtime.CoreSupport.repr;
import static org.weft.python.runtime.CoreSupport.s;
import static org.weft.python.runtime.CoreSupport.str;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The built-in exception types: construction, str and repr, fields. Expected values from python3. */
class ExceptionsTest {

    private static PyObject make(PyType t, PyObject... args) {
        return Ops.call(t, args);
    }

    @Nested
    @DisplayName("BaseException")
    class Base {
        @Test
        @DisplayName("str and repr by number of arguments; KeyError's str is the key's repr")
        void strRepr() {
            assertEquals("BaseException()", repr(make(PyExc.BaseException)));
            assertEquals("", str(make(PyExc.BaseException)));
            assertEquals("ValueError(1)", repr(make(PyExc.ValueError, i(1))));
            assertEquals("(1, 2)", str(make(PyExc.ValueError, i(1), i(2))));
            assertEquals("KeyError('a')", repr(make(PyExc.KeyError, s("a"))));
            assertEquals("'a'", str(make(PyExc.KeyError, s("a"))));
            assertEquals("'a'", str(PyErr.keyError(s("a")).value()));
        }

        @Test
        @DisplayName("keywords are refused; chaining attributes are checked")
        void checks() {
            raises(PyExc.TypeError, "BaseException() takes no keyword arguments",
                    () -> Ops.call(PyExc.BaseException, new PyObject[] {i(1)}, new String[] {"x"}));
            PyObject e = make(PyExc.ValueError);
            raises(PyExc.TypeError, "exception cause must be None or derive from BaseException",
                    () -> Ops.setattr(e, "__cause__", i(1)));
            raises(PyExc.TypeError, "__traceback__ must be a traceback or None",
                    () -> Ops.setattr(e, "__traceback__", i(1)));
            Ops.setattr(e, "__cause__", make(PyExc.KeyError));
            assertSame(PyBool.TRUE, Ops.getattr(e, "__suppress_context__"));
        }

        @Test
        @DisplayName("add_note keeps notes in __notes__")
        void notes() {
            PyObject e = make(PyExc.ValueError, i(1));
            Ops.callMethod(e, "add_note", s("n"));
            assertEquals("['n']", repr(Ops.getattr(e, "__notes__")));
            raises(PyExc.TypeError, "note must be a str, not 'int'", () -> Ops.callMethod(e, "add_note", i(1)));
            assertEquals("(<class 'ValueError'>, (1,), {'__notes__': ['n']})", repr(Ops.callMethod(e, "__reduce__")));
        }

        @Test
        @DisplayName("StopIteration.value and SystemExit.code")
        void values() {
            assertEquals("5", repr(Ops.getattr(make(PyExc.StopIteration, i(5)), "value")));
            assertEquals("None", repr(Ops.getattr(make(PyExc.StopIteration), "value")));
            assertEquals("(1, 2)", repr(Ops.getattr(make(PyExc.SystemExit, i(1), i(2)), "code")));
        }
    }

    @Nested
    @DisplayName("exceptions with fields")
    class Families {
        @Test
        @DisplayName("OSError picks the subclass from errno and formats filenames")
        void osError() {
            PyObject e = make(PyExc.OSError, i(2), s("No such file or directory"), s("x"));
            assertSame(PyExc.FileNotFoundError, e.type());
            assertEquals("[Errno 2] No such file or directory: 'x'", str(e));
            assertEquals("FileNotFoundError(2, 'No such file or directory')", repr(e));
            assertEquals("[Errno 2] No such: 'a' -> 'c'",
                    str(make(PyExc.OSError, i(2), s("No such"), s("a"), PyNone.NONE, s("c"))));
            assertSame(PyExc.PermissionError, make(PyExc.OSError, i(13), s("x")).type());
            assertSame(PyExc.OSError, make(PyExc.OSError, s("x")).type());
            assertEquals("5", repr(Ops.getattr(make(PyExc.BlockingIOError, i(11), s("x"), i(5)), "characters_written")));
        }

        @Test
        @DisplayName("SyntaxError's str names the file's base name and line")
        void syntaxError() {
            PyObject e = make(PyExc.SyntaxError, s("invalid syntax"),
                    PyTuple.of(s("dir/f.py"), i(3), i(4), s("x = ("), i(3), i(5)));
            assertEquals("invalid syntax (f.py, line 3)", str(e));
            assertEquals("5", repr(Ops.getattr(e, "end_offset")));
            assertEquals("m (line 3)", str(make(PyExc.SyntaxError, s("m"), PyTuple.of(PyNone.NONE, i(3), PyNone.NONE,
                    PyNone.NONE))));
        }

        @Test
        @DisplayName("ImportError, AttributeError and NameError take keyword fields")
        void keywordFields() {
            PyObject e = Ops.call(PyExc.ImportError, new PyObject[] {s("m"), s("n")}, new String[] {"name"});
            assertEquals("'n'", repr(Ops.getattr(e, "name")));
            assertEquals("'m'", repr(Ops.getattr(e, "msg")));
            raises(PyExc.TypeError, "'x' is an invalid keyword argument for ImportError()",
                    () -> Ops.call(PyExc.ImportError, new PyObject[] {s("m"), s("n")}, new String[] {"x"}));
            PyObject a = Ops.call(PyExc.AttributeError, new PyObject[] {s("m"), s("n"), i(1)}, new String[] {"name", "obj"});
            assertEquals("1", repr(Ops.getattr(a, "obj")));
            assertEquals("'x'", repr(Ops.getattr(PyErr.nameError("x").value(), "name")));
            assertEquals("name 'x' is not defined", str(PyErr.nameError("x").value()));
        }

        @Test
        @DisplayName("Unicode errors format their position and character")
        void unicodeErrors() {
            PyObject bytes = Ops.call(PyBytes.TYPE, PyList.of(i(0xff), i(0xfe)));
            assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                    str(make(PyExc.UnicodeDecodeError, s("utf-8"), bytes, i(0), i(1), s("invalid start byte"))));
            assertEquals("'utf-8' codec can't decode bytes in position 0-1: bad",
                    str(make(PyExc.UnicodeDecodeError, s("utf-8"), bytes, i(0), i(2), s("bad"))));
            assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                    str(make(PyExc.UnicodeEncodeError, s("ascii"), s("\u00e9"), i(0), i(1),
                            s("ordinal not in range(128)"))));
            raises(PyExc.TypeError, "function takes exactly 5 arguments (1 given)",
                    () -> make(PyExc.UnicodeDecodeError, s("a")));
        }

        @Test
        @DisplayName("exception groups: construction rules, split and subgroup")
        void groups() {
            PyObject v1 = make(PyExc.ValueError, i(1));
            PyObject t2 = make(PyExc.TypeError, i(2));
            PyObject inner = make(PyExc.ExceptionGroup, s("n"), PyList.of(make(PyExc.ValueError, i(3)),
                    make(PyExc.KeyError, i(4))));
            PyObject g = make(PyExc.ExceptionGroup, s("m"), PyList.of(v1, t2, inner));
            assertEquals("m (3 sub-exceptions)", str(g));
            assertEquals("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])",
                    repr(Ops.callMethod(g, "subgroup", PyExc.ValueError)));
            assertEquals("(ExceptionGroup('m', [TypeError(2)]), ExceptionGroup('m', [ValueError(1), "
                    + "ExceptionGroup('n', [ValueError(3), KeyError(4)])]))", repr(Ops.callMethod(g, "split", PyExc.TypeError)));
            assertSame(PyNone.NONE, Ops.callMethod(g, "subgroup", PyExc.OSError));
            assertSame(PyExc.ExceptionGroup, make(PyExc.BaseExceptionGroup, s("m"), PyList.of(v1)).type());
            raises(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup",
                    () -> make(PyExc.ExceptionGroup, s("m"), PyList.of(make(PyExc.KeyboardInterrupt))));
            raises(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence",
                    () -> make(PyExc.ExceptionGroup, s("m"), PyList.of()));
            raises(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
                    () -> make(PyExc.ExceptionGroup, s("m")));
            assertTrue(Ops.isInstance(g, PyExc.Exception));
        }
    }
}
