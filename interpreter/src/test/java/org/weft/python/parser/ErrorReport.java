package org.weft.python.parser;

/**
 * Formats a syntax error the way CPython's {@code traceback.format_exception_only} does, so our
 * errors can be compared with CPython's reports as text. Test-only: the runtime owns the real
 * formatting. Compare {@code TracebackException._format_syntax_error} in CPython 3.11.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    static String format(SyntaxErrorException e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno()).append('\n');
        String text = e.text();
        if (text != null) {
            String rtext = stripTrailing(text, "\n");
            String ltext = stripLeading(rtext, " \n\f");
            int spaces = rtext.codePointCount(0, rtext.length()) - ltext.codePointCount(0, ltext.length());
            sb.append("    ").append(ltext).append('\n');
            int offset = e.offset();
            int end = e.endOffset() == 0 ? offset : e.endOffset();
            if (offset == end || end == -1) {
                end = offset + 1;
            }
            int colno = offset - 1 - spaces;
            int endColno = end - 1 - spaces;
            if (colno >= 0) {
                sb.append("    ");
                int[] cps = ltext.codePoints().toArray();
                for (int i = 0; i < colno && i < cps.length; i++) {
                    sb.appendCodePoint(Character.isWhitespace(cps[i]) ? cps[i] : ' ');
                }
                sb.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
            }
        }
        sb.append(e.kind().pythonName()).append(": ").append(e.msg());
        return sb.toString();
    }

    private static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }
}
