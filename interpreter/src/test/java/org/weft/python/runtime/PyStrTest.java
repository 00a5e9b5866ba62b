package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PyStr's code-point model, caches and interning; Python-level behaviour is in StrTablesTest. */
@DisplayName("PyStr")
class PyStrTest {

    @Nested
    @DisplayName("indexes code points, not UTF-16 units")
    class CodePoints {

        @Test
        @DisplayName("a BMP string indexes chars directly")
        void bmp() {
            PyStr s = PyStr.of("héllo");
            assertTrue(s.isBmp());
            assertEquals(5, s.length());
            assertEquals('é', s.codePointAt(1));
            assertEquals("ll", s.substring(2, 4));
        }

        @Test
        @DisplayName("an astral code point counts once")
        void astral() {
            PyStr s = PyStr.of("a\uD83D\uDE00b");
            assertFalse(s.isBmp());
            assertEquals(3, s.length());
            assertEquals(0x1F600, s.codePointAt(1));
            assertEquals("b", s.substring(2, 3));
            assertEquals(3, s.charIndex(2));
            assertEquals(2, s.codePointIndex(3));
        }

        @Test
        @DisplayName("comparison follows code points where UTF-16 order differs")
        void order() {
            assertTrue(PyStrMethods.compare(PyStr.of("\uffff"), PyStr.of("\uD800\uDC00")) < 0);
            assertTrue(PyStrMethods.compare(PyStr.of("\uD800\uDC00"), PyStr.of("\ue000")) > 0);
            assertTrue(PyStrMethods.compare(PyStr.of("ab"), PyStr.of("abc")) < 0);
        }
    }

    @Test
    @DisplayName("one-character Latin-1 strings and the empty string are shared")
    void cached() {
        assertSame(PyStr.of("a"), PyStr.ofCodePoint('a'));
        assertSame(PyStr.EMPTY, PyStr.of(""));
    }

    @Test
    @DisplayName("hash never returns -1 and agrees for equal strings")
    void hash() {
        assertEquals(PyStr.of("spam").hash(), PyStr.of(new String("spam")).hash());
        assertTrue(PyStr.of("").hash() != -1);
    }

    @Test
    @DisplayName("iterating yields each code point once")
    void iterate() {
        PyStrIterator it = new PyStrIterator(PyStr.of("x\uD83D\uDE00"));
        assertEquals("x", ((PyStr) it.nextItem()).value());
        assertEquals("\uD83D\uDE00", ((PyStr) it.nextItem()).value());
        assertEquals(null, it.nextItem());
    }
}
