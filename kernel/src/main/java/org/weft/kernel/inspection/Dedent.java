package org.weft.kernel.inspection;

/** {@code textwrap.dedent}: removes the whitespace that every non-blank line starts with. */
final class Dedent {
    private Dedent() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String lead = line.substring(0, line.length() - line.stripLeading().length());
            margin = margin == null ? lead : commonPrefix(margin, lead);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            sb.append(line.isBlank() ? "" : line.substring(margin == null ? 0 : margin.length()));
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }
}
