package org.weft.python.ast;

/** The singleton constants that have no natural Java value: {@code None} and {@code ...}. */
public enum ConstantKind {
    NONE, ELLIPSIS
}
