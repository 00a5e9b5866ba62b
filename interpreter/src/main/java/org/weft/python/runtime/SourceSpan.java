package org.weft.python.runtime;

/**
 * Where an expression lies in its source: first and last line (1-based), and the character
 * offsets of its first and past-its-last character on those lines (the parser's columns; CPython's
 * code positions, {@code co_positions()}, count UTF-8 bytes). A traceback entry carries the span of the
 * expression its frame was evaluating, so that the report can underline it ({@code ~~^^~~}).
 */
public record SourceSpan(int line, int col, int endLine, int endCol) {
}
