package org.weft.kernel.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("IPythonSyntax.transform")
class IPythonSyntaxTest {

    /**
     * Cells and what IPython 8.5's {@code TransformerManager().transform_cell} makes of them, produced
     * with {@code /usr/bin/python3 -c "from IPython.core.inputtransformer2 import TransformerManager"}.
     */
    static Stream<Arguments> ipythonOracle() {
        return Stream.of(
                Arguments.of("%time x", "get_ipython().run_line_magic('time', 'x')\n"),
                Arguments.of("x = %time 1+1", "x = get_ipython().run_line_magic('time', '1+1')\n"),
                Arguments.of("  %ls -l", "get_ipython().run_line_magic('ls', '-l')\n"),
                Arguments.of("if x:\n    %ls\n", "if x:\n    get_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("%%bash\necho hi\n", "get_ipython().run_cell_magic('bash', '', 'echo hi\\n')\n"),
                Arguments.of("x?", "get_ipython().run_line_magic('pinfo', 'x')\n"),
                Arguments.of("x??", "get_ipython().run_line_magic('pinfo2', 'x')\n"),
                Arguments.of("?x", "get_ipython().run_line_magic('pinfo', 'x')\n"),
                Arguments.of("??x", "get_ipython().run_line_magic('pinfo2', 'x')\n"),
                Arguments.of("%time?", "get_ipython().run_line_magic('pinfo', '%time')\n"),
                Arguments.of("a.b*?", "get_ipython().run_line_magic('psearch', 'a.b*')\n"),
                Arguments.of("!ls -l", "get_ipython().system('ls -l')\n"),
                Arguments.of("x = !ls", "x = get_ipython().getoutput('ls')\n"),
                Arguments.of("'%s' % x", "'%s' % x\n"),
                Arguments.of("a % b", "a % b\n"),
                Arguments.of("d = {'a': 1}", "d = {'a': 1}\n"),
                Arguments.of("s = '''\n%foo\n!bar'''", "s = '''\n%foo\n!bar'''\n"),
                Arguments.of("x != 1", "x != 1\n"),
                Arguments.of("# %foo\n", "# %foo\n"),
                Arguments.of(">>> x = 1\n... y = 2", "x = 1\ny = 2\n"),
                Arguments.of("In [1]: x = 1\n   ...: y = 2", "x = 1\ny = 2\n"),
                Arguments.of("x = 1 # what?", "x = 1 # what?\n"),
                Arguments.of("%time \\\n  x", "get_ipython().run_line_magic('time', '   x')\n"),
                Arguments.of("!!ls", "get_ipython().getoutput('ls')\n"),
                Arguments.of("print(1)?", "print(1)?\n"),
                Arguments.of("f(x)?", "f(x)?\n"),
                Arguments.of("x?  # c", "x?  # c\n"),
                Arguments.of("%%time?", "get_ipython().run_line_magic('pinfo', '%%time')\n"),
                Arguments.of("x=%ls", "x=get_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("a = b = %ls", "a = b = %ls\n"),
                Arguments.of("x,y = !ls", "x,y = get_ipython().getoutput('ls')\n"),
                Arguments.of("!", "get_ipython().system('')\n"),
                Arguments.of("?", "get_ipython().show_usage()\n"),
                Arguments.of("%", "get_ipython().run_line_magic('', '')\n"),
                Arguments.of(",f a b", "f(\"a\", \"b\")\n"),
                Arguments.of("/f a b", "f(a, b)\n"),
                Arguments.of(";f a b", "f(\"a b\")\n"),
                Arguments.of("$x", "$x\n"),
                Arguments.of("%%writefile f.py\ncode\n", "get_ipython().run_cell_magic('writefile', 'f.py', 'code\\n')\n"),
                Arguments.of("%%time\n", "get_ipython().run_cell_magic('time', '', '')\n"),
                Arguments.of("x = f(\n%ls\n)", "x = f(\n%ls\n)\n"),
                Arguments.of("def f():\n    x = %time 1\n    !echo hi\n    return x\n", "def f():\n    x = get_ipython().run_line_magic('time', '1')\n    get_ipython().system('echo hi')\n    return x\n"),
                Arguments.of("x = 1; %ls", "x = 1; %ls\n"),
                Arguments.of("print('a?')", "print('a?')\n"),
                Arguments.of("s = \"!ls\"", "s = \"!ls\"\n"),
                Arguments.of("s = '''\n!ls\n%foo\n'''\n%bar", "s = '''\n!ls\n%foo\n'''\nget_ipython().run_line_magic('bar', '')\n"),
                Arguments.of("a.b.c?", "get_ipython().run_line_magic('pinfo', 'a.b.c')\n"),
                Arguments.of("a.b.c??", "get_ipython().run_line_magic('pinfo2', 'a.b.c')\n"),
                Arguments.of("  x?\n  y = 1", "get_ipython().run_line_magic('pinfo', 'x')\ny = 1\n"),
                Arguments.of("%%time\nx = 1\ny = 2", "get_ipython().run_cell_magic('time', '', 'x = 1\\ny = 2\\n')\n"),
                Arguments.of("x = 1\n%%time\ny", "x = 1\nget_ipython().run_line_magic('%time', '')\ny\n"),
                Arguments.of("f'{x!r}'", "f'{x!r}'\n"),
                Arguments.of("f'{x}' ?", "f'{x}' ?\n"),
                Arguments.of("x = (1 +\n  2)\n%ls", "x = (1 +\n  2)\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("a[0]?", "a[0]?\n"),
                Arguments.of("x = %", "x = %\n"),
                Arguments.of("x == %ls", "x == %ls\n"),
                Arguments.of("%ls \\\n  -l \\\n  -a\nprint(1)", "get_ipython().run_line_magic('ls', '   -l    -a')\nprint(1)\n"),
                Arguments.of("y = !ls \\\n -l", "y = get_ipython().getoutput('ls   -l')\n"),
                Arguments.of("x=!ls", "x=get_ipython().getoutput('ls')\n"),
                Arguments.of("x !=!ls", "x !=!ls\n"),
                Arguments.of(">>> def f():\n...     return 1\n...\n>>> f()", "def f():\n    return 1\n\nf()\n"),
                Arguments.of("... x", "... x\n"),
                Arguments.of(">>>x", ">>>x\n"),
                Arguments.of("In [5]: %time x\n   ...: y", "get_ipython().run_line_magic('time', 'x')\ny\n"),
                Arguments.of("[ins] In [2]: x = 1", "x = 1\n"),
                Arguments.of("if True:\r\n    %ls\r\n", "if True:\r\n    get_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("\tx = 1\n\ty = 2", "x = 1\ny = 2\n"),
                Arguments.of("   a = 1\n   b = 2\n c = 3", "a = 1\nb = 2\n c = 3\n"),
                Arguments.of("x = 'unterminated", "x = 'unterminated\n"),
                Arguments.of("x = (1,\n%ls", "x = (1,\n%ls\n"),
                Arguments.of("# comment only", "# comment only\n"),
                Arguments.of("", "\n"),
                Arguments.of("   ", "\n"),
                Arguments.of("\n", "\n"),
                Arguments.of("%time for i in range(3): pass", "get_ipython().run_line_magic('time', 'for i in range(3): pass')\n"),
                Arguments.of("%timeit -n1 -r1 x", "get_ipython().run_line_magic('timeit', '-n1 -r1 x')\n"),
                Arguments.of("  %%time\nx", "get_ipython().run_cell_magic('time', '', 'x\\n')\n"),
                Arguments.of("%%time x y  \nbody\n", "get_ipython().run_cell_magic('time', 'x y', 'body\\n')\n"),
                Arguments.of("%pinfo x", "get_ipython().run_line_magic('pinfo', 'x')\n"),
                Arguments.of("%%bash?", "get_ipython().run_line_magic('pinfo', '%%bash')\n"),
                Arguments.of("?%time", "get_ipython().run_line_magic('pinfo', '%time')\n"),
                Arguments.of("%alias_magic t timeit", "get_ipython().run_line_magic('alias_magic', 't timeit')\n"),
                Arguments.of("x = %who_ls", "x = get_ipython().run_line_magic('who_ls', '')\n"),
                Arguments.of("print(%d % 3)", "print(%d % 3)\n"),
                Arguments.of("d = {'a': %s}", "d = {'a': %s}\n"),
                Arguments.of("pass ; !ls", "pass ; !ls\n"),
                Arguments.of("!ls $HOME {x}", "get_ipython().system('ls $HOME {x}')\n"),
                Arguments.of("x = !!ls", "x = get_ipython().getoutput('!ls')\n"),
                Arguments.of("!!", "get_ipython().getoutput('')\n"),
                Arguments.of("?? x", "get_ipython().run_line_magic('pinfo2', ' x')\n"),
                Arguments.of("obj.*attr*?", "get_ipython().run_line_magic('psearch', 'obj.*attr*')\n"),
                Arguments.of("\u00e9 = 1\n\u00e9?", "\u00e9 = 1\nget_ipython().run_line_magic('pinfo', '\u00e9')\n"),
                Arguments.of("x = rb'!'", "x = rb'!'\n"),
                Arguments.of("x = u\"%s\" % y", "x = u\"%s\" % y\n"),
                Arguments.of("%%writefile f.txt\n%ls\n!echo\nx?\n", "get_ipython().run_cell_magic('writefile', 'f.txt', '%ls\\n!echo\\nx?\\n')\n"),
                Arguments.of("x = [\n  1,\n]?", "x = [\n  1,\n]?\n"),
                Arguments.of("x = 1 \\\n + 2?", "x = 1 \\\n + 2?\n"),
                Arguments.of("a?b", "a?b\n"),
                Arguments.of("if x:\n    y?\n", "if x:\n    get_ipython().run_line_magic('pinfo', 'y')\n"),
                Arguments.of("lambda: %ls", "lambda: %ls\n"),
                Arguments.of("x = %ls?", "get_ipython().run_line_magic('pinfo', '%ls')\n"),
                Arguments.of("x = 5j; y = .5", "x = 5j; y = .5\n"),
                Arguments.of("@dec\n%ls", "@dec\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("x = 1\n\n\n%ls\n\n", "x = 1\n\n\nget_ipython().run_line_magic('ls', '')\n\n"),
                Arguments.of("s = 'a\\'b'\n%ls", "s = 'a\\'b'\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = \"a\\\"b\"\n%ls", "s = \"a\\\"b\"\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = 'abc\\\n%ls'\n%pwd", "s = 'abc\\\n%ls'\nget_ipython().run_line_magic('pwd', '')\n"),
                Arguments.of("s = '''a\\'''b'''\n%ls", "s = '''a\\'''b'''\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = \"\"\"x\"\"\"\"\n%ls", "s = \"\"\"x\"\"\"\"\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = rb'\\d' + Rb\"x\" + F'{y}' + fR'''z'''\n!ls", "s = rb'\\d' + Rb\"x\" + F'{y}' + fR'''z'''\nget_ipython().system('ls')\n"),
                Arguments.of("s = 'unclosed\n%ls", "s = 'unclosed\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = br'x\n%ls", "s = br'x\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = '''a''''\n%ls", "s = '''a''''\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("x = '''\n\\\n'''\n%ls", "x = '''\n\\\n'''\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = 'a' 'b' \\\n 'c'\n%ls", "s = 'a' 'b' \\\n 'c'\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("print(\"%d\" % 5)\n%ls", "print(\"%d\" % 5)\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = ''\n%ls", "s = ''\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = ''''''\n%ls", "s = ''''''\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = u'x' ; %ls", "s = u'x' ; %ls\n"),
                Arguments.of("x = 0x_ff + 1_000.5e-1_0j + .5 + 1. + 0o7 + 0b1\n%ls", "x = 0x_ff + 1_000.5e-1_0j + .5 + 1. + 0o7 + 0b1\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("x = 1if y else 2\n%ls", "x = 1if y else 2\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = '\\\\'\n%ls", "s = '\\\\'\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = '\\\\\\\n'\n%ls", "s = '\\\\\\\n'\nget_ipython().run_line_magic('ls', '')\n"),
                Arguments.of("s = f\"{'%ls'}\"\n%pwd", "s = f\"{'%ls'}\"\nget_ipython().run_line_magic('pwd', '')\n"),
                Arguments.of("def f():\n    '''doc\n    %ls\n    '''\n    %pwd\n", "def f():\n    '''doc\n    %ls\n    '''\n    get_ipython().run_line_magic('pwd', '')\n"),
                Arguments.of("x = \"abc\\\n  def\"\n!ls", "x = \"abc\\\n  def\"\nget_ipython().system('ls')\n")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("ipythonOracle")
    @DisplayName("gives what IPython's transform_cell gives")
    void matchesIPython(String cell, String expected) {
        assertEquals(expected, IPythonSyntax.transform(cell));
    }

    @Nested
    @DisplayName("plain Python, which it returns as it is without tokenizing")
    class PlainPython {
        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("org.weft.kernel.syntax.IPythonSyntaxTest#plainCells")
        @DisplayName("is recognised, and transforms to itself the long way too")
        void plain(String cell) {
            assertTrue(IPythonSyntax.isPlainPython(cell + "\n"));
            assertEquals(cell + "\n", IPythonSyntax.tokenTransforms(
                    java.util.List.of((cell + "\n").split("(?<=\n)")), false).stream().reduce("", String::concat));
        }

        @ParameterizedTest(name = "{index}: {0}")
        @MethodSource("org.weft.kernel.syntax.IPythonSyntaxTest#notPlainCells")
        @DisplayName("is not claimed for cells a transform may change")
        void notPlain(String cell) {
            assertFalse(IPythonSyntax.isPlainPython(cell + "\n"));
        }
    }

    static Stream<String> plainCells() {
        return Stream.of("x = 1", "print(x)", "\n\nx = 1", "def f(a, b):\n    return a / b\n", "a = [1,\n     2]",
                "s = 'a;b'", "x = 1 # note", "for i in range(3):\n\tpass");
    }

    static Stream<String> notPlainCells() {
        return Stream.of("%time x", "x = !ls", "x?", "a % b", "x != y", ",f a b", "  ;f a b", "/f a b", "  x = 1",
                "\n  x = 1", ">>> x = 1", "... x", "In [1]: x = 1", "s = 'what?'");
    }

    @Nested
    @DisplayName("where it differs from IPython on purpose")
    class Differences {

        @Test
        @DisplayName("keeps leading blank lines, so traceback line numbers match the cell")
        void keepsLeadingBlankLines() {
            assertEquals("\n\nget_ipython().run_cell_magic('time', '', 'x=1\\n')\n",
                    IPythonSyntax.transform("\n\n%%time\nx=1"));
            assertEquals("   \n\nx = 1\nget_ipython().run_line_magic('ls', '')\n",
                    IPythonSyntax.transform("   \n\n  x = 1\n  %ls"));
        }

        @Test
        @DisplayName("leaves a bad unindent for the parser to report instead of throwing")
        void badUnindentIsLeftAlone() {
            assertEquals("if x:\n    a\n  b\n", IPythonSyntax.transform("if x:\n    a\n  b\n"));
        }

        @Test
        @DisplayName("still transforms syntax before a bad unindent")
        void transformsBeforeBadUnindent() {
            assertEquals("get_ipython().run_line_magic('ls', '')\nif x:\n    a\n  b\n",
                    IPythonSyntax.transform("%ls\nif x:\n    a\n  b\n"));
        }
    }

    @Nested
    @DisplayName("on odd input")
    class OddInput {

        @Test
        @DisplayName("a cell of many magics is transformed line by line")
        void manyMagics() {
            String cell = "%ls\n".repeat(300);
            String expected = "get_ipython().run_line_magic('ls', '')\n".repeat(300);
            assertEquals(expected, IPythonSyntax.transform(cell));
        }

        @Test
        @DisplayName("non-ASCII magic arguments are quoted as Python's repr quotes them")
        void unicodeArguments() {
            assertEquals("get_ipython().system('echo h\u00e9 \\'q\\' \"d\"')\n",
                    IPythonSyntax.transform("!echo h\u00e9 'q' \"d\""));
        }

        @Test
        @DisplayName("a string of 50,000 escapes does not exhaust the stack")
        void longStrings() {
            String escapes = "\\n".repeat(50_000);
            for (String s : new String[] {"'" + escapes + "'", " + escapes + ", "\"" + escapes + "\""}) {
                assertEquals("s = " + s + "\nget_ipython().run_line_magic('ls', '')\n",
                        IPythonSyntax.transform("s = " + s + "\n%ls"));
            }
        }

        @Test
        @DisplayName("a help request 100,000 names long is left to Python instead of overflowing")
        void monstrousHelp() {
            String cell = "x = a" + ".b".repeat(100_000) + "?";
            assertEquals(cell + "\n", IPythonSyntax.transform(cell));
        }

        @Test
        @DisplayName("a lone escape character does not throw")
        void loneEscapes() {
            for (String s : new String[] {"%", "!", "?", "??", ",", ";", "/", "%%", "x = %", "\\", "'", "\"\"\""}) {
                IPythonSyntax.transform(s);
            }
        }
    }
}
