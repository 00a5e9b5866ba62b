package org.weft.python.ast;

import java.util.List;

/** One {@code for target in iter if ...} clause of a comprehension (CPython's {@code ast.comprehension}). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    public Comprehension {
        ifs = List.copyOf(ifs);
    }
}
