package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * str, bytes, bytearray and memoryview against tables that CPython 3.11 wrote
 * (resources .../runtime/strings/generate_tables.py): each line a call, its expected repr or
 * exception and message.
 */
@DisplayName("str and bytes behave as CPython's tables say")
class StrTablesTest {

    @Test
    @DisplayName("str methods and operators")
    void strMethods() throws IOException {
        check("str_methods.tsv");
    }

    @Test
    @DisplayName("bytes, bytearray and memoryview methods, operators and codecs")
    void bytesMethods() throws IOException {
        check("bytes_methods.tsv");
    }

    @Test
    @DisplayName("str.format, format_map and str.__format__")
    void strFormat() throws IOException {
        check("str_format.tsv");
    }

    @Test
    @DisplayName("printf-style % for str and bytes")
    void percentFormat() throws IOException {
        check("percent_format.tsv");
    }

    @Test
    @DisplayName("repr and ascii of every Latin-1 and sample code point")
    void repr() throws IOException {
        check("repr.tsv");
    }

    /** Java 17 knows Unicode 13, CPython 3.11 Unicode 14: code points new in 14 are skipped. */
    @Test
    @DisplayName("character classes and case mappings of sample code points")
    void charClasses() throws IOException {
        check("char_classes.tsv", true);
    }

    private static void check(String table) throws IOException {
        check(table, false);
    }

    private static void check(String table, boolean skipUnknownToJava) throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (InputStream in = StrTablesTest.class.getResourceAsStream("strings/" + table);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", 5);
                if (skipUnknownToJava && !PyLiteralReader.read(f[0]).toString().codePoints().allMatch(Character::isDefined)) {
                    continue;
                }
                n++;
                String actual = run(f[0], f[1], f[2], f[3]);
                if (!actual.equals(f[4])) {
                    failures.add(f[0] + " " + f[1] + " " + f[2] + " " + f[3] + "\n    expected " + f[4]
                            + "\n    actual   " + actual);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /** Runs one table call and renders its outcome as the generator does. */
    static String run(String recvText, String op, String argsText, String kwText) {
        try {
            PyObject recv = recvText.startsWith("@") ? type(recvText) : PyLiteralReader.read(recvText);
            PyObject[] args = ((PyTuple) PyLiteralReader.read(argsText)).items();
            PyDict kw = (PyDict) PyLiteralReader.read(kwText);
            PyObject result = apply(recv, op, withKeywords(args, kw), keywordNames(kw));
            if (result instanceof PyMemoryView mv) {
                result = PyTuple.of(PyStr.of("memoryview"), Ops.callMethod(mv, "tolist"));
            }
            if (recv instanceof PyByteArray) {
                result = PyTuple.of(result, recv);
            }
            return Ops.repr(result).value();
        } catch (PyException e) {
            return "!" + e.type().getName() + "\t" + StrRepr.repr(Ops.str(e.value()).value());
        }
    }

    private static PyObject type(String name) {
        return switch (name) {
            case "@str" -> PyStr.TYPE;
            case "@bytes" -> PyBytes.TYPE;
            case "@bytearray" -> PyByteArray.TYPE;
            default -> PyMemoryView.TYPE;
        };
    }

    private static PyObject apply(PyObject r, String op, PyObject[] a, String[] kw) {
        return switch (op) {
            case "call" -> Ops.call(r, a, kw);
            case "%" -> Ops.mod(r, a[0]);
            case "+" -> Ops.add(r, a[0]);
            case "*" -> Ops.mul(r, a[0]);
            case "[]" -> Ops.getitem(r, a[0]);
            case "in" -> PyBool.of(Ops.contains(r, a[0]));
            case "<" -> Ops.lt(r, a[0]);
            case "<=" -> Ops.le(r, a[0]);
            case "==" -> Ops.eq(r, a[0]);
            case "!=" -> Ops.ne(r, a[0]);
            case ">" -> Ops.gt(r, a[0]);
            case ">=" -> Ops.ge(r, a[0]);
            case "repr" -> Ops.repr(r);
            case "str" -> Ops.str(r);
            case "ascii" -> PyStr.of(StrRepr.asciiEscape(Ops.repr(r).value()));
            case "format()" -> Ops.format(r, (PyStr) a[0]);
            case "len" -> PyInt.of(Ops.len(r));
            default -> Ops.callMethod(r, op, a, kw);
        };
    }

    private static PyObject[] withKeywords(PyObject[] args, PyDict kw) {
        List<PyObject> all = new ArrayList<>(List.of(args));
        for (PyObject k : kw.keys()) {
            all.add(kw.getItem(k));
        }
        return all.toArray(new PyObject[0]);
    }

    private static String[] keywordNames(PyDict kw) {
        if (kw.size() == 0) {
            return null;
        }
        return kw.keys().stream().map(k -> ((PyStr) k).value()).toArray(String[]::new);
    }
}
