package org.weft.python.ast;

import java.util.List;

/** A parse result, one per compile mode: CPython's {@code ast.mod}. */
public sealed interface Mod {

    /** {@code exec} mode: a module or file. */
    record Module(List<Stmt> body) implements Mod {
        public Module {
            body = List.copyOf(body);
        }
    }

    /** {@code single} mode: one interactive statement (which may be compound). */
    record Interactive(List<Stmt> body) implements Mod {
        public Interactive {
            body = List.copyOf(body);
        }
    }

    /** {@code eval} mode: one expression. */
    record Expression(Expr body) implements Mod {
    }
}
