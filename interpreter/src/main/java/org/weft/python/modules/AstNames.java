package org.weft.python.modules;

import java.util.HashMap;
import java.util.Map;
import org.weft.python.ast.Alias;
import org.weft.python.ast.Arg;
import org.weft.python.ast.Arguments;
import org.weft.python.ast.Comprehension;
import org.weft.python.ast.ExceptHandler;
import org.weft.python.ast.Expr;
import org.weft.python.ast.Keyword;
import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Mod;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.Stmt;
import org.weft.python.ast.WithItem;

/**
 * The Python class name of each AST record and back: nested records ({@code Stmt.If},
 * {@code Expr.List}) are named as their simple Java name, top-level product records as CPython
 * spells them ({@code arguments}, {@code withitem}, {@code match_case}). Immutable once built.
 */
final class AstNames {

    private static final Map<Class<?>, String> PRODUCTS = Map.of(
            Alias.class, "alias", Arg.class, "arg", Arguments.class, "arguments",
            Keyword.class, "keyword", WithItem.class, "withitem", Comprehension.class, "comprehension",
            MatchCase.class, "match_case", ExceptHandler.class, "ExceptHandler");

    private static final Map<String, Class<?>> BY_NAME = byName();

    private AstNames() {
    }

    static String pythonName(Class<?> recordClass) {
        String product = PRODUCTS.get(recordClass);
        return product != null ? product : recordClass.getSimpleName();
    }

    /** The record class named {@code name} in Python, or null. */
    static Class<?> recordClass(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> m = new HashMap<>();
        for (Class<?> sum : new Class<?>[] {Mod.class, Stmt.class, Expr.class, Pattern.class}) {
            for (Class<?> c : sum.getPermittedSubclasses()) {
                m.put(c.getSimpleName(), c);
            }
        }
        PRODUCTS.forEach((c, n) -> m.put(n, c));
        return Map.copyOf(m);
    }
}
