package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.weft.python.ast.Alias;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Stmt;

/**
 * The rules for {@code from __future__ import ...}: only the leading statements of a module (after
 * an optional docstring) may be future imports, and each must name a known feature. CPython:
 * future.c (future_check_features) and compiler_from_import's "must occur at the beginning".
 */
final class FutureImports {

    /** CPython 3.11's features (Lib/__future__.py all_feature_names). */
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private final Set<Stmt> leading = Collections.newSetFromMap(new IdentityHashMap<>());

    FutureImports(Mod mod) {
        leading.addAll(leading(mod));
    }

    /** The module's leading future imports, after an optional docstring: the only place they may stand. */
    static List<Stmt.ImportFrom> leading(Mod mod) {
        List<Stmt> body = mod instanceof Mod.Module m ? m.body()
                : mod instanceof Mod.Interactive i ? i.body() : List.of();
        List<Stmt.ImportFrom> found = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (i == 0 && st instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k
                    && k.value() instanceof String) {
                continue;
            }
            if (!isFuture(st)) {
                break;
            }
            found.add((Stmt.ImportFrom) st);
        }
        return found;
    }

    /** True when the module's leading future imports name {@code annotations} (PEP 563). */
    static boolean annotations(Mod mod) {
        for (Stmt.ImportFrom f : leading(mod)) {
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isFuture(Stmt st) {
        return st instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0;
    }

    /** Raises CompileError for a misplaced future import or an unknown feature. */
    void check(Stmt.ImportFrom s) {
        if (!isFuture(s)) {
            return;
        }
        if (!leading.contains(s)) {
            throw new CompileError("from __future__ imports must occur at the beginning of the file", s);
        }
        for (Alias a : s.names()) {
            if (a.name().equals("braces")) {
                throw new CompileError("not a chance", s);
            }
            if (!FEATURES.contains(a.name())) {
                throw new CompileError("future feature " + a.name() + " is not defined", s);
            }
        }
    }
}
