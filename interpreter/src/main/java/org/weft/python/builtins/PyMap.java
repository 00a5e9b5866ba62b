package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/** {@code map(func, *iterables)}. CPython: map_new and map_next in bltinmodule.c. */
public final class PyMap extends BuiltinIterator {

    public static final PyType TYPE = PyType.builtin("map", PyMap.class, () -> PyObject.TYPE, PyMap::define);

    private final PyObject func;
    /** Set once; never changed, so threads may share it. */
    private final PyObject[] iterators;

    PyMap(PyType type, PyObject func, PyObject[] iterators) {
        super(type);
        this.func = func;
        this.iterators = iterators;
    }

    @Override
    public PyObject nextItem() {
        PyObject[] its = iterators;
        if (its.length == 1) {
            PyObject item = Ops.next(its[0]);
            return item == null ? null : Ops.call(func, item);
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject item = Ops.next(its[i]);
            if (item == null) {
                return null;
            }
            items[i] = item;
        }
        return Ops.call(func, items);
    }

    private static void define(TypeBuilder b) {
        defineIterator(b, BuiltinDocs.of("map"));
        b.newFn((type, args, kwnames) -> {
            if (type == TYPE) {
                ArgParser.noKeywords("map", kwnames);
            }
            int n = args.length - (kwnames == null ? 0 : kwnames.length);
            if (n < 2) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[n - 1];
            for (int i = 1; i < n; i++) {
                its[i - 1] = Ops.iter(args[i]);
            }
            return new PyMap(type, args[0], its);
        });
    }
}
