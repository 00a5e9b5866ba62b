package org.weft.python.ast;

/** CPython's {@code ast.unaryop}. */
public enum UnaryOpKind {
    Invert, Not, UAdd, USub
}
