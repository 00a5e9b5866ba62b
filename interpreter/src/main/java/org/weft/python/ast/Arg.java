package org.weft.python.ast;

/** One parameter; {@code annotation} may be null. */
public record Arg(String arg, Expr annotation,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}
