package org.weft.python.compiler;

import java.util.List;

import org.weft.python.ast.MatchCase;
import org.weft.python.ast.Pattern;
import org.weft.python.ast.Stmt;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.nodes.pattern.ClassPattern;
import org.weft.python.nodes.pattern.MappingPattern;
import org.weft.python.nodes.pattern.MatchStmt;
import org.weft.python.nodes.pattern.PatternNode;
import org.weft.python.nodes.pattern.SequencePattern;
import org.weft.python.nodes.pattern.SimplePatterns;
import org.weft.python.runtime.SourceSpan;

/** Compiles {@code match} statements and their patterns (CPython's {@code compiler_pattern}). */
final class MatchBuilder {
    private MatchBuilder() {
    }

    static StmtNode build(Compiler c, Stmt.Match m) {
        MatchStmt.Case[] cases = new MatchStmt.Case[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase mc = m.cases().get(i);
            PatternChecks.check(mc.pattern(), mc.guard() != null || i == cases.length - 1);
            cases[i] = new MatchStmt.Case(mc.pattern().lineno(), pattern(c, mc.pattern()),
                    mc.guard() == null ? null : c.exprs.compile(mc.guard()), c.stmts.body(mc.body(), m.lineno()));
        }
        return new MatchStmt(m.lineno(), c.exprs.compile(m.subject()), cases);
    }

    static PatternNode pattern(Compiler c, Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            return SimplePatterns.value(c.exprs.compile(v.value()));
        } else if (p instanceof Pattern.MatchSingleton s) {
            return SimplePatterns.singleton(Constants.toPython(s.value()));
        } else if (p instanceof Pattern.MatchAs a) {
            return SimplePatterns.as(a.pattern() == null ? null : pattern(c, a.pattern()),
                    a.name() == null ? null : c.names.target(a.name(), a));
        } else if (p instanceof Pattern.MatchOr o) {
            return SimplePatterns.or(patterns(c, o.patterns()));
        } else if (p instanceof Pattern.MatchSequence s) {
            return sequence(c, s);
        } else if (p instanceof Pattern.MatchMapping m) {
            return new MappingPattern(c.exprs.compileAll(m.keys()), patterns(c, m.patterns()),
                    m.rest() == null ? null : c.names.target(m.rest(), m));
        } else if (p instanceof Pattern.MatchClass k) {
            return new ClassPattern(c.exprs.compile(k.cls()), patterns(c, k.patterns()),
                    k.kwdAttrs().toArray(new String[0]), patterns(c, k.kwdPatterns()),
                    new SourceSpan(k.lineno(), k.colOffset(), k.endLineno(), k.endColOffset()));
        }
        throw new CompileError("can't use starred name here", p);
    }

    private static PatternNode[] patterns(Compiler c, List<Pattern> ps) {
        PatternNode[] r = new PatternNode[ps.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = pattern(c, ps.get(i));
        }
        return r;
    }

    private static PatternNode sequence(Compiler c, Pattern.MatchSequence s) {
        PatternNode[] r = new PatternNode[s.patterns().size()];
        boolean[] wildcard = new boolean[r.length];
        int star = -1;
        TargetNode starTarget = null;
        for (int i = 0; i < r.length; i++) {
            Pattern sub = s.patterns().get(i);
            wildcard[i] = sub instanceof Pattern.MatchStar st0 && st0.name() == null
                    || sub instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
            if (sub instanceof Pattern.MatchStar st) {
                if (star >= 0) {
                    throw new CompileError("multiple starred names in sequence pattern", s);
                }
                star = i;
                starTarget = st.name() == null ? null : c.names.target(st.name(), st);
            } else {
                r[i] = pattern(c, sub);
            }
        }
        return new SequencePattern(r, star, starTarget, wildcard);
    }
}
