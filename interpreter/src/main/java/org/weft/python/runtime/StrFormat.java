package org.weft.python.runtime;

import org.weft.python.unicode.UnicodeType;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields with automatic or manual
 * numbering, keyword names, {@code .attr} and {@code [key]} access, {@code !r !s !a} conversions
 * and nested specs. CPython: Objects/stringlib/unicode_format.h (build_string, get_field_object).
 *
 * <p>One instance formats one call; not shared between threads.
 */
final class StrFormat {

    /** Arguments by position (null for format_map). */
    private final PyObject[] args;
    private final int nargs;
    private final String[] kwnames;
    /** The mapping of format_map, else null. */
    private final PyObject mapping;
    /** 0: no field numbered yet, 1: automatic, 2: manual. CPython: AutoNumber. */
    private int numbering;
    private int nextAuto;

    private StrFormat(PyObject[] args, int nargs, String[] kwnames, PyObject mapping) {
        this.args = args;
        this.nargs = nargs;
        this.kwnames = kwnames;
        this.mapping = mapping;
    }

    static PyStr format(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        StrFormat f = new StrFormat(args, args.length - nkw, kwnames, null);
        return PyStr.of(f.build(((PyStr) self).value(), 2));
    }

    static PyStr formatMap(PyObject self, PyObject mapping) {
        StrFormat f = new StrFormat(null, 0, null, mapping);
        return PyStr.of(f.build(((PyStr) self).value(), 2));
    }

    // CPython: build_string and output_markup
    private String build(String template, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        FormatMarkup m = new FormatMarkup(template);
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (FormatMarkup.Part p = m.next(); p != null; p = m.next()) {
            out.append(p.literal());
            if (!p.hasField()) {
                continue;
            }
            PyObject obj = field(p.fieldName());
            obj = convert(obj, p.conversion());
            String spec = p.specNeedsExpanding() ? build(p.spec(), depth - 1) : p.spec();
            // only an exact str skips __format__: a subclass may override it
            if (spec.isEmpty() && obj instanceof PyStr s && s.type() == PyStr.TYPE) {
                out.append(s.value());
            } else {
                out.append(Ops.format(obj, PyStr.of(spec)).value());
            }
        }
        return out.toString();
    }

    private static PyObject convert(PyObject obj, int conversion) {
        return switch (conversion) {
            case 0 -> obj;
            case 'r' -> Ops.repr(obj);
            case 's' -> Ops.str(obj);
            case 'a' -> PyStr.of(StrRepr.asciiEscape(Ops.repr(obj).value()));
            default -> throw conversion > 32 && conversion < 127
                    ? PyErr.valueError("Unknown conversion specifier %c", (char) conversion)
                    : PyErr.valueError("Unknown conversion specifier \\x%x", conversion);
        };
    }

    // CPython: get_field_object and FieldNameIterator
    private PyObject field(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        PyObject obj = first.isEmpty() ? positional(autoIndex()) : lookupFirst(first);
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            if (c == '.') {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                obj = Ops.getattr(obj, name.substring(start, i));
            } else if (c == '[') {
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                if (i == start) {
                    throw PyErr.valueError("Empty attribute in format string");
                }
                String key = name.substring(start, i++);
                long k = integer(key);
                obj = Ops.getitem(obj, k >= 0 ? PyInt.of(k) : PyStr.of(key));
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private PyObject lookupFirst(String first) {
        long index = integer(first);
        if (index < 0) {
            return keyword(first);
        }
        if (numbering == 1) {
            throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
        }
        numbering = 2;
        return positional(index);
    }

    private long autoIndex() {
        if (numbering == 2) {
            throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
        }
        numbering = 1;
        return nextAuto++;
    }

    private PyObject positional(long index) {
        if (args == null) {
            throw PyErr.valueError("Format string contains positional fields");
        }
        if (index >= nargs) {
            throw PyErr.indexError("Replacement index %d out of range for positional args tuple", index);
        }
        return args[(int) index];
    }

    private PyObject keyword(String name) {
        if (mapping != null) {
            return Ops.getitem(mapping, PyStr.of(name));
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return args[nargs + k];
                }
            }
        }
        throw PyErr.keyError(PyStr.of(name));
    }

    /** The decimal value of {@code s}, or -1 when it is not all decimal digits. CPython: get_integer. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int d = UnicodeType.decimalValue(c);
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }
}
