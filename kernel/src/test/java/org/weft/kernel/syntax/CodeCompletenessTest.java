package org.weft.kernel.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("CodeCompleteness.check")
class CodeCompletenessTest {

    /**
     * Code, status and indent width as IPython 8.5's {@code TransformerManager().check_complete}
     * answers (ipykernel 6.17's {@code is_complete_reply} sends {@code ' ' * width} as the indent).
     */
    static Stream<Arguments> ipythonOracle() {
        return Stream.of(
                Arguments.of("print('''hello", "incomplete", 0),
                Arguments.of("def f(x):\n  x*2", "incomplete", 2),
                Arguments.of("import = 7q", "invalid", null),
                Arguments.of("1", "complete", null),
                Arguments.of("%time x", "complete", null),
                Arguments.of("for i in range(3):", "incomplete", 4),
                Arguments.of("x = 1 + \\", "incomplete", 0),
                Arguments.of("x = (1,", "incomplete", 0),
                Arguments.of("x = [1,\n 2", "incomplete", 1),
                Arguments.of("def f(x):\n    return x\n", "complete", null),
                Arguments.of("def f(x):\n    return x\n\n", "complete", null),
                Arguments.of("if x:\n    y = 1\nelse:", "incomplete", 4),
                Arguments.of("class A:\n    def f(self):", "incomplete", 8),
                Arguments.of("a = 1\n", "complete", null),
                Arguments.of("", "complete", null),
                Arguments.of("\n", "complete", null),
                Arguments.of("   ", "complete", null),
                Arguments.of("# comment", "complete", null),
                Arguments.of("x = )", "invalid", null),
                Arguments.of("x = (1))", "invalid", null),
                Arguments.of("print(1)\n)", "incomplete", 0),
                Arguments.of("@dec", "incomplete", 0),
                Arguments.of("x =", "invalid", null),
                Arguments.of("if True:\n    pass", "incomplete", 4),
                Arguments.of("if True:\n    pass\n", "complete", null),
                Arguments.of("%%time\nx = 1", "incomplete", 0),
                Arguments.of("%%time\nx = 1\n", "incomplete", 0),
                Arguments.of("%%time\nx = 1\n\n", "complete", null),
                Arguments.of("!ls", "complete", null),
                Arguments.of("x = !ls", "complete", null),
                Arguments.of("x?", "complete", null),
                Arguments.of("s = 'abc", "invalid", null),
                Arguments.of("s = \"\"\"abc\n", "incomplete", 0),
                Arguments.of("while True:\n\tpass", "incomplete", 4),
                Arguments.of("try:\n    x\nexcept:", "incomplete", 4),
                Arguments.of("lambda x:", "incomplete", 4),
                Arguments.of("x = {'a':", "incomplete", 0),
                Arguments.of("return 1", "invalid", null),
                Arguments.of("1 +", "invalid", null),
                Arguments.of("def f(x): return x", "complete", null),
                Arguments.of("if x:\n    y\n  z", "invalid", null),
                Arguments.of("await x", "complete", null),
                Arguments.of("async def f():\n    await x", "incomplete", 4),
                Arguments.of("   x = 1", "complete", null),
                Arguments.of(">>> x = 1", "complete", null),
                Arguments.of(">>> if x:", "incomplete", 4),
                Arguments.of("In [1]: for i in x:", "incomplete", 4),
                Arguments.of("x = 1  # comment", "complete", null),
                Arguments.of("for i in x:  # loop", "incomplete", 4),
                Arguments.of("x = f(1,\n      2)", "complete", null),
                Arguments.of("print(f'{x')", "invalid", null),
                Arguments.of("with open(f) as g:\n    for l in g:", "incomplete", 8),
                Arguments.of("match x:", "incomplete", 4),
                Arguments.of("match x:\n    case 1:", "incomplete", 8),
                Arguments.of("del", "invalid", null),
                Arguments.of("x = 1; y =", "invalid", null),
                Arguments.of("1_000", "complete", null),
                Arguments.of("0777", "invalid", null),
                Arguments.of("\"\\d\"", "complete", null),
                Arguments.of("x = 1 \\\n  + 2", "complete", null),
                Arguments.of("if x:\n    pass\nelif y:\n    pass", "incomplete", 4),
                Arguments.of("break", "invalid", null),
                Arguments.of("for x in y:\n    break", "incomplete", 4),
                Arguments.of("nonlocal x", "invalid", null),
                Arguments.of("def f():\n    nonlocal x", "invalid", null),
                Arguments.of("yield 1", "invalid", null),
                Arguments.of("async for x in y:\n    pass\n", "complete", null),
                Arguments.of("async with x:\n    pass\n", "complete", null),
                Arguments.of("[x async for x in y]", "complete", null),
                Arguments.of("x: int = 1", "complete", null),
                Arguments.of("def f(a, a): pass", "invalid", null),
                Arguments.of("f(x for x in y, 1)", "invalid", null),
                Arguments.of("print 1", "invalid", null),
                Arguments.of("exec 'x'", "invalid", null),
                Arguments.of("x = 1 if y", "invalid", null),
                Arguments.of("f(**x, *y)", "invalid", null),
                Arguments.of("a, *b, *c = d", "invalid", null),
                Arguments.of("del f()", "invalid", null),
                Arguments.of("(yield)", "invalid", null),
                Arguments.of("def f():\n    global x\n    x = 1", "incomplete", 4),
                Arguments.of("'''", "incomplete", 0),
                Arguments.of("x = 1\n\n\n", "complete", null),
                Arguments.of("if x:\n\n", "incomplete", 0),
                Arguments.of("if x:\n    pass\n\n\n", "complete", null),
                Arguments.of("x = \\\n", "incomplete", 0),
                Arguments.of("\tif x:\n\t\ty", "incomplete", 4),
                Arguments.of("for x in y:\n\tif x:", "incomplete", 5),
                Arguments.of("\"\"\"doc\"\"\"", "complete", null),
                Arguments.of("f(\n", "incomplete", 0),
                Arguments.of("[", "incomplete", 0),
                Arguments.of("]", "invalid", null),
                Arguments.of("{1:2}", "complete", null),
                Arguments.of("def f(*, a): pass", "complete", null),
                Arguments.of("def f(*): pass", "invalid", null),
                Arguments.of("x = 0o8", "invalid", null),
                Arguments.of("x = 1__0", "invalid", null),
                Arguments.of("class A(\n  B):", "incomplete", 4),
                Arguments.of("try:\n    pass\n", "incomplete", 4),
                Arguments.of("try:\n    pass\nfinally:\n    pass\n", "complete", null),
                Arguments.of("s = 'a\\'b'\n%ls", "complete", null),
                Arguments.of("s = \"a\\\"b\"\n%ls", "complete", null),
                Arguments.of("s = 'abc\\\n%ls'\n%pwd", "complete", null),
                Arguments.of("s = '''a\\'''b'''\n%ls", "complete", null),
                Arguments.of("s = \"\"\"x\"\"\"\"\n%ls", "invalid", null),
                Arguments.of("s = rb'\\d' + Rb\"x\" + F'{y}' + fR'''z'''\n!ls", "complete", null),
                Arguments.of("s = 'unclosed\n%ls", "invalid", null),
                Arguments.of("s = br'x\n%ls", "invalid", null),
                Arguments.of("s = '''a''''\n%ls", "invalid", null),
                Arguments.of("x = '''\n\\\n'''\n%ls", "complete", null),
                Arguments.of("s = 'a' 'b' \\\n 'c'\n%ls", "complete", null),
                Arguments.of("print(\"%d\" % 5)\n%ls", "complete", null),
                Arguments.of("s = ''\n%ls", "complete", null),
                Arguments.of("s = ''''''\n%ls", "complete", null),
                Arguments.of("s = u'x' ; %ls", "invalid", null),
                Arguments.of("x = 0x_ff + 1_000.5e-1_0j + .5 + 1. + 0o7 + 0b1\n%ls", "complete", null),
                Arguments.of("s = '\\\\'\n%ls", "complete", null),
                Arguments.of("s = '\\\\\\\n'\n%ls", "complete", null),
                Arguments.of("s = f\"{'%ls'}\"\n%pwd", "complete", null),
                Arguments.of("def f():\n    '''doc\n    %ls\n    '''\n    %pwd\n", "complete", null),
                Arguments.of("x = \"abc\\\n  def\"\n!ls", "complete", null),
                Arguments.of("def finish(self):\n    if not self.wfile.closed:\n        try:\n            self.wfile.flush()", "incomplete", 12),
                Arguments.of("class A:\n    @dec\n", "incomplete", 4),
                Arguments.of("if key is None:\n    for x in y:\n        try:\n            n = 1\n", "incomplete", 12),
                Arguments.of("x = 1 + \\\n# c", "invalid", null),
                Arguments.of("def f():\n    try:\n        pass\n    except:\n", "incomplete", 8),
                Arguments.of("try:\n    x = 1", "incomplete", 4),
                Arguments.of("for i in x:\n    if i:\n        pass\n    else:", "incomplete", 8)
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("ipythonOracle")
    @DisplayName("answers what IPython's check_complete answers")
    void matchesIPython(String code, String status, Integer indent) {
        CodeCompleteness.Result r = CodeCompleteness.check(code);
        assertEquals(status, r.status());
        assertEquals(indent == null ? null : " ".repeat(indent), r.indent());
    }

    @Nested
    @DisplayName("the result")
    class Shape {

        @Test
        @DisplayName("has no indent unless incomplete")
        void indentOnlyWhenIncomplete() {
            assertNull(CodeCompleteness.check("1").indent());
            assertNull(CodeCompleteness.check("import = 7q").indent());
            assertEquals("    ", CodeCompleteness.check("for i in range(3):").indent());
        }

        @Test
        @DisplayName("keeps the current block's indent inside a block")
        void blockIndent() {
            assertEquals(new CodeCompleteness.Result("incomplete", "  "), CodeCompleteness.check("def f(x):\n  x*2"));
        }
    }

    @Nested
    @DisplayName("where it differs from IPython")
    class Differences {

        @Test
        @DisplayName("a SyntaxWarning is no error: 'x is 1' is complete (IPython says invalid)")
        void syntaxWarningIsComplete() {
            assertEquals("complete", CodeCompleteness.check("x is 1").status());
            assertEquals("complete", CodeCompleteness.check("x = 1if y else 2").status());
        }

        @Test
        @DisplayName("a bad unindent is invalid, where IPython's tokenizer raises IndentationError")
        void badUnindent() {
            assertEquals("invalid", CodeCompleteness.check("if x:\n    a\n  b\n").status());
        }
    }

    @Nested
    @DisplayName("on odd input")
    class OddInput {

        @Test
        @DisplayName("deep brackets and long strings get an answer, not an exception")
        void deepAndLong() {
            assertEquals("invalid", CodeCompleteness.check("(".repeat(100_000) + ")".repeat(100_000)).status());
            assertEquals("incomplete", CodeCompleteness.check("[".repeat(100_000)).status());
            assertEquals("complete", CodeCompleteness.check("s = '" + "\\n".repeat(50_000) + "'").status());
        }
    }
}
