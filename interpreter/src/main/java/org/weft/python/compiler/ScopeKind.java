package org.weft.python.compiler;

/** What kind of block a {@link Scope} is: CPython's {@code _Py_block_ty}, with comprehensions apart. */
public enum ScopeKind {
    /** A module, or code run by {@code exec}/{@code eval}: names live in a namespace mapping. */
    MODULE,
    /** A class body: names live in the class namespace; functions inside do not see them. */
    CLASS,
    /** A {@code def} or {@code lambda}: names live in frame slots and cells. */
    FUNCTION,
    /** A comprehension or generator expression: a function of one argument, {@code .0}. */
    COMPREHENSION
}
