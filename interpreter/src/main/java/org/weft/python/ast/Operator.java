package org.weft.python.ast;

/** CPython's {@code ast.operator}: binary and augmented-assignment operators. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source, e.g. {@code "//"}. */
    public String symbol() {
        return symbol;
    }
}
