package org.weft.python.compiler;

import org.weft.python.ast.Stmt;
import org.weft.python.nodes.StmtNode;

/** Compiles {@code match} statements (CPython's {@code compiler_match}). */
final class PatternCompiler {
    private final Compiler c;

    PatternCompiler(Compiler c) {
        this.c = c;
    }

    StmtNode match(Stmt.Match m) {
        return MatchBuilder.build(c, m);
    }
}
