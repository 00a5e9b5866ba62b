package org.weft.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks {@link PosixPaths} against CPython's answers in posixpath_cases.tsv. */
@DisplayName("posixpath string logic gives CPython's results")
class PosixPathsTest {

    private static final String CWD = "/home/u/work";
    private static final Map<String, String> ENV =
            Map.of("HOME", "/home/u/", "FOO", "bar", "A_1", "x", "EMPTY", "", "PATH_X", "/p");

    static Stream<Arguments> cases() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = PosixPathsTest.class.getResourceAsStream("posixpath_cases.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows.stream().map(r -> Arguments.of(r[0], (Object) r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(String name, String[] row) {
        String[] args = Arrays.copyOfRange(row, 2, row.length);
        assertEquals(row[1], run(row[0], args), String.join(" ", row));
    }

    private static String run(String name, String[] a) {
        try {
            return switch (name) {
                case "split" -> String.join("|", PosixPaths.split(a[0]));
                case "splitext" -> String.join("|", PosixPaths.splitext(a[0]));
                case "basename" -> PosixPaths.basename(a[0]);
                case "dirname" -> PosixPaths.dirname(a[0]);
                case "normpath" -> PosixPaths.normpath(a[0]);
                case "isabs" -> PosixPaths.isabs(a[0]) ? "True" : "False";
                case "abspath" -> PosixPaths.abspath(a[0], CWD);
                case "relpath" -> PosixPaths.relpath(a[0], null, CWD);
                case "relpath2" -> PosixPaths.relpath(a[0], a[1], CWD);
                case "join" -> PosixPaths.join(a[0], Arrays.asList(a).subList(1, a.length));
                case "commonpath" -> PosixPaths.commonpath(listArg(a));
                case "commonprefix" -> PosixPaths.commonprefix(listArg(a));
                case "expanduser" -> PosixPaths.expanduser(a[0], ENV.get("HOME"));
                case "expandvars" -> PosixPaths.expandvars(a[0], ENV);
                default -> throw new AssertionError("unknown case " + name);
            };
        } catch (IllegalArgumentException e) {
            return "ValueError: " + e.getMessage();
        }
    }

    private static List<String> listArg(String[] a) {
        return a.length == 0 ? List.of() : Arrays.asList(a[0].split("\\|", -1));
    }
}
