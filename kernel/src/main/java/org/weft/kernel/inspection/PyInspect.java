package org.weft.kernel.inspection;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyProperty;
import org.weft.python.runtime.PyStr;

/**
 * The interpreter's {@code inspect} module seen from Java, with IPython's robust wrappers around
 * it ({@code oinspect.getdoc}, {@code find_file}, {@code getsource}): each answers null instead of
 * raising. Call with the interpreter bound to the thread.
 */
final class PyInspect {
    private final Interpreter interpreter;
    private final PyObject inspect;

    PyInspect(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.inspect = interpreter.importer().importModule("inspect");
    }

    private PyObject call(String function, PyObject arg) {
        return Ops.call(Ops.getattr(inspect, function), arg);
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value() : null;
    }

    /** {@code inspect.cleandoc}. */
    String cleandoc(String doc) {
        return text(call("cleandoc", PyStr.of(doc)));
    }

    // IPython: oinspect.getdoc: an object's own getdoc() first (Pyro proxies), then inspect.getdoc
    String getdoc(PyObject obj) {
        try {
            PyObject own = Ops.getattrOrNull(obj, "getdoc");
            if (own != null && Ops.call(own) instanceof PyStr s) {
                return cleandoc(s.value());
            }
        } catch (PyException e) {
            // fall through to inspect.getdoc, as IPython does
        }
        try {
            return text(call("getdoc", obj));
        } catch (PyException e) {
            return null;
        }
    }

    /** {@code inspect.signature(obj)}, or null when it has none. */
    PyObject signature(PyObject obj) {
        try {
            return call("signature", obj);
        } catch (PyException e) {
            return null;
        }
    }

    /** {@code inspect.formatannotation}. */
    String formatAnnotation(PyObject annotation) {
        return text(call("formatannotation", annotation));
    }

    /** True when {@code o} is {@code inspect.Parameter.empty}. */
    boolean isEmpty(PyObject o) {
        return o == Ops.getattr(inspect, "_empty");
    }

    // IPython: oinspect.find_file (inspect.getabsfile; for an instance, its class's file)
    String findFile(PyObject obj) {
        PyObject target = unwrap(obj);
        try {
            return absolute(text(call("getfile", target)));
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                return null;
            }
        }
        try {
            return absolute(text(call("getfile", target.type())));
        } catch (PyException e) {
            return null;
        }
    }

    /**
     * {@code os.path.abspath} of a real file name, as {@code inspect.getabsfile}; a name such as
     * {@code <cell 3>} stays as it is (IPython would show its own cell file there).
     */
    private String absolute(String file) {
        if (file == null || file.startsWith("<")) {
            return file;
        }
        try {
            return interpreter.moduleState().resolve(file).normalize().toString();
        } catch (RuntimeException e) {
            return file;
        }
    }

    // IPython: oinspect.getsource
    String getsource(PyObject obj, String oname) {
        if (Ops.isInstance(obj, PyProperty.TYPE)) {
            return propertySource(obj, oname);
        }
        PyObject target = unwrap(obj);
        try {
            return text(call("getsource", target));
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                return null;
            }
        }
        try {
            return text(call("getsource", target.type()));
        } catch (PyException e) {
            return null;
        }
    }

    private String propertySource(PyObject property, String oname) {
        StringBuilder sb = new StringBuilder();
        String prefix = oname.isEmpty() ? "" : oname + ".";
        for (String part : new String[] {"fget", "fset", "fdel"}) {
            PyObject fn = Ops.getattr(property, part);
            if (fn == PyNone.NONE) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("# ").append(prefix).append(part).append('\n');
            if (fn instanceof PyFunction) {
                sb.append(Dedent.of(text(call("getsource", fn))));
            } else {
                sb.append(prefix).append(part).append(" = ").append(Ops.repr(fn).value()).append('\n');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    // IPython: oinspect._get_wrapped: follows __wrapped__ (decorators), at most 100 times
    static PyObject unwrap(PyObject obj) {
        PyObject o = obj;
        for (int i = 0; i < 100; i++) {
            PyObject inner;
            try {
                inner = Ops.getattrOrNull(o, "__wrapped__");
            } catch (PyException e) {
                return o;
            }
            if (inner == null) {
                return o;
            }
            o = inner;
        }
        return obj; // __wrapped__ is probably a lie
    }
}
