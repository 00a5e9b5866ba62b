package org.weft.kernel.history;

import java.util.regex.Pattern;

/**
 * SQLite's {@code GLOB}, which IPython's history search uses: {@code *} any text (newlines too),
 * {@code ?} one character, {@code [abc]}, {@code [a-z]} and {@code [^abc]} sets; case-sensitive;
 * the pattern must match the whole text. Every other character stands for itself.
 */
final class GlobPattern {

    private final Pattern regex;

    private GlobPattern(Pattern regex) {
        this.regex = regex;
    }

    static GlobPattern compile(String glob) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            int cp = glob.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '*') {
                b.append(".*");
            } else if (cp == '?') {
                b.append('.');
            } else if (cp == '[') {
                int end = setEnd(glob, next);
                if (end < 0) {
                    // SQLite: a set that is never closed matches nothing.
                    b.append("(?!)");
                    next = glob.length();
                } else {
                    b.append(charSet(glob.substring(next, end)));
                    next = end + 1;
                }
            } else {
                b.append(Pattern.quote(new String(Character.toChars(cp))));
            }
            i = next;
        }
        return new GlobPattern(Pattern.compile(b.toString(), Pattern.DOTALL));
    }

    boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    /** The index of the {@code ]} closing a set that starts at {@code from}; a {@code ]} first is a member. */
    private static int setEnd(String glob, int from) {
        int i = from;
        if (i < glob.length() && glob.charAt(i) == '^') {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        return glob.indexOf(']', i);
    }

    /**
     * A glob set's body as a regex, as SQLite's patternCompare reads it: {@code ^} first inverts;
     * a {@code ]} first (after any {@code ^}) is a member; {@code a-z} is a range when a member
     * comes before the dash and one after it, and the member after a range starts afresh; a
     * reversed range matches nothing.
     */
    private static String charSet(String body) {
        int[] cps = body.codePoints().toArray();
        int i = 0;
        boolean invert = cps.length > 0 && cps[0] == '^';
        if (invert) {
            i++;
        }
        StringBuilder members = new StringBuilder();
        if (i < cps.length && cps[i] == ']') {
            members.append(literal(']'));
            i++;
        }
        int prior = -1;
        for (; i < cps.length; i++) {
            if (cps[i] == '-' && i + 1 < cps.length && prior >= 0) {
                if (prior <= cps[i + 1]) {
                    members.append(literal(prior)).append('-').append(literal(cps[i + 1]));
                }
                prior = -1;
                i++;
            } else {
                members.append(literal(cps[i]));
                prior = cps[i];
            }
        }
        if (members.length() == 0) {
            return invert ? "." : "(?!)";
        }
        return "[" + (invert ? "^" : "") + members + "]";
    }

    private static String literal(int cp) {
        return "\\x{" + Integer.toHexString(cp) + "}";
    }
}
