package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;

/** The argument parsers of the builtins that take keywords (immutable, shared). */
final class Params {

    private Params() {
    }

    static final ArgParser ENUMERATE = ArgParser.of("enumerate", "iterable", "start=");
    static final ArgParser SORTED = ArgParser.of("sorted", "iterable", "/", "*", "key=", "reverse=");
    static final ArgParser SUM = ArgParser.of("sum", "iterable", "/", "start=");
    static final ArgParser ROUND = ArgParser.of("round", "number", "ndigits=");
    static final ArgParser POW = ArgParser.of("pow", "base", "exp", "mod=");
    static final ArgParser PRINT = ArgParser.of("print", "*args", "sep=", "end=", "file=", "flush=");
    static final ArgParser OPEN = ArgParser.of("open", "file", "mode=", "buffering=", "encoding=", "errors=",
            "newline=", "closefd=", "opener=");
    static final ArgParser COMPILE = ArgParser.of("compile", "source", "filename", "mode", "flags=",
            "dont_inherit=", "optimize=", "*", "_feature_version=");
    static final ArgParser EXEC = ArgParser.of("exec", "source", "globals=", "locals=", "/", "*", "closure=");
    static final ArgParser EVAL = ArgParser.of("eval", "source", "globals=", "locals=", "/");
    static final ArgParser IMPORT = ArgParser.of("__import__", "name", "globals=", "locals=", "fromlist=",
            "level=");
}
