package org.weft.kernel.inspection;

import java.util.List;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;
import org.weft.python.parser.Mode;
import org.weft.python.parser.Parser;

/**
 * Whether shown source already holds the docstring, so that {@code obj??} does not print it twice.
 */
final class DocstringInSource {
    private DocstringInSource() {
    }

    // IPython: Inspector._source_contains_docstring (ast.parse(dedent(src)), ast.get_docstring)
    static boolean contains(PyInspect inspect, String source, String doc) {
        if (source == null) {
            return false;
        }
        try {
            Mod mod = Parser.parse(Dedent.of(source), "<source>", Mode.EXEC);
            if (!(mod instanceof Mod.Module m) || m.body().size() != 1) {
                return false;
            }
            List<Stmt> body = bodyOf(m.body().get(0));
            if (body == null || body.isEmpty()
                    || !(body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                            && c.value() instanceof String s)) {
                return false;
            }
            return doc.equals(inspect.cleandoc(s));
        } catch (RuntimeException e) {
            // The source can be invalid or partial: IPython catches everything here too.
            return false;
        }
    }

    private static List<Stmt> bodyOf(Stmt node) {
        if (node instanceof Stmt.FunctionDef f) {
            return f.body();
        }
        if (node instanceof Stmt.AsyncFunctionDef f) {
            return f.body();
        }
        if (node instanceof Stmt.ClassDef c) {
            return c.body();
        }
        return null;
    }
}
