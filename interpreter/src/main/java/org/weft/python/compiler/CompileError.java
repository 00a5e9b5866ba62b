package org.weft.python.compiler;

import org.weft.python.ast.Located;

/**
 * A {@code SyntaxError} found after parsing (by the symbol table or the code generator), with the
 * position of the node that caused it. The embedding API turns it into a Python
 * {@code SyntaxError}, as it does the parser's.
 */
public final class CompileError extends RuntimeException {
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    public CompileError(String message, Located where) {
        this(message, where == null ? 1 : where.lineno(), where == null ? 0 : where.colOffset(),
                where == null ? 1 : where.endLineno(), where == null ? 0 : where.endColOffset());
    }

    public CompileError(String message, int lineno, int colOffset, int endLineno, int endColOffset) {
        super(message, null, false, false);
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** 1-based line of the offending node. */
    public int lineno() {
        return lineno;
    }

    /** 0-based column of the offending node (CPython reports offset = column + 1). */
    public int colOffset() {
        return colOffset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endColOffset() {
        return endColOffset;
    }
}
