package org.weft.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("GlobPattern")
class GlobPatternTest {

    /** Pattern, text, and what SQLite 3's {@code SELECT text GLOB pattern} answers (via Python's sqlite3). */
    static Stream<Arguments> sqliteOracle() {
        return Stream.of(
                Arguments.of("*", "", true),
                Arguments.of("*", "anything\nat all", true),
                Arguments.of("?", "", false),
                Arguments.of("?", "a", true),
                Arguments.of("?", "ab", false),
                Arguments.of("?", "\ud83d\ude00", true),
                Arguments.of("a*c", "abbbc", true),
                Arguments.of("a*c", "abbb", false),
                Arguments.of("A*", "abc", false),
                Arguments.of("[abc]", "b", true),
                Arguments.of("[abc]", "d", false),
                Arguments.of("[^abc]", "d", true),
                Arguments.of("[^abc]", "a", false),
                Arguments.of("[a-c]", "b", true),
                Arguments.of("[a-b-c]", "-", true),
                Arguments.of("[a-b-c]", "c", true),
                Arguments.of("[]-a]", "-", true),
                Arguments.of("[]-a]", "b", false),
                Arguments.of("[^]]", "]", false),
                Arguments.of("[^]]", "x", true),
                Arguments.of("[b-a]", "a", false),
                Arguments.of("[^b-a]", "a", true),
                Arguments.of("[", "[", false),
                Arguments.of("*[", "a[", false),
                Arguments.of("a[", "a[", false),
                Arguments.of("x.y", "x.y", true),
                Arguments.of("x.y", "xzy", false),
                Arguments.of("(a+b)", "(a+b)", true),
                Arguments.of("\\d", "\\d", true),
                Arguments.of("\\d", "1", false),
                Arguments.of("$^", "$^", true)
        );
    }

    @ParameterizedTest(name = "{index}: {1} GLOB {0}")
    @MethodSource("sqliteOracle")
    @DisplayName("matches as SQLite's GLOB does")
    void matchesSqlite(String pattern, String text, boolean expected) {
        assertEquals(expected, GlobPattern.compile(pattern).matches(text));
    }
}
