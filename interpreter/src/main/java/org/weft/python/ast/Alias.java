package org.weft.python.ast;

/** {@code name as asname} in an import; {@code name} may be dotted or {@code "*"}, {@code asname} null. */
public record Alias(String name, String asname,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}
