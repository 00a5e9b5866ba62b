package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

@DisplayName("The parser's tree converts to plain Python data and back")
class AstConversionTest {

    @Nested
    @DisplayName("Utf8Columns")
    class Columns {
        @Test
        @DisplayName("ASCII lines keep their columns")
        void ascii() {
            Utf8Columns c = new Utf8Columns("x = 1\ny = 22\n");
            assertEquals(4, c.byteColumn(1, 4));
            assertEquals(6, c.byteColumn(2, 6));
        }

        @Test
        @DisplayName("a column after non-ASCII text counts UTF-8 bytes, as CPython does")
        void utf8() {
            Utf8Columns c = new Utf8Columns("a\r\nx = 'é日' + y\n");
            // 'é' is 2 bytes, '日' is 3: the code-point column 11 ("+") is byte column 14.
            assertEquals(14, c.byteColumn(2, 11));
            assertEquals(0, c.byteColumn(2, 0));
        }

        @Test
        @DisplayName("a supplementary character counts four bytes")
        void supplementary() {
            Utf8Columns c = new Utf8Columns("s = '\uD83D\uDE00'\n");
            assertEquals(10, c.byteColumn(1, 7));
        }
    }

    @Nested
    @DisplayName("AstExport and AstImport")
    class RoundTrip {
        @Test
        @DisplayName("a node becomes (class name, fields, positions)")
        void export() {
            Mod tree = Parser.parse("x = 1\n", "<t>", Mode.EXEC);
            PyTuple module = (PyTuple) new AstExport("x = 1\n").node(tree);
            assertEquals("Module", ((PyStr) module.get(0)).value());
            assertEquals("None", String.valueOf(module.get(2)));
        }

        @Test
        @DisplayName("exporting and importing gives an equal tree")
        void roundTrip() {
            String source = "def f(a, *b, c=1, **d) -> int:\n    return [x async for x in a if x]\n"
                    + "match p:\n    case {'k': [1, *r]} | C(y=2) as z:\n        pass\n"
                    + "x = f'{a!r:>{w}}' + b'\\x00' + 3j\n";
            Mod tree = Parser.parse(source, "<t>", Mode.EXEC);
            PyObject data = new AstExport(source).node(tree);
            Object back = AstImport.node(data);
            assertEquals(tree, back);
        }

        @Test
        @DisplayName("an expression statement and a list display keep CPython's names")
        void names() {
            assertEquals(Stmt.Expr.class, AstNames.recordClass("Expr"));
            assertEquals(Expr.List.class, AstNames.recordClass("List"));
            assertEquals("arguments", AstNames.pythonName(org.weft.python.ast.Arguments.class));
            assertNotNull(AstNames.recordClass("match_case"));
        }
    }
}
