package org.weft.python.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.weft.python.runtime.PyErr;
import org.weft.python.unicode.UnicodeType;

/**
 * Rewrites a Python regular expression into java.util.regex syntax, checking it as CPython's
 * sre_parse does for the common mistakes (with CPython's messages and positions). Named groups
 * become plain groups (Java's names cannot hold '_'), so group numbers agree and names are kept
 * in {@link #groupNames}. Verbose whitespace and comments are removed here because Java's COMMENTS
 * flag also strips whitespace inside character classes, which Python keeps. One instance per pattern.
 * <p>
 * Java has no conditional groups: {@code (?(g)yes|no)} becomes {@code (?:(?=\m)yes|(?!\m)no)}, where
 * {@code m} is an empty "marker" group placed at the end of group g, so the empty backreference matches
 * exactly when g took part. Markers shift Java's group numbers, so {@link #javaGroup} maps Python's to
 * Java's; a first pass finds which groups need a marker ({@link #conditionalGroups}), a second places them.
 */
final class ReTranslator {

    static final int IGNORECASE = 2;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;
    private static final int LOOKBEHIND = -1;
    /** {@link #openNumbers} entry of a conditional group's parenthesis. */
    private static final int CONDITIONAL = -2;
    /**
     * \b and \B where word characters are ASCII only: Java 17's own \b counts every Unicode letter
     * or digit, whatever the flags, and so would see a boundary after 'é' in an ASCII pattern.
     */
    private static final String ASCII_BOUNDARY = "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))";
    private static final String ASCII_NON_BOUNDARY = "(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))";
    /**
     * Python's Unicode \w: what str.isalnum() accepts, and '_' (CPython: SRE_UNI_IS_WORD). Java's own
     * Unicode \w also takes combining marks, connector punctuation and the joiners U+200C/U+200D, and
     * misses numbers such as '²' and '½'.
     */
    private static final String UNICODE_WORD = "[\\p{L}\\p{N}_]";
    private static final String UNICODE_NON_WORD = "[^\\p{L}\\p{N}_]";
    private static final String UNICODE_BOUNDARY = "(?:(?<=" + UNICODE_WORD + ")(?!" + UNICODE_WORD + ")|(?<!"
            + UNICODE_WORD + ")(?=" + UNICODE_WORD + "))";
    private static final String UNICODE_NON_BOUNDARY = "(?:(?<=" + UNICODE_WORD + ")(?=" + UNICODE_WORD
            + ")|(?<!" + UNICODE_WORD + ")(?!" + UNICODE_WORD + "))";

    private final String p;
    private final boolean bytes;
    private final StringBuilder out = new StringBuilder();
    final Map<String, Integer> groupNames = new LinkedHashMap<>();
    private final List<Integer> open = new ArrayList<>();
    /** The group number of each open parenthesis (0 for a non-capturing one, {@link #LOOKBEHIND} for a
     * look-behind), parallel to {@link #open}. */
    private final List<Integer> openNumbers = new ArrayList<>();
    private int groups;
    private int i;
    int flags;
    /** Python groups that a conditional tests, so they get a marker group (see the class comment). */
    private final Set<Integer> marked;
    /** Groups tested by conditionals, found while translating: non-empty means translate again with them. */
    final Set<Integer> conditionalGroups = new TreeSet<>();
    private final Map<Integer, Integer> javaNumbers = new HashMap<>();
    private final Map<Integer, Integer> markers = new HashMap<>();
    /** For each open conditional, parallel to {@link #open}: its marker and whether its '|' was seen. */
    private final List<int[]> conditionals = new ArrayList<>();
    private int javaGroups;

    ReTranslator(String pattern, int flags, boolean bytes) {
        this(pattern, flags, bytes, Set.of());
    }

    ReTranslator(String pattern, int flags, boolean bytes, Set<Integer> marked) {
        this.p = pattern;
        this.flags = flags;
        this.bytes = bytes;
        this.marked = marked;
    }

    /** Java's number for Python group {@code g} (they differ once marker groups are placed). */
    int javaGroup(int g) {
        return g == 0 ? 0 : javaNumbers.get(g);
    }

    /** The Java pattern text; {@link #flags} then holds the Python flags including inline global ones. */
    String translate() {
        leadingFlags();
        boolean canRepeat = false;
        while (i < p.length()) {
            char c = p.charAt(i);
            if ((flags & VERBOSE) != 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                    || c == 0x0b)) {
                i++;
                continue;
            }
            if ((flags & VERBOSE) != 0 && c == '#') {
                while (i < p.length() && p.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            canRepeat = element(c, canRepeat);
        }
        if (!open.isEmpty()) {
            throw new ReSyntaxError("missing ), unterminated subpattern", open.get(open.size() - 1));
        }
        return out.toString();
    }

    int groupCount() {
        return groups;
    }

    /** Handles one element at {@code i}; returns whether a quantifier may follow it. */
    private boolean element(char c, boolean canRepeat) {
        switch (c) {
            case '(':
                return group();
            case ')':
                if (open.isEmpty()) {
                    throw new ReSyntaxError("unbalanced parenthesis", i);
                }
                int opened = open.remove(open.size() - 1);
                int closing = openNumbers.remove(openNumbers.size() - 1);
                int[] cond = conditionals.remove(conditionals.size() - 1);
                if (closing == LOOKBEHIND
                        && !ReLookbehindWidth.isFixed(p.substring(opened + 4, i), (flags & VERBOSE) != 0)) {
                    // CPython checks this when compiling, after parsing: the error has no position
                    throw new ReSyntaxError("look-behind requires fixed-width pattern", -1);
                }
                if (closing > 0 && marked.contains(closing)) {
                    out.append("()");
                    markers.put(closing, ++javaGroups);
                } else if (closing == CONDITIONAL && cond[1] == 0) {
                    out.append(noBranch(cond[0]));
                }
                out.append(')');
                i++;
                return true;
            case '[':
                charClass();
                return true;
            case '\\':
                escape(false);
                // the anchors \A, \Z, \b and \B cannot be repeated ("nothing to repeat")
                return "AZbB".indexOf(p.charAt(i - 1)) < 0 || p.charAt(i - 2) != '\\';
            case '*', '+', '?':
                return quantifier(canRepeat, 1);
            case '{':
                int end = repeatEnd(i);
                if (end < 0) {
                    out.append("\\{");
                    i++;
                    return true;
                }
                return quantifier(canRepeat, end - i);
            case '|':
                int[] innermost = conditionals.isEmpty() ? null : conditionals.get(conditionals.size() - 1);
                if (innermost != null && innermost[0] != 0) {
                    if (innermost[1] != 0) {
                        throw new ReSyntaxError("conditional backref with more than two branches", i);
                    }
                    innermost[1] = 1;
                    out.append(noBranch(innermost[0]));
                } else {
                    out.append('|');
                }
                i++;
                return false;
            case '^', '$':
                // Java's multiline '^' does not match after a newline that ends the input; Python's does
                out.append(c == '^' && (flags & MULTILINE) != 0 ? "(?<![^\\n])" : String.valueOf(c));
                i++;
                return false;
            default:
                literal(c);
                i++;
                return true;
        }
    }

    private boolean quantifier(boolean canRepeat, int len) {
        if (!canRepeat) {
            boolean afterRepeat = out.length() > 0 && i > 0 && isRepeatEnd(p.charAt(i - 1));
            throw new ReSyntaxError(afterRepeat ? "multiple repeat" : "nothing to repeat", i);
        }
        String q = p.substring(i, i + len);
        if (q.startsWith("{,")) {
            q = "{0," + q.substring(2);
        }
        if (q.endsWith(",}") && q.length() == 4 && q.startsWith("{0")) {
            q = "*";
        }
        if (q.startsWith("{")) {
            checkRange(q);
        }
        out.append(q);
        i += len;
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            out.append(p.charAt(i));
            i++;
        }
        if (i < p.length() && "*+?".indexOf(p.charAt(i)) >= 0
                || i < p.length() && p.charAt(i) == '{' && repeatEnd(i) > 0) {
            throw new ReSyntaxError("multiple repeat", i);
        }
        return false;
    }

    private boolean isRepeatEnd(char c) {
        return c == '*' || c == '+' || c == '?' || c == '}';
    }

    private void checkRange(String q) {
        String body = q.substring(1, q.length() - 1);
        for (String n : body.split(",")) {
            // CPython refuses counts from MAXREPEAT (2**32 - 1) on; java.util.regex counts only up
            // to Integer.MAX_VALUE, so counts between the two are refused here as well
            if (!n.isEmpty() && (n.length() > 10 || Long.parseLong(n) >= Integer.MAX_VALUE)) {
                throw PyErr.overflowError("the repetition number is too large");
            }
        }
        int comma = body.indexOf(',');
        if (comma > 0 && comma < body.length() - 1) {
            long lo = Long.parseLong(body.substring(0, comma));
            long hi = Long.parseLong(body.substring(comma + 1));
            if (hi < lo) {
                throw new ReSyntaxError("min repeat greater than max repeat", i + 1);
            }
        }
    }

    /** The index after a valid {m}, {m,}, {,n} or {m,n} at {@code at}, or -1 (then '{' is literal). */
    private int repeatEnd(int at) {
        int j = at + 1;
        int digits = 0;
        while (j < p.length() && Character.isDigit(p.charAt(j))) {
            j++;
            digits++;
        }
        if (j < p.length() && p.charAt(j) == ',') {
            j++;
            digits++;
            while (j < p.length() && Character.isDigit(p.charAt(j))) {
                j++;
                digits++;
            }
        }
        if (digits == 0 || j >= p.length() || p.charAt(j) != '}') {
            return -1;
        }
        return j + 1;
    }

    private void literal(char c) {
        if ("\\[](){}.*+?^$|".indexOf(c) >= 0 && c != '.') {
            out.append('\\');
        }
        out.append(c);
    }

    /** Global inline flags such as (?i) or (?ax) at the start of the pattern. */
    private void leadingFlags() {
        while (p.startsWith("(?", i) && i + 2 < p.length() && "aiLmsux".indexOf(p.charAt(i + 2)) >= 0) {
            int j = i + 2;
            int f = 0;
            while (j < p.length() && "aiLmsux".indexOf(p.charAt(j)) >= 0) {
                f |= checkFlag(p.charAt(j), j, false, f, 0);
                j++;
            }
            if (j >= p.length() || p.charAt(j) != ')') {
                return;
            }
            flags |= f;
            i = j + 1;
        }
    }

    /**
     * The bit of inline flag {@code c} at {@code at}, after CPython's checks (sre_parse
     * _parse_flags): 'u' only in str patterns, 'L' only in bytes ones, one of 'a', 'u' and 'L',
     * and those three never turned off.
     */
    private int checkFlag(char c, int at, boolean turningOff, int sameSide, int turnedOn) {
        int bit = flagBit(c);
        int pos = at + 1;
        if (c == 'u' && bytes) {
            throw new ReSyntaxError("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
        }
        if (c == 'L' && !bytes) {
            throw new ReSyntaxError("bad inline flags: cannot use 'L' flag with a str pattern", pos);
        }
        int typeFlags = ASCII | UNICODE | 4;
        if (turningOff && (bit & typeFlags) != 0) {
            throw new ReSyntaxError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos);
        }
        if (!turningOff && (bit & typeFlags) != 0 && (sameSide & typeFlags & ~bit) != 0) {
            throw new ReSyntaxError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
        }
        if (turningOff && (turnedOn & bit) != 0) {
            throw new ReSyntaxError("bad inline flags: flag turned on and off", pos);
        }
        return bit;
    }

    /** Whether \w means [a-zA-Z0-9_]: bytes patterns and the ASCII flag. */
    private boolean asciiWords() {
        return bytes || (flags & ASCII) != 0;
    }

    private static int flagBit(char c) {
        switch (c) {
            case 'a': return ASCII;
            case 'i': return IGNORECASE;
            case 'L': return 4;
            case 'm': return MULTILINE;
            case 's': return DOTALL;
            case 'u': return UNICODE;
            default: return VERBOSE;
        }
    }

    private boolean group() {
        int start = i;
        if (!p.startsWith("(?", i)) {
            groups++;
            push(start, groups);
            javaNumbers.put(groups, ++javaGroups);
            out.append('(');
            i++;
            return false;
        }
        if (i + 2 >= p.length()) {
            throw new ReSyntaxError("unexpected end of pattern", i + 2);
        }
        char k = p.charAt(i + 2);
        if (k == 'P') {
            return namedGroup(start);
        }
        if (k == '#') {
            int end = p.indexOf(')', i);
            if (end < 0) {
                throw new ReSyntaxError("missing ), unterminated comment", i);
            }
            i = end + 1;
            return false;
        }
        if (k == ':' || k == '=' || k == '!' || k == '>') {
            push(start, 0);
            out.append(p, i, i + 3);
            i += 3;
            return false;
        }
        if (k == '<' && i + 3 < p.length() && (p.charAt(i + 3) == '=' || p.charAt(i + 3) == '!')) {
            push(start, LOOKBEHIND);
            out.append(p, i, i + 4);
            i += 4;
            return false;
        }
        if (k == '(') {
            return conditional(start);
        }
        if (k == '<') {
            // neither (?<= nor (?<!: CPython names the character after '<' too
            String next = i + 3 < p.length()
                    ? p.substring(i + 3, i + 3 + Character.charCount(p.codePointAt(i + 3))) : "";
            throw new ReSyntaxError("unknown extension ?<" + next, i + 1);
        }
        return scopedFlags(start);
    }

    private boolean namedGroup(int start) {
        if (p.startsWith("(?P<", i)) {
            int end = p.indexOf('>', i + 4);
            if (end < 0) {
                throw new ReSyntaxError("missing >, unterminated name", i + 4);
            }
            String name = p.substring(i + 4, end);
            checkName(name, i + 4);
            if (groupNames.containsKey(name)) {
                throw new ReSyntaxError("redefinition of group name '" + name + "' as group "
                        + (groups + 1) + "; was group " + groupNames.get(name), i + 4);
            }
            groups++;
            groupNames.put(name, groups);
            push(start, groups);
            javaNumbers.put(groups, ++javaGroups);
            out.append('(');
            i = end + 1;
            return false;
        }
        if (p.startsWith("(?P=", i)) {
            int end = p.indexOf(')', i + 4);
            if (end < 0) {
                throw new ReSyntaxError("missing ), unterminated name", i + 4);
            }
            String name = p.substring(i + 4, end);
            checkName(name, i + 4);
            Integer g = groupNames.get(name);
            if (g == null) {
                throw new ReSyntaxError("unknown group name '" + name + "'", i + 4);
            }
            if (openNumbers.contains(g)) {
                throw new ReSyntaxError("cannot refer to an open group", i + 4);
            }
            out.append("(?:\\").append(javaGroup(g)).append(')');
            i = end + 1;
            return true;
        }
        throw new ReSyntaxError("unknown extension ?P" + (i + 3 < p.length() ? p.charAt(i + 3) : ""), i + 1);
    }

    private void checkName(String name, int at) {
        if (name.isEmpty()) {
            throw new ReSyntaxError("missing group name", at);
        }
        if (!UnicodeType.isIdentifier(name)) {
            throw new ReSyntaxError("bad character in group name '" + name + "'", at);
        }
    }

    /** (?imsx-imsx:...) scoped flags; (?a:...) becomes Java's (?-U:...). */
    private boolean scopedFlags(int start) {
        int j = i + 2;
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        StringBuilder cur = on;
        int onBits = 0;
        int offBits = 0;
        while (j < p.length() && p.charAt(j) != ':' && p.charAt(j) != ')') {
            char c = p.charAt(j);
            if (c == '-') {
                cur = off;
                if (j + 1 < p.length() && "aiLmsux".indexOf(p.charAt(j + 1)) < 0) {
                    throw new ReSyntaxError("missing flag", j + 1);
                }
                j++;
                continue;
            }
            if ("aiLmsux".indexOf(c) < 0) {
                throw new ReSyntaxError("unknown extension ?" + c, i + 1);
            }
            if (cur == on) {
                onBits |= checkFlag(c, j, false, onBits, 0);
            } else {
                offBits |= checkFlag(c, j, true, offBits, onBits);
            }
            if ("imsx".indexOf(c) >= 0) {
                cur.append(c);
            } else if (c == 'a') {
                off.append('U'); // only turned on: turning 'a' off was refused above
            }
            j++;
        }
        if (j >= p.length()) {
            throw new ReSyntaxError("missing -, : or )", j);
        }
        if (p.charAt(j) == ')' && cur == off) { // CPython: flags turned off only ever apply to a scope
            throw new ReSyntaxError("missing :", j);
        }
        if (p.charAt(j) == ')') {
            throw new ReSyntaxError("global flags not at the start of the expression", i);
        }
        if (on.indexOf("x") >= 0 || off.indexOf("x") >= 0) {
            throw new ReSyntaxError("scoped verbose flag is not supported here", i + 2);
        }
        push(start, 0);
        out.append("(?").append(on);
        if (off.length() > 0) {
            out.append('-').append(off);
        }
        out.append(':');
        i = j + 1;
        return false;
    }

    private void charClass() {
        int start = i;
        out.append('[');
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= p.length()) {
                throw new ReSyntaxError("unterminated character set", start);
            }
            char c = p.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                i++;
                return;
            }
            first = false;
            if (c == '\\') {
                int escStart = i;
                escape(true);
                boolean isClass = escStart + 1 < p.length() && "dDwWsS".indexOf(p.charAt(escStart + 1)) >= 0;
                if (isClass && i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    // a class such as \d cannot start a range either
                    int endEnd = p.charAt(i + 1) == '\\' ? Math.min(i + 3, p.length()) : i + 2;
                    throw new ReSyntaxError("bad character range " + p.substring(escStart, i) + "-"
                            + p.substring(i + 1, endEnd), escStart);
                }
            } else if (c == '-' && i > start + 1 && i + 2 < p.length() && p.charAt(i + 1) == '\\'
                    && "dDwWsS".indexOf(p.charAt(i + 2)) >= 0 && p.charAt(i - 1) != '['
                    && !(i - 2 >= start && p.charAt(i - 2) == '\\')) {
                // a class such as \d cannot end a range
                throw new ReSyntaxError("bad character range " + p.charAt(i - 1) + "-" + p.substring(i + 1, i + 3),
                        i - 1);
            } else if (c == '-' && i > start + 1 && i + 1 < p.length() && p.charAt(i + 1) != ']'
                    && p.charAt(i + 1) != '\\' && p.charAt(i - 1) != '\\' && p.charAt(i - 1) > p.charAt(i + 1)
                    && !(i - 2 >= start && p.charAt(i - 2) == '\\')) {
                throw new ReSyntaxError("bad character range " + p.charAt(i - 1) + "-" + p.charAt(i + 1), i - 1);
            } else {
                if (c == '[' || c == ']' || c == '&' || c == '^') {
                    out.append('\\');
                }
                out.append(c);
                i++;
            }
        }
    }

    /** A backslash escape at {@code i}; inside a class, backreferences and anchors are errors or literals. */
    private void escape(boolean inClass) {
        int start = i;
        if (i + 1 >= p.length()) {
            throw new ReSyntaxError("bad escape (end of pattern)", i);
        }
        char c = p.charAt(i + 1);
        i += 2;
        switch (c) {
            case 's', 'S':
                whitespace(c == 'S', inClass);
                return;
            case 'w', 'W':
                // inside a class, Java takes a nested class as a union with the rest
                out.append(asciiWords() ? "\\" + c : c == 'w' ? UNICODE_WORD : UNICODE_NON_WORD);
                return;
            case 'd', 'D', 'n', 'r', 't', 'f', 'a':
                out.append('\\').append(c);
                return;
            case 'v':
                out.append("\\x0B");
                return;
            case 'b':
                out.append(inClass ? "\\x08" : asciiWords() ? ASCII_BOUNDARY : UNICODE_BOUNDARY);
                return;
            case 'B', 'A':
                badInClass(inClass, c, start);
                if (c == 'B') {
                    out.append(asciiWords() ? ASCII_NON_BOUNDARY : UNICODE_NON_BOUNDARY);
                } else {
                    out.append('\\').append(c);
                }
                return;
            case 'Z':
                badInClass(inClass, c, start);
                out.append("\\z");
                return;
            case 'x':
                hexEscape(2, start);
                return;
            case 'u', 'U':
                if (bytes) {
                    throw new ReSyntaxError("bad escape \\" + c, start);
                }
                hexEscape(c == 'u' ? 4 : 8, start);
                return;
            case 'N':
                namedChar(start);
                return;
            default:
                if (c >= '0' && c <= '9') {
                    numericEscape(c, inClass, start);
                } else if (c < 128 && Character.isLetter(c)) {
                    throw new ReSyntaxError("bad escape \\" + c, start);
                } else {
                    codePoint(p.codePointAt(i - 1));
                    if (Character.isSupplementaryCodePoint(p.codePointAt(i - 1))) {
                        i++;
                    }
                }
        }
    }

    /**
     * Python's Unicode {@code \s} is str.isspace(), which adds the separators \x1c-\x1f to
     * Java's White_Space set; ASCII and bytes patterns keep Java's plain {@code \s}.
     */
    private void whitespace(boolean negated, boolean inClass) {
        boolean unicode = !bytes && (flags & ASCII) == 0;
        if (!unicode) {
            out.append(negated ? "\\S" : "\\s");
        } else if (!negated) {
            out.append(inClass ? "\\s\\x1c-\\x1f" : "[\\s\\x1c-\\x1f]");
        } else {
            out.append(inClass ? "[^\\s\\x1c-\\x1f]" : "[^\\s\\x1c-\\x1f]");
        }
    }

    private void badInClass(boolean inClass, char c, int start) {
        if (inClass) {
            throw new ReSyntaxError("bad escape \\" + c, start);
        }
    }

    private void hexEscape(int n, int start) {
        int j = i;
        while (j < p.length() && j < i + n && Character.digit(p.charAt(j), 16) >= 0) {
            j++;
        }
        if (j - i != n) {
            throw new ReSyntaxError("incomplete escape \\" + p.substring(start + 1, j), start);
        }
        long cp = Long.parseLong(p.substring(i, j), 16);
        if (cp > 0x10FFFF) {
            throw new ReSyntaxError("bad escape \\" + p.substring(start + 1, j), start);
        }
        i = j;
        codePoint((int) cp);
    }

    private void namedChar(int start) {
        if (i >= p.length() || p.charAt(i) != '{') {
            throw new ReSyntaxError("missing {", i);
        }
        int end = p.indexOf('}', i);
        if (end < 0) {
            throw new ReSyntaxError("missing }, unterminated name", i + 1);
        }
        String name = p.substring(i + 1, end);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw new ReSyntaxError("undefined character name '" + name + "'", start);
        }
        i = end + 1;
        codePoint(cp);
    }

    // CPython: _escape in sre_parse.py (octal escapes and group references)
    private void numericEscape(char c, boolean inClass, int start) {
        int j = i;
        if (c == '0' || inClass) {
            int max = c == '0' ? 2 : 2;
            while (j < p.length() && j < i + max && p.charAt(j) >= '0' && p.charAt(j) <= '7') {
                j++;
            }
            if (c > '7') {
                throw new ReSyntaxError("bad escape \\" + c, start);
            }
            octal(p.substring(i - 1, j), start);
            i = j;
            return;
        }
        if (j + 1 < p.length() + 1 && j < p.length() && isOctal(c) && isOctal(p.charAt(j))
                && j + 1 < p.length() && isOctal(p.charAt(j + 1))) {
            octal(p.substring(i - 1, j + 2), start);
            i = j + 2;
            return;
        }
        if (j < p.length() && Character.isDigit(p.charAt(j))) {
            j++;
        }
        int g = Integer.parseInt(p.substring(i - 1, j));
        if (g > groups || openNumbers.contains(g)) {
            throw new ReSyntaxError(g > groups ? "invalid group reference " + g : "cannot refer to an open group",
                    start + 1);
        }
        i = j;
        out.append("(?:\\").append(javaGroup(g)).append(')');
    }

    /** {@code (?(id)yes|no)}: see the class comment. */
    // CPython: the "(?(" branch of _parse in sre_parse.py
    private boolean conditional(int start) {
        int nameStart = i + 3;
        int end = p.indexOf(')', nameStart);
        if (end < 0) {
            throw new ReSyntaxError("missing ), unterminated name", nameStart);
        }
        String id = p.substring(nameStart, end);
        int g;
        if (!id.isEmpty() && id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            g = Integer.parseInt(id);
            if (g == 0) {
                throw new ReSyntaxError("bad group number", nameStart);
            }
            if (g > groups) {
                throw new ReSyntaxError("invalid group reference " + g, nameStart);
            }
        } else {
            checkName(id, nameStart);
            Integer named = groupNames.get(id);
            if (named == null) {
                throw new ReSyntaxError("unknown group name '" + id + "'", nameStart);
            }
            g = named;
        }
        conditionalGroups.add(g);
        Integer marker = markers.get(g);
        push(start, CONDITIONAL);
        // a group still open (or, in the first pass, not yet marked) never counts as matched here
        conditionals.set(conditionals.size() - 1, new int[] {marker == null ? -1 : marker, 0});
        out.append(marker == null ? "(?:(?!)" : "(?:(?=\\" + marker + ")");
        i = end + 1;
        return false;
    }

    /** The start of a conditional's "no" branch: taken only when the marker did not match. */
    private static String noBranch(int marker) {
        return marker < 0 ? "|" : "|(?!\\" + marker + ")";
    }

    private void push(int start, int number) {
        open.add(start);
        openNumbers.add(number);
        conditionals.add(new int[] {0, 0});
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private void octal(String digits, int start) {
        int v = Integer.parseInt(digits, 8);
        if (v > 0377) {
            throw new ReSyntaxError("octal escape value \\" + digits + " outside of range 0-0o377", start);
        }
        codePoint(v);
    }

    private void codePoint(int cp) {
        out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
}
