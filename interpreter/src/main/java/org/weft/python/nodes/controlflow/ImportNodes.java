package org.weft.python.nodes.controlflow;

import org.weft.python.Interpreter;
import org.weft.python.imports.Importer;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** {@code import a.b [as c]}, {@code from m import x [as y]}, {@code from m import *}. */
public final class ImportNodes {
    private ImportNodes() {
    }

    static Importer importer(Frame f) {
        if (f.ts.interpreter() instanceof Interpreter i) {
            return i.importer();
        }
        throw PyErr.format(PyExc.ImportError, "no interpreter to import with");
    }

    /**
     * The {@code __import__} that a program put in builtins in place of Weft's own, or null when it is
     * Weft's own (the usual case, which imports directly). An import statement calls a replacement
     * as CPython's IMPORT_NAME does: {@code (name, globals, locals or None, fromlist, level)}.
     */
    // CPython: import_name in ceval.c
    static PyObject replacedImport(Frame f) {
        PyObject imp = f.builtins.getItem("__import__");
        if (imp == null) {
            throw PyErr.format(PyExc.ImportError, "__import__ not found");
        }
        boolean own = imp instanceof PyBuiltinFunction b && b.getName().equals("__import__") && b.getSelf() == null;
        return own ? null : imp;
    }

    static PyObject callImport(PyObject imp, Frame f, String name, PyObject fromlist, int level) {
        PyObject locals = f.namespace == null ? PyNone.NONE : f.namespace;
        return Ops.call(imp, PyStr.of(name), f.globals, locals, fromlist, PyInt.of(level));
    }

    static PyTuple names(String... names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(items);
    }

    /** {@code import name} binds the top package; {@code import name as x} binds the leaf module. */
    public static final class Import extends StmtNode {
        private final String name;
        private final boolean leaf;
        private final TargetNode target;

        public Import(int lineno, String name, boolean leaf, TargetNode target) {
            super(lineno);
            this.name = name;
            this.leaf = leaf;
            this.target = target;
        }

        @Override
        public int execute(Frame f) {
            Importer imp = importer(f);
            PyObject replaced = replacedImport(f);
            PyObject m;
            if (replaced == null) {
                m = leaf ? imp.importModule(name) : imp.importName(name, f.globals, false, 0);
            } else {
                m = callImport(replaced, f, name, PyNone.NONE, 0);
                if (leaf) { // CPython walks from the top package to the leaf with IMPORT_FROM
                    String[] parts = name.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        m = imp.importFrom(m, parts[i]);
                    }
                }
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    /** {@code from module import a as b, c}. */
    public static final class ImportFrom extends StmtNode {
        private final String module;
        private final int level;
        private final String[] names;
        private final TargetNode[] targets;

        public ImportFrom(int lineno, String module, int level, String[] names, TargetNode[] targets) {
            super(lineno);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        public int execute(Frame f) {
            Importer imp = importer(f);
            PyObject replaced = replacedImport(f);
            PyObject m = replaced == null ? imp.importName(module, f.globals, true, level)
                    : callImport(replaced, f, module, names(names), level);
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(f, imp.importFrom(m, names[i]));
            }
            return NORMAL;
        }
    }

    /** {@code from module import *}: the names in {@code __all__}, else the public names. */
    public static final class ImportStar extends StmtNode {
        private final String module;
        private final int level;

        public ImportStar(int lineno, String module, int level) {
            super(lineno);
            this.module = module;
            this.level = level;
        }

        @Override
        public int execute(Frame f) {
            PyObject replaced = replacedImport(f);
            PyObject m = replaced == null ? importer(f).importName(module, f.globals, true, level)
                    : callImport(replaced, f, module, names("*"), level);
            PyObject all = Ops.getattrOrNull(m, "__all__");
            boolean filter = all == null;
            if (all != null && Ops.getattrOrNull(m, "__path__") != null) {
                importListedSubmodules(importer(f), m, all);
            }
            PyObject names = all != null ? all : Ops.call(Ops.getattr(m.getDict(), "keys"));
            PyObject it = Ops.iter(names);
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                if (!(n instanceof PyStr s)) {
                    // CPython: import_all_from in ceval.c
                    throw PyErr.typeError("%s in %s.%s must be str, not %s", filter ? "Key" : "Item",
                            moduleName(m), filter ? "__dict__" : "__all__", Ops.typeName(n));
                }
                String name = s.value();
                if (filter && name.startsWith("_")) {
                    continue;
                }
                Ops.setitem(f.namespace, n, Ops.getattr(m, name));
            }
            return NORMAL;
        }

        /** A package's {@code __all__} may name submodules not yet imported: star-import imports them. */
        // CPython: _handle_fromlist in importlib._bootstrap
        private static void importListedSubmodules(Importer imp, PyObject pkg, PyObject all) {
            PyObject it = Ops.iter(all);
            for (PyObject n = Ops.next(it); n != null; n = Ops.next(it)) {
                if (n instanceof PyStr s && Ops.getattrOrNull(pkg, s.value()) == null) {
                    try {
                        imp.importModule(moduleName(pkg) + "." + s.value());
                    } catch (PyException e) {
                        if (!e.matches(PyExc.ModuleNotFoundError)) {
                            throw e;
                        }
                    }
                }
            }
        }

        private static String moduleName(PyObject m) {
            return Ops.getattrOrNull(m, "__name__") instanceof PyStr s ? s.value() : "<unknown module name>";
        }
    }
}
