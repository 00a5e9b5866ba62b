package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.weft.python.runtime.CoreSupport.i;
import static org.weft.python.runtime.CoreSupport.raises;
import static org.weft.python.runtime.CoreSupport.repr;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ArgParser's binding and its Argument Clinic messages (checked against python3's built-ins). */
class ArgParserTest {

    private static final ArgParser SORT = ArgParser.of("sort", "*", "key=", "reverse=");
    private static final ArgParser ROUND = ArgParser.of("round", "number", "ndigits=");
    private static final ArgParser TO_BYTES = ArgParser.of("to_bytes", "length=", "byteorder=", "*", "signed=");
    private static final ArgParser SPLIT = ArgParser.of("split", "sep=", "maxsplit=");
    private static final ArgParser VAR = ArgParser.of("print", "*objects", "sep=", "**extra");

    @Test
    @DisplayName("binds positionals and keywords; absent optionals are null")
    void binds() {
        PyObject[] a = ROUND.parse(new PyObject[] {i(1), i(2)}, new String[] {"ndigits"});
        assertEquals("1", repr(a[0]));
        assertEquals("2", repr(a[1]));
        assertNull(SORT.parse(Ops.NO_ARGS, null)[0]);
        PyObject[] v = VAR.parse(new PyObject[] {i(1), i(2), i(3), i(4)}, new String[] {"sep", "end"});
        assertEquals("(1, 2)", repr(v[0]));
        assertEquals("3", repr(v[1]));
        assertEquals("{'end': 4}", repr(v[2]));
    }

    @Test
    @DisplayName("errors are worded as CPython's built-ins word them")
    void messages() {
        raises(PyExc.TypeError, "sort() takes no positional arguments", () -> SORT.parse(new PyObject[] {i(1)}, null));
        raises(PyExc.TypeError, "'x' is an invalid keyword argument for sort()",
                () -> SORT.parse(new PyObject[] {i(1), i(2)}, new String[] {"key", "x"}));
        raises(PyExc.TypeError, "round() missing required argument 'number' (pos 1)", () -> ROUND.parse(Ops.NO_ARGS, null));
        raises(PyExc.TypeError, "round() takes at most 2 keyword arguments (3 given)",
                () -> ROUND.parse(new PyObject[] {i(1), i(2), i(3)}, new String[] {"number", "ndigits", "x"}));
        raises(PyExc.TypeError, "to_bytes() takes at most 3 arguments (4 given)",
                () -> TO_BYTES.parse(new PyObject[] {i(1), i(2), i(3), i(4)}, null));
        raises(PyExc.TypeError, "split() takes at most 2 arguments (3 given)",
                () -> SPLIT.parse(new PyObject[] {i(1), i(2), i(3)}, null));
        raises(PyExc.TypeError, "argument for split() given by name ('sep') and position (1)",
                () -> SPLIT.parse(new PyObject[] {i(1), i(2)}, new String[] {"sep"}));
        raises(PyExc.TypeError, "divmod expected 2 arguments, got 1", () -> ArgParser.checkPositional("divmod", 1, 2, 2));
        raises(PyExc.TypeError, "max expected at least 1 argument, got 0", () -> ArgParser.checkPositional("max", 0, 1, 3));
    }

    @Test
    @DisplayName("built-in method arity errors")
    void methodArity() {
        PyObject list = PyList.of();
        raises(PyExc.TypeError, "list.append() takes exactly one argument (0 given)", () -> Ops.callMethod(list, "append"));
        raises(PyExc.TypeError, "list.clear() takes no arguments (1 given)", () -> Ops.callMethod(list, "clear", i(1)));
        raises(PyExc.TypeError, "list.append() takes no keyword arguments",
                () -> Ops.callMethod(list, "append", new PyObject[] {i(1)}, new String[] {"x"}));
        raises(PyExc.TypeError, "expected 1 argument, got 0", () -> Ops.call(Ops.getattr(i(1), "__add__")));
        raises(PyExc.TypeError, "unbound method list.append() needs an argument",
                () -> Ops.call(Ops.getattr(PyList.TYPE, "append")));
        raises(PyExc.TypeError, "descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                () -> Ops.call(Ops.getattr(PyList.TYPE, "append"), i(1), i(2)));
        raises(PyExc.TypeError, "descriptor '__len__' requires a 'list' object but received a 'int'",
                () -> Ops.call(Ops.getattr(PyList.TYPE, "__len__"), i(1)));
    }
}
