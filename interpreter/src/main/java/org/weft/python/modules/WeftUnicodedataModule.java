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

/**
 * {@code _weft_unicodedata}: the JDK's Unicode character database ({@link Character} and
 * {@link Normalizer}) as primitives on code points, for the Python-written {@code unicodedata}
 * module, which adds argument checking, CPython's messages and the properties the JDK lacks.
 * Every function is pure: nothing to share between threads.
 */
public final class WeftUnicodedataModule implements BuiltinModule {

    /**
     * One character for each canonical combining class that Unicode assigns, in increasing class
     * order: the reference marks {@link #combining} sorts a mark against.
     */
    private static final int[][] CLASS_MARKS = {
        {1, 0x0334}, {6, 0x16FF0}, {7, 0x093C}, {8, 0x3099}, {9, 0x094D}, {10, 0x05B0}, {11, 0x05B1},
        {12, 0x05B2}, {13, 0x05B3}, {14, 0x05B4}, {15, 0x05B5}, {16, 0x05B6}, {17, 0x05B7}, {18, 0x05B8},
        {19, 0x05B9}, {20, 0x05BB}, {21, 0x05BC}, {22, 0x05BD}, {23, 0x05BF}, {24, 0x05C1}, {25, 0x05C2},
        {26, 0xFB1E}, {27, 0x064B}, {28, 0x064C}, {29, 0x064D}, {30, 0x064E}, {31, 0x064F}, {32, 0x0650},
        {33, 0x0651}, {34, 0x0652}, {35, 0x0670}, {36, 0x0711}, {84, 0x0C55}, {91, 0x0C56}, {103, 0x0E38},
        {107, 0x0E48}, {118, 0x0EB8}, {122, 0x0EC8}, {129, 0x0F71}, {130, 0x0F72}, {132, 0x0F74},
        {202, 0x0327}, {214, 0x1DCE}, {216, 0x031B}, {218, 0x302A}, {220, 0x0316}, {222, 0x059A},
        {224, 0x302E}, {226, 0x1D16D}, {228, 0x05AE}, {230, 0x0300}, {232, 0x0315}, {233, 0x035C},
        {234, 0x035D}, {240, 0x0345},
    };

    @Override
    public String name() {
        return "_weft_unicodedata";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("unicode_version", PyStr.of(unicodeVersion()));
        put(m, PyBuiltinFunction.of1("name", null, (self, cp) -> {
            String n = name(cp(cp));
            return n == null ? PyNone.NONE : PyStr.of(n);
        }));
        put(m, PyBuiltinFunction.of1("code_point_of", null, (self, name) -> {
            try {
                return PyInt.of(Character.codePointOf(Ops.str(name).value()));
            } catch (IllegalArgumentException e) {
                return PyInt.of(-1);
            }
        }));
        put(m, PyBuiltinFunction.of1("category", null, (self, cp) -> PyStr.of(category(cp(cp)))));
        put(m, PyBuiltinFunction.of1("bidirectional", null, (self, cp) -> PyStr.of(bidi(cp(cp)))));
        put(m, PyBuiltinFunction.of1("mirrored", null, (self, cp) -> PyBool.of(Character.isMirrored(cp(cp)))));
        put(m, PyBuiltinFunction.of1("numeric_value", null,
                (self, cp) -> PyInt.of(Character.getNumericValue(cp(cp)))));
        put(m, PyBuiltinFunction.of1("combining", null, (self, cp) -> PyInt.of(combining(cp(cp)))));
        put(m, PyBuiltinFunction.of2("normalize", null, (self, form, s) ->
                PyStr.of(Normalizer.normalize(Ops.str(s).value(), form(form)))));
        put(m, PyBuiltinFunction.of2("is_normalized", null, (self, form, s) ->
                PyBool.of(Normalizer.isNormalized(Ops.str(s).value(), form(form)))));
    }

    /**
     * The character's name in UnicodeData, or null: Character.getName makes up "BLOCK NAME XXXX"
     * for code points the file gives no name, which are exactly those Python says have none.
     */
    static String name(int cp) {
        String n = Character.getName(cp);
        if (n == null || Character.getType(cp) == Character.CONTROL) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block != null && n.equals(block.toString().replace('_', ' ') + " "
                + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return n;
    }

    private static void put(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
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

    /** The Unicode version of java.lang.Character, by JDK release (the JDK names it only in its docs). */
    private static String unicodeVersion() {
        int feature = Runtime.version().feature();
        if (feature >= 24) {
            return "16.0.0";
        }
        if (feature >= 22) {
            return "15.1.0";
        }
        if (feature >= 20) {
            return "15.0.0";
        }
        if (feature >= 18) {
            return "14.0.0";
        }
        return feature >= 16 ? "13.0.0" : "12.1.0";
    }

    /**
     * The canonical combining class, which the JDK does not expose, recovered from the one place it
     * shows: canonical ordering in NFD moves a mark before a preceding mark of a higher class.
     * A mark of class k stays after the reference of every class up to k and moves before those
     * above it, so the first reference it moves before names the class just below; a mark that
     * moves before none is of the highest class, 240, unless it is a starter (class 0).
     */
    static int combining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return 0;
        }
        String mark = new String(Character.toChars(cp));
        String nfd = Normalizer.normalize(mark, Normalizer.Form.NFD);
        if (!nfd.equals(mark)) {
            // a mark that decomposes (U+0344, U+0F73): the class its marks share, 0 when they differ
            int shared = -1;
            for (int i = 0; i < nfd.length(); i += Character.charCount(nfd.codePointAt(i))) {
                int c = combining(nfd.codePointAt(i));
                if (shared >= 0 && c != shared) {
                    return 0;
                }
                shared = c;
            }
            return Math.max(shared, 0);
        }
        int previous = 0;
        for (int[] ref : CLASS_MARKS) {
            if (ref[1] == cp) {
                return ref[0];
            }
            if (movesBefore(mark, ref[1])) {
                return previous;
            }
            previous = ref[0];
        }
        // not moved before any reference: class 240, or a starter that blocks reordering
        return movesBefore("\u0334", mark) ? 240 : 0;
    }

    private static boolean movesBefore(String mark, int reference) {
        String ref = new String(Character.toChars(reference));
        String nfd = Normalizer.normalize("a" + ref + mark, Normalizer.Form.NFD);
        return nfd.equals("a" + mark + ref);
    }

    private static boolean movesBefore(String mark, String after) {
        String nfd = Normalizer.normalize("a" + after + mark, Normalizer.Form.NFD);
        return nfd.equals("a" + mark + after);
    }

    // CPython: the two-letter General_Category values of unicodedata.category
    private static String category(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.SURROGATE -> "Cs";
            case Character.PRIVATE_USE -> "Co";
            default -> "Cn";
        };
    }

    private static String bidi(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> "L";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> "R";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> "AL";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER -> "EN";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR -> "ES";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> "ET";
            case Character.DIRECTIONALITY_ARABIC_NUMBER -> "AN";
            case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> "CS";
            case Character.DIRECTIONALITY_NONSPACING_MARK -> "NSM";
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> "BN";
            case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> "B";
            case Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> "S";
            case Character.DIRECTIONALITY_WHITESPACE -> "WS";
            case Character.DIRECTIONALITY_OTHER_NEUTRALS -> "ON";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING -> "LRE";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> "LRO";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING -> "RLE";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> "RLO";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT -> "PDF";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> "LRI";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> "RLI";
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> "FSI";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> "PDI";
            default -> "";
        };
    }
}
