package org.weft.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.Sinks;

/** Notebook cells with top-level await run as coroutines, as IPython's autoawait runs them. */
@DisplayName("Cells with top-level await")
class TopLevelAwaitTest {
    private final StringBuilder out = new StringBuilder();
    private final Sinks sinks = new Sinks(out::append, out::append, () -> null);
    private final Interpreter py = new Interpreter();

    private RunResult cell(String source) {
        return py.runCell(source, "<cell>", sinks);
    }

    private String value(String source) {
        RunResult r = cell(source);
        assertNull(r.exception(), () -> source + " raised: " + String.join("", py.formatException(r.exception())));
        return Ops.repr(r.value()).toString();
    }

    private static final String DEFINE = "import asyncio\nasync def twice(x):\n    await asyncio.sleep(0)\n"
            + "    return 2 * x\n";

    @Test
    @DisplayName("give the value of their last expression, and bind their names in the notebook")
    void valueAndNames() {
        value(DEFINE);
        assertEquals("42", value("await twice(21)"));
        assertEquals("None", value("y = await twice(5)\nfor i in range(2):\n    z = await twice(i)\n"
                + "def later():\n    return y + z\nimport math as m\nclass K: pass\n"));
        assertEquals("(10, 2, 12, 'sqrt', 'K')", value("y, z, later(), m.sqrt.__name__, K.__name__"));
        assertEquals("False", value("'<module>' in globals()"));
        assertEquals("('later', 'K')", value("later.__qualname__, K.__qualname__"));
    }

    @Test
    @DisplayName("accept async for, async with and async comprehensions")
    void asyncStatements() {
        value(DEFINE + "async def gen():\n    for i in range(3):\n        yield await twice(i)\n"
                + "class Ctx:\n    async def __aenter__(self): return 'in'\n"
                + "    async def __aexit__(self, *a): return False\n");
        assertEquals("None", value("acc = []\nasync for v in gen():\n    acc.append(v)\n"
                + "async with Ctx() as c:\n    acc.append(c)\n"));
        assertEquals("([0, 2, 4, 'in'], [0, 2, 4])", value("acc, [v async for v in gen()]"));
    }

    @Test
    @DisplayName("keep one event loop per thread, so tasks live on between cells")
    void tasksOutliveTheirCell() {
        value(DEFINE + "log = []\nasync def slow():\n    await asyncio.sleep(0.05)\n    log.append('slow done')\n");
        value("task = asyncio.create_task(slow())\nawait asyncio.sleep(0)");
        assertEquals("False", value("task.done()"));
        assertEquals("['slow done']", value("await task\nlog"));
        assertEquals("4", value("asyncio.run(twice(2))"));
    }

    @Test
    @DisplayName("report errors as plain cells do")
    void errors() {
        value(DEFINE);
        RunResult r = cell("async def boom():\n    raise ValueError('bad')\nawait boom()\n");
        assertTrue(r.failed());
        assertEquals("ValueError", r.exception().value().type().getName());
        RunResult syntax = cell("await twice(1)\nreturn 5\n");
        assertTrue(syntax.failed());
        assertEquals("SyntaxError", syntax.exception().value().type().getName());
        assertEquals("6", value("await twice(3)"));
    }
}
