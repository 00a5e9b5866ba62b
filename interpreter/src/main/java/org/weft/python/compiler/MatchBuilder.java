package org.weft.python.compiler;

import org.weft.python.ast.Stmt;
import org.weft.python.nodes.StmtNode;

/** Placeholder until pattern matching lands. */
final class MatchBuilder {
    private MatchBuilder() {
    }

    static StmtNode build(Compiler c, Stmt.Match m) {
        throw new CompileError("match statements are not supported yet", m);
    }
}
