package org.weft.python.parser;

/** What to parse: CPython's compile modes {@code 'exec'}, {@code 'eval'} and {@code 'single'}. */
public enum Mode {
    /** A module: any number of statements; gives {@code Mod.Module}. */
    EXEC,
    /** One expression: gives {@code Mod.Expression}. */
    EVAL,
    /** One interactive statement (simple statements on one line, or one compound statement): gives {@code Mod.Interactive}. */
    SINGLE
}
