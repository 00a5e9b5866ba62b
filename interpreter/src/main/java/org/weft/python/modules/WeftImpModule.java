package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.imports.ModuleSource;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_imp}: what {@code importlib.util}, {@code importlib.machinery}, {@code runpy} and
 * {@code pkgutil} (written in Python) need from the engine's import system, which is in Java
 * and has no finders or loaders of its own to call: where a module's source is, without running
 * it, whether a name is a module built into the interpreter, and which modules ship inside it.
 * Stateless.
 */
public final class WeftImpModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_imp";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("find_source", PyBuiltinFunction.of1("find_source",
                "find_source($module, fullname, /)\n--\n\n"
                        + "(file, source, package_dir or None) of a module written in Python, or None.\n"
                        + "Imports the parent packages first, as a find_spec does.",
                (self, name) -> {
                    ModuleSource src = interpreter.importer().findSource(str(name));
                    if (src == null) {
                        return PyNone.NONE;
                    }
                    return PyTuple.of(PyStr.of(src.file()), PyStr.of(src.source()),
                            src.packageDir() == null ? PyNone.NONE : PyStr.of(src.packageDir()));
                }));
        m.put("resource_modules", PyBuiltinFunction.of1("resource_modules",
                "resource_modules($module, folder, /)\n--\n\n"
                        + "[(name, is_package)] of the modules shipped in a folder of the interpreter's library.",
                (self, folder) -> {
                    PyList out = new PyList();
                    for (ResourceListing.Entry e : ResourceListing.modules(str(folder))) {
                        out.append(PyTuple.of(PyStr.of(e.name()), PyBool.of(e.isPackage())));
                    }
                    return out;
                }));
        m.put("resource_root", PyStr.of("/org/weft/python/lib"));
        m.put("is_builtin", PyBuiltinFunction.of1("is_builtin",
                "is_builtin($module, name, /)\n--\n\nWhether name is a module built into the interpreter.",
                (self, name) -> PyBool.of(interpreter.builtinModule(str(name)) != null)));
    }

    private static String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("expected str, got %s", Ops.typeName(o));
    }
}
