package org.weft.python.modules;

/** A Python regular-expression syntax error found by {@link ReTranslator}: CPython's message and position. */
final class ReSyntaxError extends RuntimeException {

    /** Index in the pattern, or -1 for an error CPython reports with no position. */
    final int pos;

    ReSyntaxError(String msg, int pos) {
        super(msg, null, false, false);
        this.pos = pos;
    }
}
