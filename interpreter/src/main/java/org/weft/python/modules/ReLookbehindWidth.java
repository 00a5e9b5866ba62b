package org.weft.python.modules;

/**
 * Whether the body of a Python look-behind matches strings of one length only, as CPython
 * requires ("look-behind requires fixed-width pattern"); Java would accept bounded variable
 * widths such as {@code a|bc}. Works on the Python pattern text, which the translator has
 * already checked for syntax. Compare CPython sre_parse SubPattern.getwidth.
 */
final class ReLookbehindWidth {

    private static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Width of something this scan does not measure (a back-reference): taken as fixed. */
    private static final int[] UNKNOWN = null;

    private final String p;
    private final boolean verbose;
    private int i;

    private ReLookbehindWidth(String p, boolean verbose) {
        this.p = p;
        this.verbose = verbose;
    }

    /** False only when the look-behind body {@code body} can match strings of different lengths. */
    static boolean isFixed(String body, boolean verbose) {
        int[] w = new ReLookbehindWidth(body, verbose).alternatives();
        return w == UNKNOWN || w[0] == w[1];
    }

    /** {min, max} of alternatives up to an unmatched ')' or the end. */
    private int[] alternatives() {
        int[] all = sequence();
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            int[] w = sequence();
            if (all == UNKNOWN || w == UNKNOWN) {
                all = UNKNOWN;
            } else {
                all = new int[] {Math.min(all[0], w[0]), Math.max(all[1], w[1])};
            }
        }
        return all;
    }

    private int[] sequence() {
        int[] sum = {0, 0};
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            char c = p.charAt(i);
            if (verbose && (Character.isWhitespace(c) || c == '#')) {
                skipVerbose(c);
                continue;
            }
            int[] w = repeat(item());
            if (w == UNKNOWN || sum == UNKNOWN) {
                sum = UNKNOWN;
            } else {
                sum = new int[] {add(sum[0], w[0]), add(sum[1], w[1])};
            }
        }
        return sum;
    }

    private void skipVerbose(char c) {
        if (c == '#') {
            while (i < p.length() && p.charAt(i) != '\n') {
                i++;
            }
        } else {
            i++;
        }
    }

    private int[] item() {
        char c = p.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return new int[] {1, 1};
            case '\\':
                return escape();
            case '^', '$':
                i++;
                return new int[] {0, 0};
            default:
                i += Character.charCount(p.codePointAt(i));
                return new int[] {1, 1};
        }
    }

    private int[] group() {
        i++;
        boolean zeroWidth = false;
        if (p.startsWith("?#", i)) {
            i = p.indexOf(')', i) + 1;
            return new int[] {0, 0};
        } else if (p.startsWith("?P=", i)) {
            i = p.indexOf(')', i) + 1;
            return UNKNOWN;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i) || p.startsWith("?>", i)) {
            zeroWidth = p.charAt(i + 1) != '>';
            i += 2;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            zeroWidth = true;
            i += 3;
        } else if (p.startsWith("?P<", i)) {
            i = p.indexOf('>', i) + 1;
        } else if (p.startsWith("?", i)) {
            i = p.indexOf(':', i) + 1; // scoped flags
        }
        int[] w = alternatives();
        i++; // the closing parenthesis
        return zeroWidth ? new int[] {0, 0} : w;
    }

    private void skipClass() {
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++; // a leading ']' is a literal
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
    }

    private int[] escape() {
        char c = i + 1 < p.length() ? p.charAt(i + 1) : '\\';
        i += 2;
        switch (c) {
            case 'b', 'B', 'A', 'Z':
                return new int[] {0, 0};
            case 'x':
                i += 2;
                return new int[] {1, 1};
            case 'u':
                i += 4;
                return new int[] {1, 1};
            case 'U':
                i += 8;
                return new int[] {1, 1};
            case 'N':
                i = p.indexOf('}', i) + 1;
                return new int[] {1, 1};
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int start = i - 1;
            while (i < p.length() && i - start < 3 && Character.isDigit(p.charAt(i))) {
                i++;
            }
            boolean octal = i - start == 3 && isOctal(p.substring(start, i));
            return octal ? new int[] {1, 1} : UNKNOWN;
        }
        if (c == '0') {
            for (int n = 0; n < 2 && i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7'; n++) {
                i++;
            }
        }
        return new int[] {1, 1};
    }

    private static boolean isOctal(String digits) {
        return digits.chars().allMatch(d -> d >= '0' && d <= '7');
    }

    /** Applies a quantifier after an item of width {@code w}, if there is one. */
    private int[] repeat(int[] w) {
        if (i >= p.length()) {
            return w;
        }
        char c = p.charAt(i);
        int lo;
        int hi;
        if (c == '*' || c == '+' || c == '?') {
            lo = c == '+' ? 1 : 0;
            hi = c == '?' ? 1 : UNBOUNDED;
            i++;
        } else if (c == '{' && p.indexOf('}', i) > 0 && p.substring(i + 1, p.indexOf('}', i)).matches("\\d*,?\\d*")
                && p.indexOf('}', i) > i + 1) {
            String body = p.substring(i + 1, p.indexOf('}', i));
            i = p.indexOf('}', i) + 1;
            int comma = body.indexOf(',');
            if (comma < 0) {
                lo = hi = Integer.parseInt(body);
            } else {
                lo = comma == 0 ? 0 : Integer.parseInt(body.substring(0, comma));
                hi = comma == body.length() - 1 ? UNBOUNDED : Integer.parseInt(body.substring(comma + 1));
            }
        } else {
            return w;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++; // lazy or possessive: the same widths
        }
        if (w == UNKNOWN) {
            return UNKNOWN;
        }
        return new int[] {mul(w[0], lo), mul(w[1], hi)};
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a + b, UNBOUNDED);
    }

    private static int mul(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) a * b, UNBOUNDED);
    }
}
