package org.weft.python.compiler;

import org.weft.python.ast.Located;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.local.CellRead;
import org.weft.python.nodes.local.CellTarget;
import org.weft.python.nodes.local.ClassDerefRead;
import org.weft.python.nodes.local.GlobalRead;
import org.weft.python.nodes.local.GlobalTarget;
import org.weft.python.nodes.local.LocalRead;
import org.weft.python.nodes.local.LocalTarget;
import org.weft.python.nodes.local.NameRead;
import org.weft.python.nodes.local.NameTarget;

/**
 * Chooses the node that reads or stores a name, from where the symbol table says it lives and
 * the kind of block (CPython's {@code compiler_nameop}: LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF,
 * LOAD_GLOBAL, LOAD_NAME and their stores).
 */
final class NameResolver {
    private final Compiler c;

    NameResolver(Compiler c) {
        this.c = c;
    }

    ExprNode read(String rawName, Located where) {
        CodeUnit u = c.unit;
        String name = c.mangle(rawName);
        Integer temp = u.liftTemp(name);
        if (temp != null) {
            return new LocalRead(temp, name);
        }
        NameScope s = u.scope.scopeOf(name);
        if (u.isFunction()) {
            switch (s) {
                case LOCAL: return new LocalRead(u.slotOf(name), name);
                case CELL: return new CellRead(u.cellIndex.get(name), name, false);
                case FREE: return new CellRead(u.cellIndex.get(name), name, true);
                default:
                    u.names.add(name);
                    return new GlobalRead(name);
            }
        }
        switch (s) {
            case GLOBAL_EXPLICIT:
                u.names.add(name);
                return new GlobalRead(name);
            case FREE:
                if (u.scope.kind == ScopeKind.CLASS) {
                    return new ClassDerefRead(name, u.cellIndex.get(name));
                }
                return new CellRead(u.cellIndex.get(name), name, true);
            default:
                u.names.add(name);
                return new NameRead(name);
        }
    }

    TargetNode target(String rawName, Located where) {
        CodeUnit u = c.unit;
        String name = c.mangle(rawName);
        Integer temp = u.liftTemp(name);
        if (temp != null) {
            return new LocalTarget(temp, name);
        }
        NameScope s = u.scope.scopeOf(name);
        if (u.isFunction()) {
            switch (s) {
                case LOCAL: return new LocalTarget(u.slotOf(name), name);
                case CELL: return new CellTarget(u.cellIndex.get(name), name, false);
                case FREE: return new CellTarget(u.cellIndex.get(name), name, true);
                default:
                    u.names.add(name);
                    return new GlobalTarget(name);
            }
        }
        switch (s) {
            case GLOBAL_EXPLICIT:
                u.names.add(name);
                return new GlobalTarget(name);
            case FREE: return new CellTarget(u.cellIndex.get(name), name, true);
            default:
                u.names.add(name);
                return new NameTarget(name);
        }
    }

    /** The fast-local slot of {@code name}, or -1 when it is not a plain local of a function. */
    int localSlot(String rawName) {
        CodeUnit u = c.unit;
        String name = c.mangle(rawName);
        Integer temp = u.liftTemp(name);
        if (temp != null) {
            return temp;
        }
        if (u.isFunction() && u.scope.scopeOf(name) == NameScope.LOCAL) {
            return u.slotOf(name);
        }
        return -1;
    }
}
