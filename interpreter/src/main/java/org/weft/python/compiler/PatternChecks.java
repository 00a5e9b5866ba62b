package org.weft.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.ast.Expr;
import org.weft.python.ast.Located;
import org.weft.python.ast.Operator;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.UnaryOpKind;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/**
 * The SyntaxErrors CPython's compiler raises for a case pattern: a capture or {@code _} that
 * makes later cases or alternatives unreachable, a name bound twice, alternatives binding
 * different names, repeated mapping keys or class keyword attributes, and values that are not
 * literals or attribute lookups. Errors point where CPython's do: at the pattern it was last
 * compiling.
 */
final class PatternChecks {
    private Located where;

    private PatternChecks() {
    }

    // CPython: compiler_match_inner (allow_irrefutable: a guarded case, or the last one)
    static void check(Pattern p, boolean allowIrrefutable) {
        new PatternChecks().pattern(p, allowIrrefutable, new ArrayList<>());
    }

    private CompileError error(String message) {
        return new CompileError(message, where);
    }

    // CPython: compiler_pattern in compile.c, one kind of pattern per branch
    private void pattern(Pattern p, boolean allowIrrefutable, List<String> stores) {
        where = p;
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null && !allowIrrefutable) {
                throw error(a.name() == null ? "wildcard makes remaining patterns unreachable"
                        : "name capture '" + a.name() + "' makes remaining patterns unreachable");
            }
            if (a.pattern() != null) {
                pattern(a.pattern(), allowIrrefutable, stores);
            }
            store(a.name(), stores);
        } else if (p instanceof Pattern.MatchStar s) {
            store(s.name(), stores);
        } else if (p instanceof Pattern.MatchValue v) {
            if (!isLiteral(v.value())) {
                throw error("patterns may only match literals and attribute lookups");
            }
        } else if (p instanceof Pattern.MatchOr o) {
            or(o, allowIrrefutable, stores);
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern sub : s.patterns()) {
                pattern(sub, true, stores);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, stores);
        } else if (p instanceof Pattern.MatchClass k) {
            classPattern(k, stores);
        }
    }

    // CPython: pattern_helper_store_name
    private void store(String name, List<String> stores) {
        if (name == null) {
            return;
        }
        if (stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
    }

    // CPython: compiler_pattern_or; each alternative binds its own names, the same set as the first
    private void or(Pattern.MatchOr o, boolean allowIrrefutable, List<String> stores) {
        List<Pattern> alts = o.patterns();
        List<String> control = null;
        for (int i = 0; i < alts.size(); i++) {
            List<String> mine = new ArrayList<>();
            pattern(alts.get(i), allowIrrefutable && i == alts.size() - 1, mine);
            if (control == null) {
                control = mine;
            } else if (mine.size() != control.size() || !mine.containsAll(control)) {
                throw error("alternative patterns bind different names");
            }
        }
        for (String name : control) {
            store(name, stores);
        }
    }

    // CPython: compiler_pattern_mapping (keys first, then the values, then **rest)
    private void mapping(Pattern.MatchMapping m, List<String> stores) {
        List<PyObject> seen = new ArrayList<>();
        for (Expr key : m.keys()) {
            if (key instanceof Expr.Attribute) {
                continue;
            }
            PyObject value = literal(key);
            if (value == null) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            for (PyObject old : seen) {
                if (Ops.eqForContainer(old, value)) {
                    throw error("mapping pattern checks duplicate key (" + Ops.repr(value) + ")");
                }
            }
            seen.add(value);
        }
        for (Pattern sub : m.patterns()) {
            pattern(sub, true, stores);
        }
        store(m.rest(), stores);
    }

    // CPython: compiler_pattern_class, with validate_kwd_attrs before the sub-patterns
    private void classPattern(Pattern.MatchClass k, List<String> stores) {
        List<String> attrs = k.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    where = k.kwdPatterns().get(j);
                    throw error("attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        where = k;
        for (Pattern sub : k.patterns()) {
            pattern(sub, true, stores);
        }
        for (Pattern sub : k.kwdPatterns()) {
            pattern(sub, true, stores);
        }
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.Attribute || literal(e) != null;
    }

    /** The value of a literal the pattern grammar allows (a number, -number, a+bj, a string), else null. */
    private static PyObject literal(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Constants.toPython(c.value());
        } else if (e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.USub) {
            PyObject v = literal(u.operand());
            return v == null ? null : Ops.neg(v);
        } else if (e instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
            PyObject l = literal(b.left());
            PyObject r = literal(b.right());
            if (l == null || r == null) {
                return null;
            }
            return b.op() == Operator.Add ? Ops.add(l, r) : Ops.sub(l, r);
        }
        return null;
    }
}
