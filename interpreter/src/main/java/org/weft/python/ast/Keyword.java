package org.weft.python.ast;

/** A keyword argument {@code arg=value}, or {@code **value} when {@code arg} is null. */
public record Keyword(String arg, Expr value,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}
