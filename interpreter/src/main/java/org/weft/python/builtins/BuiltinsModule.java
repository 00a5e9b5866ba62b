package org.weft.python.builtins;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyNotImplemented;
import org.weft.python.runtime.PyStr;

/**
 * The {@code builtins} module: the built-in functions (grouped by theme in
 * {@link IterationBuiltins}, {@link NumericBuiltins}, {@link ReflectionBuiltins},
 * {@link IoBuiltins}, {@link CodeBuiltins}), the built-in types and exceptions, the constants.
 */
public final class BuiltinsModule implements BuiltinModule {

    static final String DOC = "Built-in functions, types, exceptions, and other objects.\n\n"
            + "This module provides direct access to all 'built-in'\n"
            + "identifiers of Python; for example, builtins.len is\n"
            + "the full name for the built-in function len().\n\n"
            + "This module is not normally accessed explicitly by most\n"
            + "applications, but can be useful in modules that provide\n"
            + "objects with the same name as a built-in value, but in\n"
            + "which the built-in of that name is also desired.";

    @Override
    public String name() {
        return "builtins";
    }

    @Override
    public void exec(PyModule module, Interpreter interpreter) {
        fill(module);
    }

    /** Fills a builtins module; usable without an interpreter (unit tests). */
    public static void fill(PyModule m) {
        m.put("__doc__", PyStr.of(DOC));
        m.put("None", PyNone.NONE);
        m.put("True", PyBool.TRUE);
        m.put("False", PyBool.FALSE);
        m.put("Ellipsis", PyEllipsis.ELLIPSIS);
        m.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.put("__debug__", PyBool.TRUE);
        IterationBuiltins.define(m);
        AsyncIterationBuiltins.define(m);
        NumericBuiltins.define(m);
        ReflectionBuiltins.define(m);
        IoBuiltins.define(m);
        CodeBuiltins.define(m);
        BuiltinTypes.define(m);
        m.put("help", Helper.newHelper());
        m.put("exit", Quitter.of("exit"));
        m.put("quit", Quitter.of("quit"));
    }

    /** Puts a builtin function in the module, bound to it (its {@code __self__} and {@code __module__}). */
    static void def(PyModule m, PyBuiltinFunction f) {
        m.put(f.getName(), f.bindTo(m));
    }
}
