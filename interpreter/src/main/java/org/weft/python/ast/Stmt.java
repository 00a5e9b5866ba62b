package org.weft.python.ast;

import java.util.List;

/**
 * A statement: CPython's {@code ast.stmt}. Expression-typed fields are spelled
 * {@code org.weft.python.ast.Expr} here because the nested statement {@link Stmt.Expr} (an
 * expression used as a statement, CPython's {@code ast.Expr}) shadows the simple name in this file.
 */
public sealed interface Stmt extends Located {

    record FunctionDef(String name, Arguments args, List<Stmt> body,
                       List<org.weft.python.ast.Expr> decoratorList, org.weft.python.ast.Expr returns,
                       int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public FunctionDef {
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
        }
    }

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body,
                            List<org.weft.python.ast.Expr> decoratorList, org.weft.python.ast.Expr returns,
                            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public AsyncFunctionDef {
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
        }
    }

    record ClassDef(String name, List<org.weft.python.ast.Expr> bases, List<Keyword> keywords,
                    List<Stmt> body, List<org.weft.python.ast.Expr> decoratorList,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public ClassDef {
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
        }
    }

    /** {@code value} is null for a bare {@code return}. */
    record Return(org.weft.python.ast.Expr value,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Delete(List<org.weft.python.ast.Expr> targets,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }
    }

    /** {@code a = b = value}: one target per {@code =}. */
    record Assign(List<org.weft.python.ast.Expr> targets, org.weft.python.ast.Expr value,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }
    }

    record AugAssign(org.weft.python.ast.Expr target, Operator op, org.weft.python.ast.Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /**
     * {@code target: annotation = value}; {@code value} may be null. {@code simple} is true when
     * the target is a bare name not in parentheses (CPython's {@code simple=1}).
     */
    record AnnAssign(org.weft.python.ast.Expr target, org.weft.python.ast.Expr annotation,
                     org.weft.python.ast.Expr value, boolean simple,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record For(org.weft.python.ast.Expr target, org.weft.python.ast.Expr iter, List<Stmt> body,
               List<Stmt> orelse,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public For {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }
    }

    record AsyncFor(org.weft.python.ast.Expr target, org.weft.python.ast.Expr iter, List<Stmt> body,
                    List<Stmt> orelse,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public AsyncFor {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }
    }

    record While(org.weft.python.ast.Expr test, List<Stmt> body, List<Stmt> orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public While {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }
    }

    /** {@code elif} is an {@code If} alone in the {@code orelse} of the previous one, as in CPython. */
    record If(org.weft.python.ast.Expr test, List<Stmt> body, List<Stmt> orelse,
              int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public If {
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
        }
    }

    record With(List<WithItem> items, List<Stmt> body,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }
    }

    record AsyncWith(List<WithItem> items, List<Stmt> body,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public AsyncWith {
            items = List.copyOf(items);
            body = List.copyOf(body);
        }
    }

    record Match(org.weft.python.ast.Expr subject, List<MatchCase> cases,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Match {
            cases = List.copyOf(cases);
        }
    }

    /** Both fields may be null ({@code raise}); {@code cause} is the {@code from} clause. */
    record Raise(org.weft.python.ast.Expr exc, org.weft.python.ast.Expr cause,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
        }
    }

    /** {@code try: ... except* E: ...} (exception groups, PEP 654). */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public TryStar {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
        }
    }

    record Assert(org.weft.python.ast.Expr test, org.weft.python.ast.Expr msg,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Import(List<Alias> names,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Import {
            names = List.copyOf(names);
        }
    }

    /**
     * {@code from ..a.b import x}: {@code module} is {@code "a.b"} (null for {@code from . import x}),
     * {@code level} the number of leading dots.
     */
    record ImportFrom(String module, List<Alias> names, int level,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public ImportFrom {
            names = List.copyOf(names);
        }
    }

    record Global(List<String> names,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }
    }

    record Nonlocal(List<String> names,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        public Nonlocal {
            names = List.copyOf(names);
        }
    }

    /** An expression statement: CPython's {@code ast.Expr}. */
    record Expr(org.weft.python.ast.Expr value,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }
}
