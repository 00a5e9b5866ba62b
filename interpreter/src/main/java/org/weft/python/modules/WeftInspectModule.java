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
 * no file exists; and the marker line a traceback prints under a source line. Stateless: the sources belong to the {@link Interpreter}.
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
        m.put("carets", PyBuiltinFunction.of1("carets",
                "carets($module, args, /)\n--\n\nThe traceback marker line for (line, lineno, end_lineno, colno, end_colno), or None.",
                (self, args) -> {
                    if (!(args instanceof org.weft.python.runtime.PyTuple t) || t.size() != 5
                            || !(t.get(0) instanceof PyStr line)) {
                        return PyNone.NONE;
                    }
                    int[] n = new int[4];
                    for (int i = 0; i < 4; i++) {
                        if (!(t.get(i + 1) instanceof org.weft.python.runtime.PyInt v)) {
                            return PyNone.NONE;
                        }
                        n[i] = (int) v.longValue();
                    }
                    String c = org.weft.python.TracebackCarets.of(line.value(),
                            new org.weft.python.runtime.SourceSpan(n[0], n[2], n[1], n[3]));
                    return c == null ? PyNone.NONE : PyStr.of(c);
                }));
    }
}
