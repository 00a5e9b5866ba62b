import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.weft.python.unicode.JdkCombiningClass;
import org.weft.python.unicode.JdkUnicode;

/**
 * Prints what the running JDK answers for each Unicode property Weft takes from it
 * (org.weft.python.unicode.JdkUnicode), for gen_unicode14_tables.py to compare with CPython.
 * One line per run of equal answers: "property TAB first-code-point(hex) TAB answer"; a case
 * mapping to one code point is written "+delta" (hex, so a run of letters that map alike is one
 * run), a longer one as the hex code points of its result, space-separated.
 *
 * <p>Run: java -cp interpreter/target/classes tools/unicode/DumpJdkUnicode.java
 */
public final class DumpJdkUnicode {

    public static void main(String[] args) throws IOException {
        Map<String, IntFunction<String>> properties = new LinkedHashMap<>();
        properties.put("alpha", c -> bit(JdkUnicode.isAlpha(c)));
        properties.put("decimal", c -> bit(JdkUnicode.isDecimal(c)));
        properties.put("digit", c -> bit(JdkUnicode.isDigit(c)));
        properties.put("numeric", c -> bit(JdkUnicode.isNumeric(c)));
        properties.put("upper", c -> bit(JdkUnicode.isUpper(c)));
        properties.put("lower", c -> bit(JdkUnicode.isLower(c)));
        properties.put("title", c -> bit(JdkUnicode.isTitle(c)));
        properties.put("cased", c -> bit(JdkUnicode.isCased(c)));
        properties.put("case_ignorable", c -> bit(JdkUnicode.isCaseIgnorable(c)));
        properties.put("identifier_start", c -> bit(JdkUnicode.isIdentifierStart(c)));
        properties.put("identifier_part", c -> bit(JdkUnicode.isIdentifierPart(c)));
        properties.put("decimal_value", c -> Integer.toString(JdkUnicode.decimalValue(c)));
        properties.put("category", JdkUnicode::category);
        properties.put("bidirectional", JdkUnicode::bidirectional);
        properties.put("mirrored", c -> bit(JdkUnicode.isMirrored(c)));
        properties.put("combining", c -> Integer.toString(JdkCombiningClass.combining(c)));
        properties.put("lower_map", c -> mapping(c, JdkUnicode.lower(c)));
        properties.put("upper_map", c -> mapping(c, JdkUnicode.upper(c)));
        properties.put("title_map", c -> mapping(c, JdkUnicode.title(c)));
        properties.put("fold_map", c -> mapping(c, JdkUnicode.casefold(c)));
        properties.put("name", c -> Objects.toString(JdkUnicode.name(c), "None"));
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, IntFunction<String>> p : properties.entrySet()) {
                String previous = null;
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                    String answer = p.getValue().apply(c);
                    if (!answer.equals(previous)) {
                        out.write(p.getKey() + "\t" + Integer.toHexString(c) + "\t" + answer + "\n");
                        previous = answer;
                    }
                }
            }
        }
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String mapping(int c, String s) {
        if (s.codePointCount(0, s.length()) == 1) {
            int delta = s.codePointAt(0) - c;
            return delta < 0 ? "-" + Integer.toHexString(-delta) : "+" + Integer.toHexString(delta);
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(d -> sb.append(sb.length() == 0 ? "" : " ").append(Integer.toHexString(d)));
        return sb.toString();
    }
}
