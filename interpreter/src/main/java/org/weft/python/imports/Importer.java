package org.weft.python.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.weft.python.Interpreter;
import org.weft.python.compiler.Compiler;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;
import org.weft.python.threads.Blocking;
import org.weft.python.threads.PythonThread;

/**
 * The import system of one {@link Interpreter}: {@code sys.modules} lookup, built-in (Java)
 * modules, {@code .py} modules and packages found on {@code sys.path} (or a package's
 * {@code __path__}), and Python modules shipped as classpath resources under
 * {@code /org/weft/python/lib/}.
 *
 * <p>Threads: each module name has its own reentrant lock, held while the module is found and
 * executed, so two threads importing one module get one module object, executed once; a thread
 * finding a module that another thread is still executing waits for it to finish. A thread
 * re-entering its own import (a circular import), or one whose wait would close a cycle of threads
 * importing each other's modules, gets the partly initialised module, as in CPython.
 */
public final class Importer {
    private static final String RESOURCE_ROOT = PyCode.LIBRARY_ROOT;

    private final Interpreter interpreter;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Which thread is executing each module's import now: read to detect import deadlocks. */
    private final ConcurrentHashMap<String, Thread> owners = new ConcurrentHashMap<>();
    /** Which module's lock each blocked thread waits for: read to detect import deadlocks. */
    private final ConcurrentHashMap<Thread, String> waitingFor = new ConcurrentHashMap<>();

    public Importer(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Imports the absolute dotted {@code name} and its parents; returns the leaf module. */
    public PyObject importModule(String name) {
        int dot = name.indexOf('.');
        PyObject m = null;
        while (true) {
            String part = dot < 0 ? name : name.substring(0, dot);
            m = importOne(part);
            if (dot < 0) {
                return m;
            }
            dot = name.indexOf('.', dot + 1);
        }
    }

    /**
     * {@code __import__(name, globals, fromlist, level)}: resolves a relative name against the
     * importing module's package, imports it, and returns the top-level package when
     * {@code fromlist} is empty, else the named module.
     */
    // CPython: PyImport_ImportModuleLevelObject in import.c
    public PyObject importName(String name, PyDict globals, boolean hasFromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject leaf = importModule(absolute);
        if (hasFromlist || level > 0) {
            return leaf;
        }
        int dot = absolute.indexOf('.');
        PyObject m = dot < 0 ? leaf : interpreter.modules().getItem(PyStr.of(absolute.substring(0, dot)));
        return m != null ? m : leaf;
    }

    // CPython: resolve_name in import.c
    private String resolveRelative(String name, PyDict globals, int level) {
        String pkg = null;
        PyObject p = globals == null ? null : globals.getItem("__package__");
        if (p instanceof PyStr s) {
            pkg = s.value();
        } else if (globals != null && globals.getItem("__name__") instanceof PyStr n) {
            pkg = globals.getItem("__path__") != null ? n.value() : parentOf(n.value());
        }
        if (pkg == null || pkg.isEmpty()) {
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static String parentOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** Imports one module whose parent (if any) is already imported. */
    private PyObject importOne(String fullname) {
        PyStr key = PyStr.of(fullname);
        PyObject m = interpreter.modules().getItem(key);
        ReentrantLock lock = locks.get(fullname);
        if (m != null && m != PyNone.NONE && (lock == null || !lock.isLocked() || lock.isHeldByCurrentThread())) {
            return m;
        }
        if (lock == null) {
            lock = locks.computeIfAbsent(fullname, k -> new ReentrantLock());
        }
        if (!lock.tryLock()) {
            // Another thread is importing it. CPython (_ModuleLock in importlib._bootstrap) waits for
            // it, unless waiting would close a cycle of threads importing each other's modules:
            // then, as there, the partly initialised module is the answer.
            if (m != null && m != PyNone.NONE && wouldDeadlock(fullname)) {
                return m;
            }
            Thread me = Thread.currentThread();
            waitingFor.put(me, fullname);
            // Wait without the GIL, which the importing thread needs to finish.
            PythonThread blocked = Blocking.begin(ThreadState.current());
            try {
                lock.lock();
            } finally {
                waitingFor.remove(me);
                Blocking.end(blocked);
            }
        }
        owners.put(fullname, Thread.currentThread());
        try {
            m = interpreter.modules().getItem(key);
            if (m != null && m != PyNone.NONE) {
                return m;
            }
            return load(fullname);
        } finally {
            if (lock.getHoldCount() == 1) {
                owners.remove(fullname);
            }
            lock.unlock();
        }
    }

    /** Whether the thread importing {@code fullname} waits, through others, for this thread. */
    private boolean wouldDeadlock(String fullname) {
        Thread me = Thread.currentThread();
        Thread t = owners.get(fullname);
        for (int hops = 0; t != null && hops < 1000; hops++) {
            if (t == me) {
                return true;
            }
            String awaited = waitingFor.get(t);
            t = awaited == null ? null : owners.get(awaited);
        }
        return false;
    }

    private PyObject load(String fullname) {
        String parent = parentOf(fullname);
        PyObject parentModule = parent.isEmpty() ? null : interpreter.modules().getItem(PyStr.of(parent));
        if (parentModule != null && Ops.getattrOrNull(parentModule, "__path__") == null) {
            // CPython: _find_and_load_unlocked, before looking for the submodule
            PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'; '%s' is not a package",
                    fullname, parent);
            Ops.setattr(e.value(), "name", PyStr.of(fullname));
            throw e;
        }
        PyModule m = loadBuiltin(fullname);
        if (m == null) {
            m = loadSource(fullname, parentModule);
        }
        if (m == null) {
            PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", fullname);
            Ops.setattr(e.value(), "name", PyStr.of(fullname));
            throw e;
        }
        if (parentModule != null) {
            Ops.setattr(parentModule, fullname.substring(parent.length() + 1), m);
        }
        return interpreter.modules().getItem(PyStr.of(fullname));
    }

    private PyModule loadBuiltin(String fullname) {
        BuiltinModule def = interpreter.builtinModule(fullname);
        if (def == null) {
            return null;
        }
        PyModule m = new PyModule(fullname).markBuiltIn();
        interpreter.modules().setItem(PyStr.of(fullname), m);
        try {
            def.exec(m, interpreter);
            org.weft.python.runtime.BuiltinDocs.completeModule(m);
        } catch (RuntimeException e) {
            interpreter.modules().delItem(PyStr.of(fullname));
            throw e;
        }
        return m;
    }

    private PyModule loadSource(String fullname, PyObject parentModule) {
        ModuleSource src = locate(fullname, parentModule);
        if (src != null) {
            return execSource(fullname, src);
        }
        List<String> portions = namespacePortions(fullname, parentModule);
        return portions.isEmpty() ? null : namespacePackage(fullname, portions);
    }

    /**
     * The directories named like the module, without {@code __init__.py}, on the search path: when no
     * module or regular package is found anywhere, they make a namespace package (PEP 420).
     */
    // CPython: FileFinder.find_spec and PathFinder._get_spec in importlib._bootstrap_external
    private List<String> namespacePortions(String fullname, PyObject parentModule) {
        String last = fullname.substring(fullname.lastIndexOf('.') + 1);
        PyObject path = parentModule != null ? Ops.getattrOrNull(parentModule, "__path__") : sysPath();
        List<String> portions = new ArrayList<>();
        if (path == null || path == PyNone.NONE) {
            return portions;
        }
        PyObject it = Ops.iter(path);
        for (PyObject entry = Ops.next(it); entry != null; entry = Ops.next(it)) {
            if (entry instanceof PyStr dir) {
                Path base = interpreter.moduleState().resolve(dir.value().isEmpty() ? "." : dir.value());
                Path portion = base.resolve(last).toAbsolutePath().normalize();
                // Weft's search path ends with the working directory, often the script's own again
                if (Files.isDirectory(portion) && !portions.contains(portion.toString())) {
                    portions.add(portion.toString());
                }
            }
        }
        return portions;
    }

    /** A namespace package: no code to run, no {@code __file__}, its portions as {@code __path__}. */
    private PyModule namespacePackage(String fullname, List<String> portions) {
        PyModule m = new PyModule(fullname);
        m.put("__file__", PyNone.NONE);
        m.put("__package__", PyStr.of(fullname));
        m.put("__path__", new PyList(portions.stream().map(PyStr::of).toArray(PyObject[]::new)));
        interpreter.modules().setItem(PyStr.of(fullname), m);
        return m;
    }

    /**
     * Finds the Python source of module {@code fullname} without executing it, as
     * {@code importlib.util.find_spec} would (for {@code python -m}): imports its parent packages
     * first. Returns null when there is no such source module (built-in modules have none).
     */
    public ModuleSource findSource(String fullname) {
        String parent = parentOf(fullname);
        PyObject parentModule = parent.isEmpty() ? null : importModule(parent);
        return locate(fullname, parentModule);
    }

    /**
     * Finds {@code X.py} or {@code X/__init__.py} on the search path (in a folder or a zip
     * archive), or a classpath resource.
     */
    private ModuleSource locate(String fullname, PyObject parentModule) {
        String last = fullname.substring(fullname.lastIndexOf('.') + 1);
        PyObject path = parentModule != null ? Ops.getattrOrNull(parentModule, "__path__") : sysPath();
        if (path != null && path != PyNone.NONE) {
            PyObject it = Ops.iter(path);
            for (PyObject entry = Ops.next(it); entry != null; entry = Ops.next(it)) {
                if (!(entry instanceof PyStr dir)) {
                    continue;
                }
                Path base = interpreter.moduleState().resolve(dir.value().isEmpty() ? "." : dir.value());
                Path init = base.resolve(last).resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    return new ModuleSource(init.toString(), read(init), base.resolve(last).toString());
                }
                Path file = base.resolve(last + ".py");
                if (Files.isRegularFile(file)) {
                    return new ModuleSource(file.toString(), read(file), null);
                }
                if (!Files.isDirectory(base)) {
                    ModuleSource zipped = ZipSource.locate(base, last);
                    if (zipped != null) {
                        return zipped;
                    }
                }
            }
        }
        return locateResource(fullname);
    }

    /**
     * A module shipped as a classpath resource: the interpreter's own library first, then the
     * roots an embedder added ({@link Interpreter#addModuleResources}).
     */
    private ModuleSource locateResource(String fullname) {
        ModuleSource found = locateResource(Importer.class, RESOURCE_ROOT, fullname);
        for (Interpreter.ModuleResources extra : interpreter.moduleResources()) {
            if (found != null) {
                break;
            }
            found = locateResource(extra.anchor(), extra.root(), fullname);
        }
        return found;
    }

    private static ModuleSource locateResource(Class<?> anchor, String root, String fullname) {
        String rel = fullname.replace('.', '/');
        String pkgInit = root + rel + "/__init__.py";
        String source = resource(anchor, pkgInit);
        if (source != null) {
            return new ModuleSource(pkgInit, source, root + rel);
        }
        String mod = root + rel + ".py";
        source = resource(anchor, mod);
        return source == null ? null : new ModuleSource(mod, source, null);
    }

    private static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return org.weft.python.SourceDecoding.decode(Files.readAllBytes(p), p.toString(), true);
        } catch (IOException e) {
            throw PyErr.format(PyExc.ImportError, "cannot read %s: %s", p, e.getMessage());
        }
    }

    /** {@code sys.path}, or (while there is no {@code sys}) the script's directory alone. */
    private PyObject sysPath() {
        PyModule sys = interpreter.sys();
        PyObject p = sys == null ? null : sys.get("path");
        if (p == null && interpreter.scriptDirectory() != null) {
            return new PyList(new PyObject[] {PyStr.of(interpreter.scriptDirectory())});
        }
        return p;
    }

    /** Executes module source as {@code fullname}. */
    private PyModule execSource(String fullname, ModuleSource src) {
        String file = src.file();
        String source = src.source();
        String packageDir = src.packageDir();
        PyModule m = new PyModule(fullname);
        boolean builtInThere = CPYTHON_BUILTIN_MODULES.contains(fullname) && file.equals(RESOURCE_ROOT + fullname + ".py");
        if (builtInThere) {
            m.markBuiltIn();
        }
        m.put("__file__", PyStr.of(file));
        m.put("__package__", PyStr.of(packageDir != null ? fullname : parentOf(fullname)));
        // as CPython's exec of module code: an imported module's __builtins__ is the builtins dict
        m.put("__builtins__", interpreter.builtinsModule().getDict());
        if (packageDir != null) {
            m.put("__path__", new PyList(new PyObject[] {PyStr.of(packageDir)}));
        }
        PyStr key = PyStr.of(fullname);
        interpreter.modules().setItem(key, m);
        try {
            PyCode code = interpreter.compile(source, file, Compiler.Kind.EXEC);
            interpreter.exec(code, m.getDict(), m.getDict());
            if (builtInThere) {
                // CPython's has no file: its repr says "(built-in)", and so does a failed from-import
                m.getDict().delItem(PyStr.of("__file__"));
            }
        } catch (RuntimeException e) {
            interpreter.modules().delItem(key);
            throw e;
        }
        return m;
    }

    /**
     * Modules that CPython builds into the interpreter (its sys.builtin_module_names) but Weft
     * writes in Python: CPython's have no {@code __file__}, so Weft's lose theirs once loaded,
     * and a failed {@code from itertools import izip} says "(unknown location)" as there.
     */
    private static final Set<String> CPYTHON_BUILTIN_MODULES = Set.of(
            "itertools", "atexit", "marshal", "faulthandler", "_codecs", "_operator", "_ast");

    /** {@code from module import name}: the attribute, or a submodule, or CPython's ImportError. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Ops.getattrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Ops.getattrOrNull(module, "__name__");
        if (modName instanceof PyStr s && Ops.getattrOrNull(module, "__path__") != null) {
            try {
                return importModule(s.value() + "." + name);
            } catch (PyException e) {
                if (!e.matches(PyExc.ModuleNotFoundError)) {
                    throw e;
                }
            }
        }
        String mn = modName instanceof PyStr s ? s.value() : "<unknown module name>";
        PyObject file = Ops.getattrOrNull(module, "__file__");
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        // CPython: import_from in ceval.c names a module still running its body (its spec's _initializing)
        PyException e = owners.containsKey(mn)
                ? PyErr.format(PyExc.ImportError, "cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name, mn, where)
                : PyErr.format(PyExc.ImportError, "cannot import name '%s' from '%s' (%s)", name, mn, where);
        Ops.setattr(e.value(), "name", PyStr.of(mn));
        if (file instanceof PyStr) {
            Ops.setattr(e.value(), "path", file); // CPython: the module's file, when it has one
        }
        return raise(e);
    }

    private static PyObject raise(PyException e) {
        throw e;
    }
}
