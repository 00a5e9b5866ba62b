package org.weft.python.ast;

import java.util.List;

/** {@code except type as name: body}; {@code type} and {@code name} may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body,
                            int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
    public ExceptHandler {
        body = List.copyOf(body);
    }
}
