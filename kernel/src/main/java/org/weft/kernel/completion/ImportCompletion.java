package org.weft.kernel.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.weft.python.Interpreter;
import org.weft.python.runtime.PyObject;

/**
 * Completion in import statements: module names after {@code import} and {@code from} (dotted
 * submodules as whole names, as jedi gives them), {@code import} after {@code from x}, and the
 * names of module {@code x} after {@code from x import}.
 */
final class ImportCompletion {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(.*)$", FLAGS);
    private static final Pattern FROM_MODULE = Pattern.compile("^from\\s+([\\w.]*)$", FLAGS);
    private static final Pattern FROM_KEYWORD = Pattern.compile("^from\\s+[\\w.]+\\s+(\\w*)$", FLAGS);
    private static final Pattern FROM_NAMES = Pattern.compile("^from\\s+([\\w.]+)\\s+import\\s+(.*)$", FLAGS);

    private final Interpreter interpreter;
    private final ModuleNames modules;

    ImportCompletion(Interpreter interpreter, ModuleNames modules) {
        this.interpreter = interpreter;
        this.modules = modules;
    }

    /** Matches when {@code statement} (which starts at {@code offset} in its line) is an import; null otherwise. */
    LineMatches complete(String statement, int offset) {
        Matcher m = IMPORT.matcher(statement);
        if (m.matches()) {
            return moduleItem(m.group(1), offset + m.start(1));
        }
        m = FROM_MODULE.matcher(statement);
        if (m.matches()) {
            return moduleItem(m.group(1), offset + m.start(1));
        }
        m = FROM_KEYWORD.matcher(statement);
        if (m.matches()) {
            return new LineMatches("import".startsWith(m.group(1)) ? List.of("import") : List.of(), offset + m.start(1));
        }
        m = FROM_NAMES.matcher(statement);
        if (m.matches()) {
            String rest = m.group(2);
            int itemStart = Math.max(rest.lastIndexOf(','), rest.lastIndexOf('(')) + 1;
            String item = rest.substring(itemStart).stripLeading();
            if (!item.isEmpty() && !Identifiers.isIdentifier(item)) {
                return LineMatches.nothing(); // "x as y", or not a name
            }
            int start = offset + m.start(2) + rest.length() - item.length();
            return new LineMatches(namesInModule(m.group(1), item), start);
        }
        return null;
    }

    /** The dotted module name being typed in an import list ({@code import json, co}). */
    private LineMatches moduleItem(String list, int listStart) {
        String item = list.substring(list.lastIndexOf(',') + 1).stripLeading();
        if (item.startsWith(".") || !item.codePoints().allMatch(c -> c == '.' || Identifiers.isPart(c))) {
            return LineMatches.nothing(); // relative imports, "x as y"
        }
        int start = listStart + list.length() - item.length();
        int dot = item.lastIndexOf('.');
        if (dot < 0) {
            return new LineMatches(MatchOrder.selectDotted(modules.topLevel(), item), start);
        }
        String pkg = item.substring(0, dot);
        List<String> full = new ArrayList<>();
        for (String child : modules.children(pkg)) {
            full.add(pkg + "." + child);
        }
        return new LineMatches(MatchOrder.selectDotted(full, item), start);
    }

    /** {@code from module import <prefix>}: the module's names (it is imported, as IPython does) and submodules. */
    private List<String> namesInModule(String module, String prefix) {
        if (module.startsWith(".")) {
            return List.of();
        }
        Set<String> names = modules.children(module);
        PyObject m = BoundInterpreter.call(interpreter, () -> interpreter.importer().importModule(module), null);
        if (m != null) {
            names.addAll(interpreter.attributes(m));
        }
        return MatchOrder.select(names, prefix);
    }
}
