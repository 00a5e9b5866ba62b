package org.weft.python;

import java.util.List;

import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyModule;

/**
 * Where the interpreter finds the builtins owner's code: the list of Java modules
 * ({@code org.weft.python.modules.BuiltinModules.all()}) and the {@code builtins} module filler
 * ({@code org.weft.python.builtins.BuiltinsModule}).
 */
final class ModuleRegistry {
    private ModuleRegistry() {
    }

    /**
     * The registry is looked up once per interpreter by name so that the engine compiles before
     * the builtins owner's {@code BuiltinModules} exists. TODO: call it directly once it lands.
     */
    @SuppressWarnings("unchecked")
    static List<BuiltinModule> builtinModules() {
        try {
            Class<?> c = Class.forName("org.weft.python.modules.BuiltinModules");
            return (List<BuiltinModule>) c.getMethod("all").invoke(null);
        } catch (ReflectiveOperationException e) {
            return List.of();
        }
    }

    static void fillBuiltins(PyModule builtins, Interpreter interpreter) {
        new org.weft.python.builtins.BuiltinsModule().exec(builtins, interpreter);
    }
}
