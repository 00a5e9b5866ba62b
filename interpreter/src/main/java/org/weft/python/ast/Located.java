package org.weft.python.ast;

/**
 * A node with a source position, as CPython's {@code lineno}, {@code col_offset},
 * {@code end_lineno}, {@code end_col_offset} attributes. Lines are 1-based; columns are 0-based
 * code-point offsets; the end is exclusive.
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
