package org.weft.python.ast;

/** {@code contextExpr as optionalVars} in a {@code with}; {@code optionalVars} may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
