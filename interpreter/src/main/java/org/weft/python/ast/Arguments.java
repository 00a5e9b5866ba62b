package org.weft.python.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parameters of a function or lambda (CPython's {@code ast.arguments}).
 * {@code defaults} belong to the last positional parameters ({@code posonlyargs} then {@code args});
 * {@code kwDefaults} is parallel to {@code kwonlyargs}, with {@code null} where there is no default.
 * {@code vararg} and {@code kwarg} may be null.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public Arguments {
        posonlyargs = List.copyOf(posonlyargs);
        args = List.copyOf(args);
        kwonlyargs = List.copyOf(kwonlyargs);
        kwDefaults = Collections.unmodifiableList(new ArrayList<>(kwDefaults));
        defaults = List.copyOf(defaults);
    }

    /** The parameter list of {@code def f():}. */
    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
