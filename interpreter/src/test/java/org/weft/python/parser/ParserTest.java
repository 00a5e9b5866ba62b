package org.weft.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weft.python.ast.AstDump;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;

@DisplayName("Parser")
class ParserTest {

    private static SyntaxErrorException error(String src) {
        return assertThrows(SyntaxErrorException.class, () -> Parser.parse(src, "<cell>", Mode.EXEC));
    }

    @Nested
    @DisplayName("parses each compile mode into its own root")
    class Modes {
        @Test
        @DisplayName("exec gives a Module")
        void exec() {
            assertInstanceOf(Mod.Module.class, Parser.parse("x = 1\ny = 2\n", "<s>", Mode.EXEC));
        }

        @Test
        @DisplayName("eval gives an Expression, trailing newlines allowed")
        void eval() {
            Mod m = Parser.parse("a + 1\n\n", "<s>", Mode.EVAL);
            assertInstanceOf(Expr.BinOp.class, ((Mod.Expression) m).body());
        }

        @Test
        @DisplayName("eval rejects a statement")
        void evalRejectsStatements() {
            assertThrows(SyntaxErrorException.class, () -> Parser.parse("x = 1", "<s>", Mode.EVAL));
        }

        @Test
        @DisplayName("single gives an Interactive with all statements of one line")
        void single() {
            Mod m = Parser.parse("x = 1; y = 2", "<s>", Mode.SINGLE);
            assertEquals(2, ((Mod.Interactive) m).body().size());
        }

        @Test
        @DisplayName("single accepts one compound statement and its blank line")
        void singleCompound() {
            Mod m = Parser.parse("if x:\n  pass\n\n", "<s>", Mode.SINGLE);
            assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])",
                    AstDump.dump(m));
        }

        @Test
        @DisplayName("single rejects two lines of statements as CPython does")
        void singleRejectsTwoStatements() {
            SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                    () -> Parser.parse("x=1\ny=2", "<s>", Mode.SINGLE));
            assertEquals("multiple statements found while compiling a single statement", e.msg());
            assertEquals(4, e.offset());
        }
    }

    @Nested
    @DisplayName("reports errors")
    class Errors {
        @Test
        @DisplayName("with the filename it was given")
        void filename() {
            assertEquals("<cell>", error("x = $").filename());
        }

        @Test
        @DisplayName("as IndentationError and TabError where CPython does")
        void kinds() {
            assertEquals(SyntaxErrorException.Kind.INDENTATION_ERROR, error(" x").kind());
            assertEquals(SyntaxErrorException.Kind.TAB_ERROR, error("if x:\n\tpass\n        pass\n").kind());
            assertEquals(SyntaxErrorException.Kind.SYNTAX_ERROR, error("x = (1]").kind());
        }

        @Test
        @DisplayName("with the source line as text")
        void text() {
            SyntaxErrorException e = error("a = 1\nb = 1 +\n");
            assertEquals(2, e.lineno());
            assertEquals("b = 1 +\n", e.text());
        }
    }

    @Nested
    @DisplayName("tells incomplete input from invalid input, as codeop does")
    class Incomplete {
        @ParameterizedTest
        @ValueSource(strings = {"if x:", "if x:\n", "x = (1,", "x = \"\"\"abc", "x = 1 \\", "@dec", "for x in y:\n",
                "class A:", "x = [1,\n2", "f(", "try:\n  pass\n"})
        @DisplayName("incomplete")
        void incomplete(String src) {
            assertEquals(true, error(src).incomplete(), src);
        }

        @ParameterizedTest
        @ValueSource(strings = {"x = ", "x = \"abc", "1 +", "x = $", "f(a b)", " x"})
        @DisplayName("invalid")
        void invalid(String src) {
            assertEquals(false, error(src).incomplete(), src);
        }
    }

    @Nested
    @DisplayName("treats match, case and _ as soft keywords")
    class SoftKeywords {
        @ParameterizedTest
        @ValueSource(strings = {"match = 1", "match(x)", "match[x]", "match.x = 1", "case = 2", "_ = 3",
                "match: int = 1", "match - 1", "match, case = 1, 2"})
        @DisplayName("names where no match statement can start")
        void names(String src) {
            Mod m = Parser.parse(src, "<s>", Mode.EXEC);
            assertEquals(1, ((Mod.Module) m).body().size());
        }
    }
}
