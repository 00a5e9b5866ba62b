package org.weft.kernel.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyMethod;
import org.weft.python.runtime.PyMethodDescriptor;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyProperty;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * Gathers an {@link ObjectInfo}: IPython 8's {@code Inspector.info}, field by field, on top of the
 * interpreter's {@code inspect} module. Call with the interpreter bound to the thread.
 */
final class InfoCollector {
    private static final int STRING_MAX = 200;
    private static final int STRING_HALF = (STRING_MAX - 5) / 2;
    /**
     * CPython's {@code types.FunctionType.__call__.__doc__}, which IPython skips as auto-generated;
     * compared as well as the interpreter's own, in case that one differs.
     */
    private static final String FUNC_CALL_DOCSTRING = "Call self as a function.";

    private final PyInspect inspect;

    InfoCollector(PyInspect inspect) {
        this.inspect = inspect;
    }

    /** The fields every kind of object has. */
    private record Common(String typeName, String stringForm, String namespace, String length, String file,
            String docstring, String source) {
    }

    // IPython: oinspect.Inspector.info (no magics, no aliases)
    ObjectInfo info(PyObject obj, String oname, String namespace, int detailLevel) {
        String ds = inspect.getdoc(obj);
        if (ds == null) {
            ds = "<no docstring>";
        }
        String file = inspect.findFile(obj);
        boolean binaryFile = file == null || file.endsWith(".so") || file.endsWith(".dll") || file.endsWith(".pyd");
        if (file != null && file.endsWith("<string>")) {
            file = "Dynamically generated function. No source code available.";
        }
        String source = null;
        if (detailLevel > 0 && (Ops.isInstance(obj, PyProperty.TYPE) || !binaryFile)) {
            source = inspect.getsource(obj, oname);
            source = source == null ? null : source.stripTrailing();
        }
        // the docstring only when the source shown does not already hold it
        String docstring = !ds.isEmpty() && !DocstringInSource.contains(inspect, source, ds) ? ds : null;
        Common common = new Common(obj.type().getName(), stringForm(obj, detailLevel), namespace, length(obj),
                file == null ? null : compressUser(file), docstring, source);
        return obj instanceof PyType type ? classInfo(type, oname, common) : instanceInfo(obj, oname, ds, common);
    }

    private ObjectInfo classInfo(PyType cls, String oname, Common c) {
        String initDef = definition(cls, oname);
        String initDs = null;
        PyObject init = getattrOrNull(cls, "__init__");
        if (init != null) {
            if (initDef == null) {
                // Get signature from init if top-level sig failed (built-in types).
                initDef = definition(init, oname);
            }
            initDs = initDocstring(cls);
        }
        return new ObjectInfo(c.typeName(), c.stringForm(), c.namespace(), c.length(), c.file(), null,
                c.docstring(), c.source(), initDef, null, initDs, null, null, subclasses(cls), true, false);
    }

    private ObjectInfo instanceInfo(PyObject obj, String oname, String ds, Common c) {
        String definition = definition(obj, oname);
        String classDs = null;
        if (!ds.isEmpty()) {
            // the class docstring, when the instance has its own
            classDs = inspect.getdoc(obj.type());
            if (classDs != null && (builtinTypeDocstrings().contains(classDs) || ds.equals(classDs))) {
                classDs = null;
            }
        }
        String callDef = null;
        String callDs = null;
        PyObject call = isSimpleCallable(obj) ? null : getattrOrNull(obj, "__call__");
        if (call != null) {
            callDef = definition(call, oname);
            callDef = callDef != null && callDef.equals(definition) ? null : callDef;
            callDs = inspect.getdoc(call);
            if (callDs != null && (callDs.equals(FUNC_CALL_DOCSTRING)
                    || callDs.equals(text(Ops.getattrOrNull(Ops.getattr(PyFunction.TYPE, "__call__"), "__doc__"))))) {
                callDs = null;
            }
        }
        return new ObjectInfo(c.typeName(), c.stringForm(), c.namespace(), c.length(), c.file(), definition,
                c.docstring(), c.source(), null, classDs, initDocstring(obj), callDef, callDs, null, false,
                isSimpleCallable(obj));
    }

    /** The signature line, or null: IPython's {@code _getdef}. */
    private String definition(PyObject obj, String oname) {
        try {
            PyObject sig = inspect.signature(obj);
            return sig == null ? null : SignatureText.render(inspect, sig, oname);
        } catch (PyException | StackOverflowError e) {
            return null;
        }
    }

    /** {@code getdoc(obj.__init__)}, except Python's auto-generated one. */
    private String initDocstring(PyObject obj) {
        PyObject init = getattrOrNull(obj, "__init__");
        String ds = init == null ? null : inspect.getdoc(init);
        String objectInit = text(Ops.getattrOrNull(Ops.getattr(PyObject.TYPE, "__init__"), "__doc__"));
        return ds == null || ds.isEmpty() || ds.equals(objectInit) ? null : ds;
    }

    /** The attribute, or null when reading it fails in any way: IPython's {@code safe_hasattr}. */
    private static PyObject getattrOrNull(PyObject obj, String name) {
        try {
            return Ops.getattrOrNull(obj, name);
        } catch (PyException | StackOverflowError e) {
            return null;
        }
    }

    /** The docstrings of module, method, function and property, which instances should not repeat. */
    private Set<String> builtinTypeDocstrings() {
        return Stream.of(PyModule.TYPE, PyMethod.TYPE, PyFunction.TYPE, PyProperty.TYPE)
                .map(inspect::getdoc).filter(d -> d != null).collect(Collectors.toSet());
    }

    // IPython: oinspect.is_simple_callable
    static boolean isSimpleCallable(PyObject obj) {
        return obj instanceof PyFunction || obj instanceof PyMethod
                || Ops.isInstance(obj, PyBuiltinFunction.TYPE) || Ops.isInstance(obj, PyMethodDescriptor.TYPE);
    }

    /** {@code str(obj)}; at detail 0, a long one is cut in the middle as IPython does. */
    private static String stringForm(PyObject obj, int detailLevel) {
        String s;
        try {
            s = Ops.str(obj).value();
        } catch (PyException | StackOverflowError e) {
            return null;
        }
        int n = s.codePointCount(0, s.length());
        if (detailLevel == 0 && n > STRING_MAX) {
            String head = s.substring(0, s.offsetByCodePoints(0, STRING_HALF));
            String tail = s.substring(s.offsetByCodePoints(0, n - STRING_HALF));
            List<String> lines = new ArrayList<>();
            for (String line : (head + " <...> " + tail).split("\n", -1)) {
                lines.add(line.strip());
            }
            s = String.join("\n" + " ".repeat("string_form".length()), lines);
        }
        return s;
    }

    private static String length(PyObject obj) {
        try {
            return String.valueOf(Ops.len(obj));
        } catch (PyException | StackOverflowError e) {
            return null;
        }
    }

    /** {@code type.__subclasses__(cls)} names, at most ten then {@code ...}. */
    private static String subclasses(PyType cls) {
        List<String> names = new ArrayList<>();
        try {
            PyObject subs = Ops.call(Ops.getattr(PyType.TYPE, "__subclasses__"), cls);
            PyObject it = Ops.iter(subs);
            for (PyObject s = Ops.next(it); s != null; s = Ops.next(it)) {
                names.add(s instanceof PyType t ? t.getName() : Ops.str(s).value());
            }
        } catch (PyException e) {
            return "";
        }
        if (names.size() >= 10) {
            names = new ArrayList<>(names.subList(0, 10));
            names.add("...");
        }
        return String.join(", ", names);
    }

    // IPython.utils.path.compress_user
    private static String compressUser(String path) {
        String home = System.getProperty("user.home");
        return home != null && !home.isEmpty() && path.startsWith(home) ? "~" + path.substring(home.length()) : path;
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value() : null;
    }
}
