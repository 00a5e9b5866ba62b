package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ReTranslator rewrites Python regular expressions for java.util.regex")
class ReTranslatorTest {

    private static String tr(String p) {
        return new ReTranslator(p, 0, false).translate();
    }

    private static boolean finds(String python, String text) {
        return Pattern.compile(tr(python), Pattern.UNIX_LINES).matcher(text).find();
    }

    private static ReSyntaxError error(String p) {
        return assertThrows(ReSyntaxError.class, () -> tr(p));
    }

    @Nested
    @DisplayName("groups")
    class Groups {
        @Test
        @DisplayName("named groups become numbered groups and keep their names aside")
        void namedGroups() {
            ReTranslator t = new ReTranslator("(?P<first_name>\\w+) (?P=first_name)", 0, false);
            assertEquals("([\\p{L}\\p{N}_]+) (?:\\1)", t.translate()); // Python's \w: letters, numbers, '_'
            assertEquals(1, t.groupNames.get("first_name"));
            assertEquals(1, t.groupCount());
        }

        @Test
        @DisplayName("non-capturing, lookaround and comment groups are not counted")
        void nonCapturing() {
            ReTranslator t = new ReTranslator("(?:a)(?=b)(?<!c)(?#note)(d)", 0, false);
            t.translate();
            assertEquals(1, t.groupCount());
        }
    }

    @Nested
    @DisplayName("syntax differences")
    class Syntax {
        @Test
        @DisplayName("\\Z is the absolute end of the string")
        void absoluteEnd() {
            assertTrue(finds("x\\Z", "x"));
            assertTrue(!finds("x\\Z", "x\n"));
        }

        @Test
        @DisplayName("a '{' that is not a repeat is a literal, and {,n} means {0,n}")
        void braces() {
            assertTrue(finds("a{", "a{"));
            assertTrue(finds("^a{,2}$", "aa"));
        }

        @Test
        @DisplayName("'[' and '&&' are literals inside a class")
        void classLiterals() {
            assertTrue(finds("^[[&]+$", "[&&["));
            assertTrue(finds("^[]a]+$", "]a"));
        }

        @Test
        @DisplayName("verbose mode drops whitespace and comments outside classes only")
        void verbose() {
            String j = new ReTranslator("a b # comment\n[ ]", ReTranslator.VERBOSE, false).translate();
            assertTrue(Pattern.compile(j).matcher("ab ").matches());
        }

        @Test
        @DisplayName("leading inline flags are folded into the flags")
        void inlineFlags() {
            ReTranslator t = new ReTranslator("(?im)x", 0, false);
            assertEquals("x", t.translate());
            assertEquals(ReTranslator.IGNORECASE | ReTranslator.MULTILINE, t.flags);
        }
    }

    @Nested
    @DisplayName("errors carry CPython's message and position")
    class Errors {
        @Test
        void unterminatedSubpattern() {
            ReSyntaxError e = error("ab(c");
            assertEquals("missing ), unterminated subpattern", e.getMessage());
            assertEquals(2, e.pos);
        }

        @Test
        void nothingToRepeat() {
            assertEquals("nothing to repeat", error("*a").getMessage());
            assertEquals("multiple repeat", error("a**").getMessage());
        }

        @Test
        void badEscapeAndGroupReference() {
            assertEquals("bad escape \\q", error("\\q").getMessage());
            ReSyntaxError e = error("(a)\\2");
            assertEquals("invalid group reference 2", e.getMessage());
            assertEquals(4, e.pos);
        }

        @Test
        void unbalancedAndUnterminatedSet() {
            assertEquals("unbalanced parenthesis", error("a)").getMessage());
            assertEquals("unterminated character set", error("[a").getMessage());
        }
    }
}
