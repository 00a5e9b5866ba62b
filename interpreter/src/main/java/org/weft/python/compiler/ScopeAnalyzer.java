package org.weft.python.compiler;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Second pass of the symbol table: decides for every name of every block whether it is local, a
 * cell, free, or global, propagating free variables outwards (CPython's {@code analyze_block}),
 * then computes each block's {@code __qualname__}.
 */
// CPython: analyze_block, analyze_name, analyze_cells, update_symbols in symtable.c
final class ScopeAnalyzer {

    void analyze(Scope top) {
        analyzeBlock(top, new HashSet<>(), new HashSet<>());
        qualnames(top);
    }

    /**
     * @param bound names bound in enclosing function scopes (visible to this block as free variables)
     * @param global names declared global in enclosing blocks
     * @return the names free in this block or its children, which enclosing blocks must provide
     */
    private Set<String> analyzeBlock(Scope s, Set<String> bound, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> free = new HashSet<>();
        Set<String> newGlobal = new HashSet<>(global);
        Set<String> newBound = new HashSet<>(bound);
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, newGlobal, newBound);
        }
        if (s.kind == ScopeKind.MODULE) {
            newBound.clear();
        } else if (s.isFunctionLike()) {
            newBound.addAll(local);
        } else {
            newBound.add("__class__");
        }
        // A class body's own names are invisible to the functions nested in it.
        Set<String> childFree = new HashSet<>();
        for (Scope child : s.children) {
            childFree.addAll(analyzeBlock(child, newBound, newGlobal));
        }
        if (s.isFunctionLike()) {
            for (String name : s.flags.keySet()) {
                if (s.scopes.get(name) == NameScope.LOCAL && childFree.remove(name)) {
                    s.scopes.put(name, NameScope.CELL);
                    s.cellVars.add(name);
                }
            }
        } else if (s.kind == ScopeKind.CLASS && childFree.remove("__class__")) {
            s.needsClassCell = true;
        }
        passThrough(s, childFree, free);
        return free;
    }

    // CPython: analyze_name
    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global, Set<String> newBound) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            s.scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            newBound.remove(name);
        } else if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (!bound.contains(name)) {
                throw new CompileError("no binding for nonlocal '" + name + "' found", s.nonlocalSites.get(name));
            }
            s.scopes.put(name, NameScope.FREE);
            free.add(name);
        } else if ((flags & Scope.DEF_BOUND) != 0) {
            s.scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (s.kind != ScopeKind.MODULE && bound.contains(name)) {
            s.scopes.put(name, NameScope.FREE);
            free.add(name);
        } else {
            s.scopes.put(name, NameScope.GLOBAL_IMPLICIT);
        }
    }

    /** Free names of children that this block does not bind become free here too. */
    // CPython: update_symbols
    private void passThrough(Scope s, Set<String> childFree, Set<String> free) {
        for (String name : childFree) {
            NameScope here = s.scopes.get(name);
            if (here == NameScope.GLOBAL_EXPLICIT) {
                continue;
            }
            if (s.kind == ScopeKind.CLASS && here == NameScope.LOCAL) {
                s.classFreePassThrough.add(name);
            } else if (here == null || here == NameScope.GLOBAL_IMPLICIT) {
                s.scopes.put(name, NameScope.FREE);
            }
            free.add(name);
        }
        for (String name : s.flags.keySet()) {
            if (s.scopes.get(name) == NameScope.FREE) {
                s.freeVars.add(name);
            }
        }
        for (String name : childFree) {
            if (s.scopes.get(name) == NameScope.FREE || s.classFreePassThrough.contains(name)) {
                s.freeVars.add(name);
            }
        }
    }

    // CPython: compiler_set_qualname in compile.c
    private void qualnames(Scope s) {
        for (Scope child : s.children) {
            child.qualname = qualname(s, child);
            qualnames(child);
        }
    }

    private static String qualname(Scope parent, Scope child) {
        if (parent.kind == ScopeKind.MODULE) {
            return child.name;
        }
        if ((child.kind == ScopeKind.FUNCTION && !child.isLambda) || child.kind == ScopeKind.CLASS) {
            String mangled = Mangler.mangle(parent.privateName, child.name);
            if (parent.scopes.get(mangled) == NameScope.GLOBAL_EXPLICIT) {
                return child.name;
            }
        }
        if (parent.kind == ScopeKind.FUNCTION) { // functions and lambdas; not comprehensions
            return parent.qualname + ".<locals>." + child.name;
        }
        return parent.qualname + "." + child.name;
    }
}
