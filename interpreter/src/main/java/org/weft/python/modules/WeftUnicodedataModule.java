package org.weft.python.modules;

import java.text.Normalizer;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.unicode.UnicodeDatabase;
import org.weft.python.unicode.UnicodeType;

/**
 * {@code _weft_unicodedata}: the Unicode character database as CPython 3.11 answers it
 * ({@link UnicodeDatabase}: the JDK's {@link Character}, corrected to Unicode 14 by generated
 * tables) and the JDK's {@link Normalizer}, as primitives on code points, for the Python-written {@code unicodedata}
 * module, which adds argument checking, CPython's messages and the properties the JDK lacks.
 * Every function is pure: nothing to share between threads.
 */
public final class WeftUnicodedataModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_unicodedata";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        // the properties answer as Unicode 14.0.0, CPython 3.11's version, on any JDK (normalize() excepted)
        m.put("unicode_version", PyStr.of("14.0.0"));
        put(m, PyBuiltinFunction.of1("name", null, (self, cp) -> {
            String n = UnicodeDatabase.name(cp(cp));
            return n == null ? PyNone.NONE : PyStr.of(n);
        }));
        put(m, PyBuiltinFunction.of1("code_point_of", null, (self, name) -> {
            return PyInt.of(UnicodeDatabase.codePointOf(Ops.str(name).value()));
        }));
        put(m, PyBuiltinFunction.of1("category_of", null, (self, cp) -> PyStr.of(UnicodeDatabase.category(cp(cp)))));
        // unicodedata's own functions, one call per character as CPython's C functions are; handed
        // out bound to the unicodedata module, so that their __module__ is "unicodedata"
        PyObject[] perCharacter = {
            PyBuiltinFunction.of1("category", "Returns the general category assigned to the character chr as string.",
                    (self, ch) -> PyStr.of(UnicodeDatabase.category(character("category", ch)))),
            PyBuiltinFunction.of1("bidirectional", "Returns the bidirectional class assigned to the character chr as string.",
                    (self, ch) -> PyStr.of(UnicodeDatabase.bidirectional(character("bidirectional", ch)))),
            PyBuiltinFunction.of1("combining", "Returns the canonical combining class assigned to the character chr as integer.",
                    (self, ch) -> PyInt.of(UnicodeDatabase.combining(character("combining", ch)))),
            PyBuiltinFunction.of1("mirrored", "Returns the mirrored property assigned to the character chr as integer.",
                    (self, ch) -> PyInt.of(UnicodeDatabase.isMirrored(character("mirrored", ch)) ? 1 : 0)),
        };
        put(m, PyBuiltinFunction.of1("decimal_value", null,
                (self, cp) -> PyInt.of(UnicodeType.decimalValue(cp(cp)))));
        put(m, PyBuiltinFunction.of1("per_character_functions", null, (self, module) -> {
            PyObject[] bound = new PyObject[perCharacter.length];
            for (int i = 0; i < bound.length; i++) {
                bound[i] = ((PyBuiltinFunction) perCharacter[i]).bindTo(module);
            }
            return PyTuple.of(bound);
        }));
        put(m, PyBuiltinFunction.of2("normalize", null, (self, form, s) ->
                PyStr.of(Normalizer.normalize(Ops.str(s).value(), form(form)))));
        put(m, PyBuiltinFunction.of2("is_normalized", null, (self, form, s) ->
                PyBool.of(Normalizer.isNormalized(Ops.str(s).value(), form(form)))));
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }

    /** The code point of a one-character str; CPython's message for anything else. */
    private static int character(String function, PyObject o) {
        if (!(o instanceof PyStr str)) {
            throw PyErr.typeError("%s() argument must be a unicode character, not %s", function, Ops.typeName(o));
        }
        if (str.length() != 1) {
            throw PyErr.typeError("%s() argument must be a unicode character, not str", function);
        }
        return str.value().codePointAt(0);
    }

    private static int cp(PyObject o) {
        long v = Ops.index(o).longValue();
        if (v < 0 || v > Character.MAX_CODE_POINT) {
            throw PyErr.valueError("code point out of range");
        }
        return (int) v;
    }

    private static Normalizer.Form form(PyObject o) {
        return switch (Ops.str(o).value()) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyErr.valueError("invalid normalization form");
        };
    }
}
