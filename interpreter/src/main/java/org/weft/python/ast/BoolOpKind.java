package org.weft.python.ast;

/** CPython's {@code ast.boolop}. */
public enum BoolOpKind {
    And, Or
}
