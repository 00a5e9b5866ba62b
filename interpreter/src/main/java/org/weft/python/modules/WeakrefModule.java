package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyModule;

/** {@code _weakref}: weak references on java.lang.ref (see {@link PyWeakref}). */
public final class WeakrefModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
    }
}
