package org.weft.python.builtins;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/** {@code filter(function or None, iterable)}. CPython: filter_new and filter_next in bltinmodule.c. */
public final class PyFilter extends BuiltinIterator {

    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, () -> PyObject.TYPE,
            PyFilter::define);

    /** The predicate, or null for None / bool (truth of the item itself). */
    private final PyObject func;
    private final PyObject iterator;

    PyFilter(PyType type, PyObject func, PyObject iterator) {
        super(type);
        this.func = func;
        this.iterator = iterator;
    }

    @Override
    public PyObject nextItem() {
        PyObject item;
        while ((item = Ops.next(iterator)) != null) {
            boolean ok = func == null ? Ops.isTrue(item) : Ops.isTrue(Ops.call(func, item));
            if (ok) {
                return item;
            }
        }
        return null;
    }

    private static void define(TypeBuilder b) {
        defineIterator(b, BuiltinDocs.of("filter"));
        b.newFn((type, args, kwnames) -> {
            if (type == TYPE) {
                ArgParser.noKeywords("filter", kwnames);
            }
            ArgParser.checkPositional("filter", args.length, 2, 2);
            PyObject f = args[0] == PyNone.NONE || args[0] == PyBool.TYPE ? null : args[0];
            return new PyFilter(type, f, Ops.iter(args[1]));
        });
    }
}
