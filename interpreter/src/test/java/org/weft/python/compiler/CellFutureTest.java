package org.weft.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.Sinks;

/** A future import in one cell holds for the cells after it, as in IPython and CPython's prompt. */
@DisplayName("Future imports in cells")
class CellFutureTest {
    private final StringBuilder out = new StringBuilder();
    private final Sinks sinks = new Sinks(out::append, out::append, () -> null);

    private static String value(Interpreter py, Sinks sinks, String source) {
        RunResult r = py.runCell(source, "<cell>", sinks);
        assertNull(r.exception(), () -> source + " raised: " + String.join("", py.formatException(r.exception())));
        return Ops.repr(r.value()).toString();
    }

    @Test
    @DisplayName("from __future__ import annotations holds for every later cell, and only from then on")
    void annotationsCarryOver() {
        Interpreter py = new Interpreter();
        value(py, sinks, "def before(x: int): pass");
        assertEquals("{'x': <class 'int'>}", value(py, sinks, "before.__annotations__"));
        value(py, sinks, "from __future__ import annotations");
        value(py, sinks, "def after(x: int) -> list[str]: pass\nclass K:\n    n: undefined_name");
        assertEquals("{'x': 'int', 'return': 'list[str]'}", value(py, sinks, "after.__annotations__"));
        assertEquals("{'n': 'undefined_name'}", value(py, sinks, "K.__annotations__"));
        assertEquals("{'x': <class 'int'>}", value(py, sinks, "before.__annotations__"));
    }

    @Test
    @DisplayName("belongs to one interpreter: another one's cells are not affected")
    void perInterpreter() {
        Interpreter first = new Interpreter();
        value(first, sinks, "from __future__ import annotations");
        Interpreter second = new Interpreter();
        value(second, sinks, "def f(x: int): pass");
        assertEquals("{'x': <class 'int'>}", value(second, sinks, "f.__annotations__"));
    }
}
