package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyStr;

/**
 * {@code _weft_inspect}: what the {@code inspect} module (written in Python) needs from the
 * engine: the source text the interpreter remembers for a file name (scripts, imported modules,
 * notebook cells and {@code exec} strings alike), so that {@code inspect.getsource} works where
 * no file exists. Stateless: the sources belong to the {@link Interpreter}.
 */
public final class WeftInspectModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_inspect";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("source", PyBuiltinFunction.of1("source",
                "source($module, filename, /)\n--\n\nThe source text remembered for filename, or None.",
                (self, filename) -> {
                    if (!(filename instanceof PyStr s)) {
                        return PyNone.NONE;
                    }
                    String text = interpreter.rememberedSource(s.value());
                    return text == null ? PyNone.NONE : PyStr.of(text);
                }));
    }
}
