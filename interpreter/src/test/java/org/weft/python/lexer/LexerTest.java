package org.weft.python.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.weft.python.ast.Imaginary;

@DisplayName("Lexer")
class LexerTest {

    private static List<Token> tokens(String src) {
        Lexer lx = new Lexer(new SourceText(src));
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.type() != TokenType.ENDMARKER);
        return out;
    }

    private static String types(String src) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(src)) {
            sb.append(t.type()).append(' ');
        }
        return sb.toString().trim();
    }

    @Nested
    @DisplayName("produces layout tokens as CPython's tokenizer")
    class Layout {
        @Test
        @DisplayName("INDENT and DEDENT around a block, NEWLINE at the end of each logical line")
        void block() {
            assertEquals("IF NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT NAME NEWLINE ENDMARKER",
                    types("if x:\n    pass\ny\n"));
        }

        @Test
        @DisplayName("no NEWLINE inside brackets, none for blank or comment lines")
        void joining() {
            assertEquals("NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER",
                    types("x = (1,\n\n  # c\n 2)\n\n# end\n"));
        }

        @Test
        @DisplayName("backslash continuation joins lines")
        void continuation() {
            assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER", types("x = 1 + \\\n    2\n"));
        }

        @Test
        @DisplayName("a final NEWLINE even without a trailing newline")
        void missingNewline() {
            assertEquals("NAME NEWLINE ENDMARKER", types("x"));
        }

        @Test
        @DisplayName("columns count code points, not UTF-16 units")
        void codePointColumns() {
            Token t = tokens("'😀' + x").get(2);
            assertEquals("x", t.text());
            assertEquals(6, t.col());
        }
    }

    @Nested
    @DisplayName("reads literals")
    class Literals {
        @Test
        @DisplayName("numbers of every form")
        void numbers() {
            assertEquals(1_000L, NumberValue.of("1_000"));
            assertEquals(255L, NumberValue.of("0xff"));
            assertEquals(8L, NumberValue.of("0o10"));
            assertEquals(5L, NumberValue.of("0b101"));
            assertEquals(new BigInteger("123456789012345678901234567890"),
                    NumberValue.of("123456789012345678901234567890"));
            assertEquals(1.5e-3, NumberValue.of("1.5e-3"));
            assertEquals(new Imaginary(2.0), NumberValue.of("2j"));
        }

        @Test
        @DisplayName("string escapes, keeping invalid ones literally")
        void escapes() {
            assertEquals("a\nb\t\\ A é \u2022 😀 \\d", StringDecoder.decodeStr(
                    "a\\nb\\t\\\\ \\x41 \\u00e9 \\N{BULLET} \\U0001F600 \\d", false));
            assertEquals("\\n", StringDecoder.decodeStr("\\n", true));
        }

        @Test
        @DisplayName("bytes escapes")
        void bytes() {
            byte[] b = StringDecoder.decodeBytes("\\x00\\xff\\n", false);
            assertEquals(3, b.length);
            assertEquals((byte) 0xff, b[1]);
        }

        @Test
        @DisplayName("string prefixes in any case and order CPython allows")
        void prefixes() {
            assertEquals("STRING STRING STRING STRING NEWLINE ENDMARKER", types("rb'x' Br'y' F'z' u'w'"));
            assertEquals("NAME STRING NEWLINE ENDMARKER", types("ur'x'"));
        }
    }

    @Nested
    @DisplayName("reports tokenizer errors with CPython's messages")
    class Errors {
        private LexerError error(String src) {
            return assertThrows(LexerError.class, () -> tokens(src));
        }

        @Test
        @DisplayName("for malformed numbers")
        void numbers() {
            assertEquals("invalid decimal literal", error("1abc").getMessage());
            assertEquals("invalid hexadecimal literal", error("0x").getMessage());
            assertEquals("invalid digit '8' in octal literal", error("0o8").getMessage());
        }

        @Test
        @DisplayName("for an unindent that matches no outer level")
        void dedent() {
            LexerError e = error("if x:\n  a\n b\n");
            assertEquals(LexerError.Kind.INDENTATION_ERROR, e.kind);
            assertEquals(3, e.lineno);
        }

        @Test
        @DisplayName("for an invalid character, naming it")
        void invalidCharacter() {
            assertEquals("invalid character '€' (U+20AC)", error("x = €").getMessage());
        }
    }
}
