package org.weft.kernel.completion;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/**
 * Names that import statements earlier in the cell will bind, for completing {@code os.pa} in
 * {@code import os\nos.pa} before the cell has run (jedi reads the cell the same way). Resolving
 * such a name imports the module, as IPython does to complete {@code from x import <tab>}.
 */
final class CellImports implements Function<String, PyObject> {
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+([\\w.]+(?:\\s+as\\s+\\w+)?(?:\\s*,\\s*[\\w.]+(?:\\s+as\\s+\\w+)?)*)\\s*(?:#.*)?$");
    private static final Pattern FROM = Pattern.compile(
            "^\\s*from\\s+([\\w.]+)\\s+import\\s+\\(?\\s*(\\w+(?:\\s+as\\s+\\w+)?(?:\\s*,\\s*\\w+(?:\\s+as\\s+\\w+)?)*)\\s*\\)?\\s*(?:#.*)?$");

    /** What a name is bound to: a module (attribute null) or an attribute of one. */
    private record Binding(String module, String attribute) {
    }

    private final Interpreter interpreter;
    private final Map<String, Binding> names = new HashMap<>();

    private CellImports(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The imports in {@code code} (the cell before the cursor's line). */
    static CellImports of(Interpreter interpreter, String code) {
        CellImports found = new CellImports(interpreter);
        for (String line : code.split("\n", -1)) {
            found.read(line);
        }
        return found;
    }

    private void read(String line) {
        Matcher m = IMPORT.matcher(line);
        if (m.matches()) {
            for (String part : m.group(1).split(",")) {
                String[] words = part.trim().split("\\s+as\\s+");
                String module = words[0].trim();
                if (words.length == 2) {
                    names.put(words[1].trim(), new Binding(module, null));
                } else {
                    // "import a.b" binds a
                    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
                    names.put(top, new Binding(top, null));
                }
            }
            return;
        }
        m = FROM.matcher(line);
        if (m.matches()) {
            for (String part : m.group(2).split(",")) {
                String[] words = part.trim().split("\\s+as\\s+");
                names.put(words[words.length - 1].trim(), new Binding(m.group(1), words[0].trim()));
            }
        }
    }

    /** The object {@code name} will be bound to, importing its module; null when unknown. */
    @Override
    public PyObject apply(String name) {
        Binding b = names.get(name);
        if (b == null || b.module().startsWith(".")) {
            return null;
        }
        PyObject module = interpreter.importer().importModule(b.module());
        if (b.attribute() == null) {
            return module;
        }
        PyObject value = Ops.getattrOrNull(module, b.attribute());
        if (value != null) {
            return value;
        }
        return interpreter.importer().importModule(b.module() + "." + b.attribute());
    }
}
