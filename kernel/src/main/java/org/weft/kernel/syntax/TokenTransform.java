package org.weft.kernel.syntax;

import java.util.Comparator;
import java.util.List;

/**
 * One piece of IPython syntax found in a cell's tokens, ready to be rewritten: IPython's
 * {@code TokenTransformBase}. IPython syntax is not Python, so tokens after it may be wrong; the
 * manager therefore rewrites one piece at a time and tokenizes again.
 */
abstract class TokenTransform {

    /** Earliest in the cell first; at one place, the lower priority number wins ({@code %foo?} is help). */
    static final Comparator<TokenTransform> ORDER = Comparator.<TokenTransform>comparingInt(t -> t.startLine)
            .thenComparingInt(t -> t.startCol).thenComparingInt(TokenTransform::priority);

    /** 0-based line and column where the syntax starts. */
    final int startLine;
    final int startCol;

    TokenTransform(TokenInfo start) {
        this.startLine = start.startRow() - 1;
        this.startCol = start.startCol();
    }

    int priority() {
        return 10;
    }

    /** The physical lines with this piece rewritten, or null when it cannot be (IPython's SyntaxError). */
    abstract List<String> apply(List<String> lines);

    /** {@code _find_assign_op}: the index of the first {@code =} outside brackets, or -1. */
    static int assignIndex(List<TokenInfo> line) {
        int level = 0;
        for (int i = 0; i < line.size(); i++) {
            String s = line.get(i).string();
            if (s.equals("=") && level == 0) {
                return i;
            }
            if (s.equals("(") || s.equals("[") || s.equals("{")) {
                level++;
            } else if ((s.equals(")") || s.equals("]") || s.equals("}")) && level > 0) {
                level--;
            }
        }
        return -1;
    }

    /** Python's {@code repr(s)}, as IPython's {@code %r} formats arguments. */
    static String repr(String s) {
        return org.weft.python.runtime.StrRepr.repr(s);
    }
}
