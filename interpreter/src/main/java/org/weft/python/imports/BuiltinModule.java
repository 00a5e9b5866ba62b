package org.weft.python.imports;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyModule;

/**
 * A module written in Java ({@code sys}, {@code time}, {@code math}, ...). The import system
 * makes a fresh {@link PyModule} named {@link #name()} for each {@link Interpreter}, puts it in
 * {@code sys.modules}, then calls {@link #exec} to fill its namespace, exactly once per
 * interpreter (per-module import lock). Implementations are stateless: any state belongs in the
 * module object or the interpreter, never in static fields.
 *
 * <p>The list of built-in modules is {@code org.weft.python.modules.BuiltinModules.all()}
 * (maintained by the builtins owner); an {@code Interpreter} indexes it by name on creation and
 * runs each module's {@code exec} lazily, on first import.
 */
public interface BuiltinModule {

    /** The full dotted module name, e.g. {@code "sys"} or {@code "os.path"}... ({@code "posixpath"}). */
    String name();

    /**
     * Fills {@code module}'s namespace ({@code module.getDict()}): functions, constants, types.
     * {@code __name__} and {@code __doc__} are already set; set {@code __doc__} again to give one.
     */
    void exec(PyModule module, Interpreter interpreter);
}
