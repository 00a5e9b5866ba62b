package org.weft.python.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Unicode primitives that unicodedata takes from the JDK. Expected values are CPython 3.11's. */
@DisplayName("JdkUnicode")
class JdkUnicodeTest {

    @Nested
    @DisplayName("combining recovers the canonical combining class from canonical ordering")
    class Combining {

        @ParameterizedTest(name = "U+{0} has class {1}")
        @CsvSource({
            "0041, 0", "0300, 230", "0316, 220", "0327, 202", "0334, 1", "0345, 240", "05B7, 17", "05B0, 10",
            "094D, 9", "093C, 7", "3099, 8", "0E48, 107", "0F72, 130", "1DCE, 214", "035C, 233", "035D, 234",
            "0340, 230", "0344, 230", "0F73, 0", "0F81, 0", "0903, 0", "20DD, 0",
        })
        void matchesCPython(String hex, int expected) {
            assertEquals(expected, JdkCombiningClass.combining(Integer.parseInt(hex, 16)));
        }
    }

    @Nested
    @DisplayName("name")
    class Name {

        @Test
        @DisplayName("is the UnicodeData name where there is one")
        void named() {
            assertEquals("LATIN SMALL LETTER E WITH ACUTE", JdkUnicode.name(0xE9));
            assertEquals("SNOWMAN", JdkUnicode.name(0x2603));
        }

        @Test
        @DisplayName("is null for controls and for the JDK's made-up block names")
        void unnamed() {
            assertNull(JdkUnicode.name(0x0000));
            assertNull(JdkUnicode.name(0xE000));
            assertNull(JdkUnicode.name(0x4E00));
        }
    }
}
