package org.weft.kernel.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cell transformer IPython applies before Python sees a cell: its
 * {@code TransformerManager.transform_cell} ({@code IPython/core/inputtransformer2.py}).
 *
 * <ul>
 *   <li>{@code %name args} where a statement may start, and {@code x = %name args}, become
 *       {@code get_ipython().run_line_magic('name', 'args')};
 *   <li>a cell starting {@code %%name line} becomes {@code get_ipython().run_cell_magic('name', 'line', 'body')};
 *   <li>{@code obj?}, {@code ?obj}, {@code %magic?} become {@code run_line_magic('pinfo', 'obj')};
 *       {@code ??} gives {@code 'pinfo2'}, a {@code *} in the name {@code 'psearch'};
 *   <li>{@code !cmd} becomes {@code get_ipython().system('cmd')}, {@code x = !cmd} and {@code !!cmd}
 *       {@code get_ipython().getoutput('cmd')};
 *   <li>{@code >>> }, {@code ... } and {@code In [1]: } prompts of pasted sessions are removed.
 * </ul>
 *
 * The syntax is found in tokens, so strings, comments, {@code a % b} and {@code !=} are never
 * touched. A rewritten statement stays on its line (backslash-continued lines become one line, as
 * in IPython). Unlike IPython, leading blank lines are kept, so that line numbers in tracebacks are
 * those of the cell as typed. Never throws: input that cannot be transformed is returned as it is,
 * for the parser to report.
 */
public final class IPythonSyntax {

    /** IPython's {@code TRANSFORM_LOOP_LIMIT}: a guard against a transform that keeps matching. */
    private static final int TRANSFORM_LOOP_LIMIT = 500;

    private static final List<Function<List<List<TokenInfo>>, TokenTransform>> FINDERS =
            List.of(MagicAssign::find, SystemAssign::find, EscapedCommand::find, HelpEnd::find);

    private IPythonSyntax() {
    }

    /** The cell rewritten as plain Python; it always ends with a newline, as IPython's does. */
    public static String transform(String cell) {
        String source = cell.endsWith("\n") ? cell : cell + "\n";
        if (isPlainPython(source)) {
            return source; // most cells: tokenizing them found nothing, at a tenth of a millisecond a cell
        }
        try {
            List<String> lines = SourceLines.splitKeepEnds(source);
            List<String> body = CellCleanup.leadingEmptyLines(lines);
            List<String> result = new ArrayList<>(lines.subList(0, lines.size() - body.size()));
            body = CellCleanup.cellMagic(CellCleanup.cleanup(body));
            List<String> transformed = tokenTransforms(body, false);
            result.addAll(transformed == null ? body : transformed);
            return String.join("", result);
        } catch (StackOverflowError e) {
            // Java's regex loops recurse: a monstrous line (say 'a.b.b...?' 100,000 names long) can
            // exhaust the stack. Such a cell is surely not IPython syntax; Python will judge it.
            return source;
        }
    }

    /**
     * True when no transform can apply, so the cell is its own transform: no escape character
     * ({@code % ! ?} anywhere, {@code , ; /} starting a line), no pasted prompt ({@code >>>},
     * {@code ...}, {@code In [}), a line with text, and no indent on the first one. Conservative: a cell
     * it rejects is merely transformed the long way.
     */
    static boolean isPlainPython(String source) {
        if (source.contains(">>>") || source.contains("...") || source.contains("In [")) {
            return false;
        }
        boolean lineStart = true;
        boolean seenText = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '%' || c == '!' || c == '?') {
                return false;
            }
            if (c == '\n') {
                lineStart = true;
            } else if (lineStart && c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                if (c == ',' || c == ';' || c == '/' || (!seenText && i > 0 && source.charAt(i - 1) != '\n')) {
                    return false; // an autocall escape, or an indented first line (leading_indent)
                }
                lineStart = false;
                seenText = true;
            }
        }
        return seenText; // a cell of blank lines loses their spaces (leading_indent)
    }

    /**
     * {@code do_token_transforms}: rewrites one piece of syntax at a time until none is left. Returns
     * null, when {@code strict}, for a cell with an unindent that matches no outer level (IPython's
     * tokenizer raises IndentationError there); otherwise the tokens before that point are used.
     */
    static List<String> tokenTransforms(List<String> lines, boolean strict) {
        for (int i = 0; i < TRANSFORM_LOOP_LIMIT; i++) {
            LogicalLines.Grouped grouped = LogicalLines.of(lines);
            if (strict && grouped.ending() == Tokenizer.Ending.BAD_DEDENT) {
                return null;
            }
            List<String> next = transformOne(lines, grouped.lines());
            if (next == null) {
                return lines;
            }
            lines = next;
        }
        return lines;
    }

    /** {@code do_one_token_transform}: the earliest piece of syntax rewritten, or null when there is none. */
    private static List<String> transformOne(List<String> lines, List<List<TokenInfo>> tokens) {
        List<TokenTransform> candidates = new ArrayList<>();
        for (Function<List<List<TokenInfo>>, TokenTransform> finder : FINDERS) {
            TokenTransform found = finder.apply(tokens);
            if (found != null) {
                candidates.add(found);
            }
        }
        candidates.sort(TokenTransform.ORDER);
        for (TokenTransform t : candidates) {
            List<String> result = t.apply(lines);
            if (result != null) {
                return result;
            }
        }
        return null;
    }
}
