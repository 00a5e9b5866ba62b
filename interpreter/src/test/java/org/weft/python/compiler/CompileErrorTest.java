package org.weft.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;

/**
 * The SyntaxErrors found after parsing (symbol table and code generator), with CPython 3.11's
 * message and line; the expectations come from {@code compile()} under python3.
 */
@DisplayName("The compiler reports CPython's SyntaxErrors")
class CompileErrorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("return_outside", "return 1\n", "'return' outside function", 1),
                Arguments.of("yield_outside", "yield 1\n", "'yield' outside function", 1),
                Arguments.of("break_outside", "break\n", "'break' outside loop", 1),
                Arguments.of("continue_outside", "continue\n", "'continue' not properly in loop", 1),
                Arguments.of("used_before_global", "def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3),
                Arguments.of("use_before_global", "def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3),
                Arguments.of("param_global", "def f(x):\n    global x\n", "name 'x' is parameter and global", 2),
                Arguments.of("no_nonlocal_binding", "def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2),
                Arguments.of("nonlocal_module", "nonlocal x\n", "nonlocal declaration not allowed at module level", 1),
                Arguments.of("await_outside", "await x\n", "'await' outside function", 1),
                Arguments.of("multiple_starred", "a, *b, *c = range(5)\n", "multiple starred expressions in assignment", 1),
                Arguments.of("starred_alone", "*a = range(5)\n", "starred assignment target must be in a list or tuple", 1),
                Arguments.of("keyword_repeated", "f(a=1, a=2)\n", "keyword argument repeated: a", 1),
                Arguments.of("duplicate_argument", "def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1),
                Arguments.of("yield_in_listcomp", "def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsCPythonsMessage(String name, String source, String message, int line) {
        CompileError e = assertThrows(CompileError.class,
                () -> Compiler.compile(Parser.parse(source, "<test>", Mode.EXEC), "<test>", Compiler.Kind.EXEC));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.lineno());
    }
}
