package org.weft.python.ast;

import java.util.List;

/** A {@code case} pattern of a {@code match} statement: CPython's {@code ast.pattern}. */
public sealed interface Pattern extends Located {

    /** A literal or dotted-name value pattern, compared with {@code ==}. */
    record MatchValue(Expr value,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}. */
    record MatchSingleton(Object value,
                          int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns,
                         int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public MatchSequence {
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code {k1: p1, k2: p2, **rest}}; {@code rest} may be null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public MatchMapping {
            keys = List.copyOf(keys);
            patterns = List.copyOf(patterns);
        }
    }

    /** {@code cls(p1, p2, a=p3)}: positional {@code patterns}, then keyword attributes and patterns. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public MatchClass {
            patterns = List.copyOf(patterns);
            kwdAttrs = List.copyOf(kwdAttrs);
            kwdPatterns = List.copyOf(kwdPatterns);
        }
    }

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(String name,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /**
     * {@code pattern as name}, a capture ({@code pattern} null) or the wildcard {@code _} (both null).
     */
    record MatchAs(Pattern pattern, String name,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    record MatchOr(List<Pattern> patterns,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
        public MatchOr {
            patterns = List.copyOf(patterns);
        }
    }
}
