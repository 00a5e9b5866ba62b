package org.weft.kernel.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * Names that {@code import} could find, without importing anything: modules already in
 * {@code sys.modules}, the built-in (Java) modules, the standard library shipped as resources, and
 * {@code .py} files and packages in the folders of {@code sys.path}, as IPython's module completer
 * and jedi list them.
 */
final class ModuleNames {
    private final Interpreter interpreter;
    private final ResourceModules stdlib;
    private final ResourceModules kernelLib;

    ModuleNames(Interpreter interpreter, ResourceModules stdlib, ResourceModules kernelLib) {
        this.interpreter = interpreter;
        this.stdlib = stdlib;
        this.kernelLib = kernelLib;
    }

    /** Top-level module and package names. */
    Set<String> topLevel() {
        Set<String> names = children("");
        names.addAll(interpreter.builtinModuleNames());
        return names;
    }

    /** Names of the modules directly inside package {@code pkg} ({@code ""}: the top level), without the package prefix. */
    Set<String> children(String pkg) {
        Set<String> names = new TreeSet<>();
        String prefix = pkg.isEmpty() ? "" : pkg + ".";
        for (PyObject k : interpreter.modules().keys()) {
            if (k instanceof PyStr s && s.value().startsWith(prefix)) {
                String rest = s.value().substring(prefix.length());
                names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        names.addAll(stdlib.children(pkg));
        names.addAll(kernelLib.children(pkg));
        String relative = pkg.replace('.', '/');
        for (String dir : pathEntries(interpreter.sys(), "path")) {
            Path base = interpreter.moduleState().resolve(dir.isEmpty() ? "." : dir);
            Path folder = pkg.isEmpty() ? base : base.resolve(relative);
            if (pkg.isEmpty() || Files.isRegularFile(folder.resolve("__init__.py"))) {
                listFolder(folder, names);
            }
        }
        if (!pkg.isEmpty() && interpreter.modules().getItem(pkg) instanceof PyModule m) {
            for (String dir : pathEntries(m, "__path__")) {
                listFolder(interpreter.moduleState().resolve(dir), names);
            }
        }
        names.removeIf(n -> !Identifiers.isIdentifier(n));
        return names;
    }

    /** The strings of a list attribute such as {@code sys.path} or a package's {@code __path__}. */
    private static Set<String> pathEntries(PyModule module, String attribute) {
        Set<String> out = new java.util.LinkedHashSet<>();
        PyObject list = module == null ? null : Ops.getattrOrNull(module, attribute);
        if (list == null || list == PyNone.NONE) {
            return out;
        }
        PyObject it = Ops.iter(list);
        for (PyObject e = Ops.next(it); e != null; e = Ops.next(it)) {
            if (e instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static void listFolder(Path folder, Set<String> names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".py") && Files.isRegularFile(p) && !n.equals("__init__.py")) {
                    names.add(n.substring(0, n.length() - 3));
                } else if (Files.isRegularFile(p.resolve("__init__.py"))) {
                    names.add(n);
                }
            });
        } catch (IOException | RuntimeException e) {
            // An unreadable folder offers nothing.
        }
    }
}
