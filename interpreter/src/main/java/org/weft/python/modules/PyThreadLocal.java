package org.weft.python.modules;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose instance {@code __dict__} is
 * different in every thread. A subclass's {@code __init__} runs again, with the constructor's
 * arguments, the first time each other thread touches the object. CPython: localobject in
 * Modules/_threadmodule.c.
 *
 * <p>Threads: {@link #getDict()} returns the calling thread's dict from a Java {@link ThreadLocal}
 * (no lock, no shared write), so the generic attribute protocol and the engine's attribute caches,
 * which all read the instance dict through {@code getDict()}, see per-thread attributes for free.
 * A thread's dicts go away with the thread.
 */
public final class PyThreadLocal extends PyObject {

    public static final PyType TYPE = PyType.builtin("_thread._local", PyThreadLocal.class, () -> PyObject.TYPE,
            PyThreadLocal::define);

    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();
    /** The constructor's arguments, replayed to {@code __init__} in each new thread. */
    private final PyObject[] initArgs;
    private final String[] initKwnames;

    private PyThreadLocal(PyType type, PyObject[] args, String[] kwnames) {
        super(type);
        this.initArgs = args;
        this.initKwnames = kwnames;
        dicts.set(new PyDict());
    }

    /** The calling thread's attributes, made (and initialised by {@code __init__}) on first use. */
    @Override
    public PyDict getDict() {
        PyDict d = dicts.get();
        return d != null ? d : firstUseInThisThread();
    }

    // CPython: _ldict in _threadmodule.c
    private PyDict firstUseInThisThread() {
        PyDict d = new PyDict();
        dicts.set(d);
        PyObject init = type().lookup("__init__");
        if (init != null && init != PyObject.TYPE.lookup("__init__")) {
            try {
                Ops.call(Ops.getattr(this, "__init__"), initArgs, initKwnames);
            } catch (RuntimeException e) {
                dicts.remove();
                throw e;
            }
        }
        return d;
    }

    @Override
    public void setDict(PyDict dict) {
        throw PyErr.attributeError("'%s' object attribute '__dict__' is read-only", type().getName());
    }

    private static void define(TypeBuilder b) {
        b.doc("Thread-local data");
        b.instanceDict();
        b.newFn(PyThreadLocal::newLocal);
    }

    // CPython: local_new in _threadmodule.c
    private static PyObject newLocal(PyType type, PyObject[] args, String[] kwnames) {
        if (args.length > 0 && type.lookup("__init__") == PyObject.TYPE.lookup("__init__")) {
            throw PyErr.typeError("Initialization arguments are not supported");
        }
        return new PyThreadLocal(type, args.clone(), kwnames == null ? null : kwnames.clone());
    }
}
