package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Container behaviour checked against CPython 3.11's recorded answers (container_cases.tsv, made
 * by gen_container_cases.py): set iteration order after adds and discards, the set algebra's
 * result order, tuple and frozenset hashes, and list slicing, slice assignment and deletion.
 */
class ContainerCasesTest {

    private static List<String[]> cases(String kind) throws IOException {
        List<String[]> r = new ArrayList<>();
        try (var in = ContainerCasesTest.class.getResourceAsStream("container_cases.tsv");
                var br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = br.readLine()) != null;) {
                String[] f = line.split("\t");
                if (f[0].equals(kind)) {
                    r.add(f);
                }
            }
        }
        return r;
    }

    private static PyObject[] ints(String list) {
        String body = list.replaceAll("[\\[\\]\\s]", "");
        if (body.isEmpty()) {
            return new PyObject[0];
        }
        String[] parts = body.split(",");
        PyObject[] r = new PyObject[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = PyInt.of(Long.parseLong(parts[i]));
        }
        return r;
    }

    private static String listRepr(PyObject iterable) {
        return Ops.repr(new PyList(Sequences.toArray(iterable))).value();
    }

    @Test
    @DisplayName("a set iterates in CPython's order after any sequence of adds and discards")
    void setOrder() throws IOException {
        for (String[] c : cases("set")) {
            PySet s = new PySet();
            for (String step : c[1].split(" ")) {
                PyObject k = PyInt.of(Long.parseLong(step.substring(1)));
                if (step.charAt(0) == 'a') {
                    s.add(k);
                } else {
                    Ops.callMethod(s, "discard", k);
                }
            }
            assertEquals(c[2], listRepr(s), c[1]);
        }
    }

    @Test
    @DisplayName("set operators give CPython's elements in CPython's order")
    void setAlgebra() throws IOException {
        for (String[] c : cases("setop")) {
            String[] p = c[1].split(";");
            PySet a = PySet.of(new PyList(ints(p[0])));
            PySet b = PySet.of(new PyList(ints(p[2])));
            PyObject r = switch (p[1]) {
                case "|" -> Ops.or(a, b);
                case "&" -> Ops.and(a, b);
                case "-" -> Ops.sub(a, b);
                case "^" -> Ops.xor(a, b);
                case "copy" -> Ops.callMethod(a, "copy");
                default -> Ops.call(PyFrozenSet.TYPE, a);
            };
            assertEquals(c[2], listRepr(r), c[1]);
        }
    }

    @Test
    @DisplayName("tuple and frozenset hashes equal CPython's")
    void hashes() throws IOException {
        for (String[] c : cases("hash")) {
            String[] p = c[1].split(" ", 2);
            PyObject[] xs = ints(p[1]);
            PyObject o = p[0].equals("tuple") ? PyTuple.of(xs) : PyFrozenSet.of(new PyList(xs));
            assertEquals(Long.parseLong(c[2]), Ops.hash(o), c[1]);
        }
    }

    private static PyObject bound(String s) {
        return s.equals("None") ? PyNone.NONE : PyInt.of(Long.parseLong(s));
    }

    @Test
    @DisplayName("list slicing, slice assignment and deletion match CPython, errors included")
    void slices() throws IOException {
        for (String[] c : cases("slice")) {
            String[] p = c[1].split(" ");
            int n = Integer.parseInt(p[0]);
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = PyInt.of(i);
            }
            PyList a = new PyList(items);
            PySlice sl = new PySlice(bound(p[1]), bound(p[2]), bound(p[3]));
            int m = Integer.parseInt(p[5]);
            PyObject[] v = new PyObject[m];
            for (int i = 0; i < m; i++) {
                v[i] = PyInt.of(100 + i);
            }
            String got;
            try {
                got = switch (p[4]) {
                    case "get" -> Ops.repr(Ops.getitem(a, sl)).value();
                    case "set" -> {
                        Ops.setitem(a, sl, new PyList(v));
                        yield Ops.repr(a).value();
                    }
                    default -> {
                        Ops.delitem(a, sl);
                        yield Ops.repr(a).value();
                    }
                };
            } catch (PyException e) {
                got = e.type().getName() + ": " + Ops.str(e.value()).value();
            }
            assertEquals(c[2], got, c[1]);
        }
    }
}
