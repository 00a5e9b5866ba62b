package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compares number text conversions with the tables CPython 3.11 wrote through
 * {@code src/test/resources/numbers/generate.py}: repr, format, parse, hex and round.
 */
@DisplayName("Number text conversions agree with CPython's tables")
class NumberTablesTest {

    @Test
    @DisplayName("repr(float) is the shortest round-trip form")
    void floatRepr() {
        check("float_repr.txt", f -> FloatFormat.repr(dbl(f[0])), 1);
    }

    @Test
    @DisplayName("format(float, spec)")
    void floatFormat() {
        check("float_format.txt", f -> hex(formatFloat(dbl(f[0]), unhex(f[1]))), 2);
    }

    @Test
    @DisplayName("format(int, spec)")
    void intFormat() {
        check("int_format.txt", f -> hex(formatInt(f[0], unhex(f[1]))), 2);
    }

    @Test
    @DisplayName("int(str, base)")
    void intParse() {
        check("int_parse.txt",
                f -> IntParse.parse(unhex(f[0]), Integer.parseInt(f[1])).toString(), 2);
    }

    @Test
    @DisplayName("float(str)")
    void floatParse() {
        check("float_parse.txt", f -> bits(FloatParse.parse(unhex(f[0]))), 1);
    }

    @Test
    @DisplayName("float.hex()")
    void floatHex() {
        check("float_hex.txt", f -> FloatHex.hex(dbl(f[0])), 1);
    }

    @Test
    @DisplayName("float.fromhex()")
    void floatFromHex() {
        check("float_fromhex.txt", f -> bits(FloatHex.fromHex(unhex(f[0]))), 1);
    }

    @Test
    @DisplayName("round(float, n) is correctly rounded")
    void floatRound() {
        check("float_round.txt", f -> bits(FloatArith.round(dbl(f[0]), Long.parseLong(f[1]))), 2);
    }

    @Test
    @DisplayName("format(complex, spec)")
    void complexFormat() {
        check("complex_format.txt",
                f -> hex(ComplexFormat.format(dbl(f[0]), dbl(f[1]), unhex(f[2]), "complex")), 3);
    }

    @Test
    @DisplayName("int.to_bytes() and int.from_bytes()")
    void intBytes() {
        check("int_bytes.txt", NumberTablesTest::intBytes, -1);
    }

    /** Calls to_bytes or from_bytes as the line says, through the type's attributes. */
    private static String intBytes(String[] f) {
        boolean to = f[0].equals("to");
        int orderField = to ? 3 : 2;
        List<PyObject> args = new ArrayList<>();
        List<String> kw = new ArrayList<>();
        PyObject callable;
        if (to) {
            PyObject v = f[1].equals("True") ? PyBool.TRUE : PyInt.of(new BigInteger(f[1]));
            callable = Ops.getattr(v, "to_bytes");
            if (!f[2].isEmpty()) {
                args.add(PyInt.of(Long.parseLong(f[2])));
            }
        } else {
            callable = Ops.getattr(PyInt.TYPE, "from_bytes");
            args.add(PyBytes.of(bytesOf(f[1])));
        }
        args.add(PyBool.of(Boolean.parseBoolean(f[orderField + 1])));
        kw.add("signed");
        if (!f[orderField].isEmpty()) {
            args.add(PyStr.of(f[orderField]));
            kw.add("byteorder");
        }
        PyObject r = Ops.call(callable, args.toArray(new PyObject[0]), kw.toArray(new String[0]));
        if (r instanceof PyBytes b) {
            StringBuilder sb = new StringBuilder();
            for (byte x : Arrays.copyOf(b.value(), b.size())) {
                sb.append(String.format("%02x", x));
            }
            return sb.toString();
        }
        return r.toString();
    }

    private static byte[] bytesOf(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** float.__format__'s dispatch, without the object: the empty spec is repr. */
    private static String formatFloat(double x, String spec) {
        if (spec.isEmpty()) {
            return FloatFormat.repr(x);
        }
        FormatSpec f = FormatSpec.parse(spec, '\0', '>', "float");
        return switch (f.type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> FloatFormat.format(x, f);
            default -> throw f.unknownType("float");
        };
    }

    /** int.__format__'s dispatch, without the object; bools are named as CPython names them. */
    private static String formatInt(String literal, String spec) {
        boolean isBool = literal.equals("True") || literal.equals("False");
        if (spec.isEmpty()) {
            return literal;
        }
        BigInteger v = isBool ? BigInteger.valueOf(literal.equals("True") ? 1 : 0)
                : new BigInteger(literal);
        String typeName = isBool ? "bool" : "int";
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> v.bitLength() < 64
                    ? IntFormat.format(v.longValue(), f) : IntFormat.format(v, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> FloatFormat.format(v.doubleValue(), f);
            default -> throw f.unknownType(typeName);
        };
    }

    /**
     * Runs {@code fn} on each line's fields and compares with the field at {@code expected}
     * (the last field when it is negative).
     */
    private static void check(String table, Function<String[], String> fn, int expected) {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line : lines(table)) {
            String[] f = line.split("\t", -1);
            String got;
            try {
                got = fn.apply(f);
            } catch (PyException e) {
                got = "!" + e.getMessage();
            }
            n++;
            if (!got.equals(f[expected < 0 ? f.length - 1 : expected])) {
                failures.add(line + "  =>  got " + got);
            }
        }
        assertTrue(n > 0, table + " is empty");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + n + " differ in " + table);
    }

    private static List<String> lines(String table) {
        try (InputStream in = NumberTablesTest.class.getResourceAsStream("/numbers/" + table)) {
            if (in == null) {
                throw new IllegalStateException("missing resource numbers/" + table);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double dbl(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static String unhex(String h) {
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
