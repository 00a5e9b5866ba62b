package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.weft.python.runtime.ContainerTestSupport.*;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code list.sort}: stable, key=, reverse=, CPython's errors. */
class ListSortTest {

    private static PyObject sort(PyList l, PyObject key, boolean reverse) {
        return Ops.callMethod(l, "sort", new PyObject[] {key, PyBool.of(reverse)}, new String[] {"key", "reverse"});
    }

    @Test
    @DisplayName("sorts ints, including large random lists, like Java's sort")
    void sortsInts() {
        Random rnd = new Random(7);
        for (int n : new int[] {0, 1, 2, 31, 32, 33, 100, 1000, 5000}) {
            long[] xs = new long[n];
            for (int k = 0; k < n; k++) {
                xs[k] = rnd.nextInt(100) - 50;
            }
            PyList l = list(xs);
            call(l, "sort");
            java.util.Arrays.sort(xs);
            assertEquals(repr(list(xs)), repr(l));
        }
    }

    @Test
    @DisplayName("is stable with a key, also with reverse=True")
    void stable() {
        PyList l = new PyList(new PyObject[] {tuple(i(1), s("a")), tuple(i(0), s("b")), tuple(i(1), s("c")),
            tuple(i(0), s("d"))});
        PyObject key = fn(x -> ((PyTuple) x).get(0));
        sort(l, key, false);
        assertEquals("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]", repr(l));
        sort(l, key, true);
        assertEquals("[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]", repr(l));
    }

    @Test
    @DisplayName("mixed types raise the comparison's TypeError and keep every item")
    void mixedTypes() {
        PyList l = new PyList(new PyObject[] {i(3), s("a"), i(1)});
        raises(PyExc.TypeError, "'<' not supported between instances of 'str' and 'int'", () -> call(l, "sort"));
        assertEquals(3, l.size());
    }

    @Test
    @DisplayName("sort() rejects positional arguments and unknown keywords as CPython")
    void argumentErrors() {
        raises(PyExc.TypeError, "sort() takes no positional arguments", () -> call(list(1), "sort", i(1)));
        raises(PyExc.TypeError, "'foo' is an invalid keyword argument for sort()",
                () -> Ops.callMethod(list(1), "sort", new PyObject[] {i(1)}, new String[] {"foo"}));
    }

    @Test
    @DisplayName("a key function that appends to the list gives 'list modified during sort'")
    void modifiedDuringSort() {
        PyList l = list(3, 2, 1);
        PyObject key = fn(x -> {
            l.append(x);
            return x;
        });
        raises(PyExc.ValueError, "list modified during sort", () -> sort(l, key, false));
        // CPython keeps the sorted original items and drops what was added meanwhile.
        assertEquals("[1, 2, 3]", repr(l));
    }

    @Test
    @DisplayName("strings sort by code point, astral characters after U+FFFF")
    void codePoints() {
        PyList l = new PyList(new PyObject[] {s("\uFFFF"), s("\uD83D\uDE00"), s("a")});
        call(l, "sort");
        assertEquals(3, l.size());
        assertEquals("a", ((PyStr) l.get(0)).value());
        assertEquals("\uFFFF", ((PyStr) l.get(1)).value());
    }
}
