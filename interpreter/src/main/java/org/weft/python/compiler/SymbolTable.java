package org.weft.python.compiler;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The analyzed scopes of one compilation unit: the top block and, for every AST node that opens a
 * block (function, lambda, class, comprehension), the {@link Scope} it opens. AST records compare
 * by value, so the map is by identity.
 */
public final class SymbolTable {
    public final Scope top;
    private final Map<Object, Scope> byNode;

    SymbolTable(Scope top, IdentityHashMap<Object, Scope> byNode) {
        this.top = top;
        this.byNode = byNode;
    }

    /** The scope that {@code node} opens; an internal error when the node opens none. */
    public Scope scopeOf(Object node) {
        Scope s = byNode.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        }
        return s;
    }

    /**
     * Lets {@code copy}, a rebuilt node, open the scope that {@code original} opens: the yield lifter
     * rebuilds a comprehension or lambda whose enclosing-scope part (first iterable, defaults) held
     * a yield. The table belongs to one compilation, on one thread.
     */
    void sameScope(Object copy, Object original) {
        byNode.put(copy, scopeOf(original));
    }

    /** Builds and analyzes the table of {@code module} (CPython: _PySymtable_Build). */
    public static SymbolTable build(org.weft.python.ast.Mod module, boolean isClassLevelExec) {
        SymbolTableBuilder b = new SymbolTableBuilder();
        Scope top = b.buildTop(module);
        new ScopeAnalyzer().analyze(top);
        return new SymbolTable(top, b.byNode());
    }
}
