package org.weft.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * IPython's cleanup transforms, run before anything else: leading blank lines, a common leading
 * indent, pasted prompts; then the one line transform, {@code %%cell_magic}.
 */
final class CellCleanup {

    private CellCleanup() {
    }

    /** {@code leading_empty_lines}: the lines from the first one with text (all of them when none has). */
    static List<String> leadingEmptyLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!Strings.isBlank(lines.get(i))) {
                return lines.subList(i, lines.size());
            }
        }
        return lines;
    }

    /** {@code leading_indent}: the first line's indent removed from every line that starts with it. */
    static List<String> leadingIndent(List<String> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        String first = lines.get(0);
        int n = 0;
        while (n < first.length() && (first.charAt(n) == ' ' || first.charAt(n) == '\t')) {
            n++;
        }
        if (n == 0) {
            return lines;
        }
        String space = first.substring(0, n);
        List<String> result = new ArrayList<>(lines.size());
        for (String l : lines) {
            result.add(l.startsWith(space) ? l.substring(n) : l);
        }
        return result;
    }

    /** All cleanup transforms, in IPython's order, leading blank lines excluded (the caller keeps them). */
    static List<String> cleanup(List<String> lines) {
        List<String> result = leadingIndent(lines);
        result = PromptStripper.CLASSIC.apply(result);
        return PromptStripper.IPYTHON.apply(result);
    }

    /**
     * {@code cell_magic}: a cell whose first line is {@code %%name line} becomes one
     * {@code run_cell_magic} call with the rest of the cell as its body; {@code %%name?} is left to HelpEnd.
     */
    static List<String> cellMagic(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith("%%") || lines.get(0).matches("(?sU)%%\\w+\\?.*")) {
            return lines;
        }
        String[] nameLine = Strings.partitionSpace(Strings.rstrip(lines.get(0).substring(2)));
        String body = String.join("", lines.subList(1, lines.size()));
        return List.of("get_ipython().run_cell_magic(" + TokenTransform.repr(nameLine[0]) + ", "
                + TokenTransform.repr(nameLine[1]) + ", " + TokenTransform.repr(body) + ")\n");
    }
}
