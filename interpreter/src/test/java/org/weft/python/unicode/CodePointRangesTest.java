package org.weft.python.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CodePointRanges")
class CodePointRangesTest {

    private final CodePointRanges table = new CodePointRanges(0x100, 0x105, 7, 0x200, 0x200, 0, 0x10000, 0x1FFFF, -3);

    @Nested
    @DisplayName("get")
    class Get {

        @Test
        @DisplayName("gives a range's value at its ends and inside it")
        void insideRanges() {
            assertEquals(7, table.get(0x100, -1));
            assertEquals(7, table.get(0x103, -1));
            assertEquals(7, table.get(0x105, -1));
            assertEquals(0, table.get(0x200, -1));
            assertEquals(-3, table.get(0x1FFFF, 99));
        }

        @Test
        @DisplayName("gives the absent value before, between and after the ranges")
        void outsideRanges() {
            assertEquals(-1, table.get(0x41, -1));
            assertEquals(-1, table.get(0xFF, -1));
            assertEquals(-1, table.get(0x106, -1));
            assertEquals(-1, table.get(0x201, -1));
            assertEquals(-1, table.get(0x20000, -1));
        }

        @Test
        @DisplayName("of an empty table is always the absent value")
        void empty() {
            assertEquals(5, new CodePointRanges().get(0x100, 5));
        }
    }

    @Test
    @DisplayName("firstWithValue finds the first code point of the first range with that value")
    void firstWithValue() {
        assertEquals(0x200, table.firstWithValue(0));
        assertEquals(0x10000, table.firstWithValue(-3));
        assertEquals(-1, table.firstWithValue(42));
    }
}
