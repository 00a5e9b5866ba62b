package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.ThreadState;

/**
 * {@code _weakref}: weak references on java.lang.ref ({@link PyWeakref}), the per-interpreter
 * callback queue ({@link WeakrefQueue}, as {@code _queue}), and {@code _poll()}/{@code _collect()}
 * for the {@code weakref} module written in Python.
 */
public final class WeakrefModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weakref";
    }

    private static java.util.List<PyObject> weakrefsTo(PyObject o) {
        Finalizers fin = Finalizers.of(ThreadState.current());
        return fin == null ? java.util.List.of() : fin.weakrefs().weakrefsTo(o);
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        WeakrefQueue q = new WeakrefQueue();
        m.put("_queue", q);
        m.put("ref", PyWeakref.TYPE);
        m.put("ReferenceType", PyWeakref.TYPE);
        m.put("_poll", PyBuiltinFunction.of0("_poll", null, self -> PyInt.of(q.poll())));
        m.put("_collect", PyBuiltinFunction.of0("_collect", null, self -> {
            // A hint only: the JVM may keep a dead object a while longer.
            System.gc();
            return PyInt.of(q.poll());
        }));
        m.put("_check", PyBuiltinFunction.of1("_check", null, (self, o) -> {
            PyWeakref.checkWeakrefable(o);
            return PyNone.NONE;
        }));
        m.put("getweakrefcount", PyBuiltinFunction.of1("getweakrefcount",
                "getweakrefcount($module, object, /)\n--\n\nReturn the number of weak references to 'object'.",
                (self, o) -> PyInt.of(weakrefsTo(o).size())));
        m.put("getweakrefs", PyBuiltinFunction.of1("getweakrefs",
                "getweakrefs($module, object, /)\n--\n\nReturn a list of all weak reference objects pointing to 'object'.",
                (self, o) -> new PyList(weakrefsTo(o).toArray(new PyObject[0]))));
    }
}
