package org.weft.python.runtime;

/** The six rich comparisons, with their dunder names, symbols and reflections. CPython: Py_LT...Py_GE. */
public enum CompareOp {
    LT("__lt__", "<"),
    LE("__le__", "<="),
    EQ("__eq__", "=="),
    NE("__ne__", "!="),
    GT("__gt__", ">"),
    GE("__ge__", ">=");

    /** The special method name, e.g. {@code "__lt__"}. */
    public final String dunder;
    /** The operator as written in Python, e.g. {@code "<"}. */
    public final String symbol;

    CompareOp(String dunder, String symbol) {
        this.dunder = dunder;
        this.symbol = symbol;
    }

    /** The operation with operands exchanged: {@code a < b} is {@code b > a}. CPython: _Py_SwappedOp. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The outcome of comparing two values with {@link Comparable#compareTo}-style result {@code c}. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
