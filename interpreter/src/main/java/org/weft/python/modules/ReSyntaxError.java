package org.weft.python.modules;

/** A Python regular-expression syntax error found by {@link ReTranslator}: CPython's message and position. */
final class ReSyntaxError extends RuntimeException {

    final int pos;

    ReSyntaxError(String msg, int pos) {
        super(msg, null, false, false);
        this.pos = pos;
    }
}
