package org.weft.python.ast;

/** CPython's {@code ast.cmpop}. */
public enum CmpOp {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="),
    Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    private final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source, e.g. {@code "not in"}. */
    public String symbol() {
        return symbol;
    }
}
