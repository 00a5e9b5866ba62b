package org.weft.python.modules;

import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDescriptor;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * {@code _collections._tuplegetter(index, doc)}: the read-only field accessor that
 * {@code namedtuple} puts on its classes ({@code Point.x}). A data descriptor, so assigning
 * {@code p.x = 1} fails with "can't set attribute". CPython: tuplegetter in _collectionsmodule.c.
 * Threads: the index is final; only {@code __doc__} may be rebound (a plain volatile field).
 */
public final class PyTupleGetter extends PyObject implements PyDescriptor {

    static final PyType TYPE = PyType.builtin("_collections._tuplegetter", PyTupleGetter.class,
            () -> PyObject.TYPE, PyTupleGetter::define);

    private final int index;
    private volatile PyObject doc;

    PyTupleGetter(PyType type, int index, PyObject doc) {
        super(type);
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (!(obj instanceof PyTuple t)) {
            throw PyErr.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                    index, Ops.typeName(obj));
        }
        if (index >= t.size()) {
            throw PyErr.indexError("tuple index out of range");
        }
        return t.get(index);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        throw PyErr.attributeError(value == null ? "can't delete attribute" : "can't set attribute");
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.newFn((type, args, kw) -> {
            ArgParser.noKeywords("_tuplegetter", kw);
            ArgParser.checkPositional("_tuplegetter", args.length, 2, 2);
            long i = Ops.index(args[0]).longValue();
            if (i < 0 || i > Integer.MAX_VALUE) {
                throw PyErr.indexError("tuple index out of range");
            }
            return new PyTupleGetter(type, (int) i, args[1]);
        });
        b.getset("__doc__", self -> ((PyTupleGetter) self).doc,
                (self, v) -> ((PyTupleGetter) self).doc = v == null ? PyNone.NONE : v);
        b.method("__get__", "__get__($self, instance, owner=None, /)", (self, args, kw) -> {
            ArgParser.checkPositional("__get__", args.length, 1, 2);
            PyObject obj = args[0] == PyNone.NONE ? null : args[0];
            return ((PyTupleGetter) self).get(obj, null);
        });
        b.method2("__set__", (self, obj, v) -> {
            ((PyTupleGetter) self).set(obj, v);
            return PyNone.NONE;
        });
        b.method1("__delete__", (self, obj) -> {
            ((PyTupleGetter) self).set(obj, null);
            return PyNone.NONE;
        });
        b.method0("__repr__", self -> {
            PyTupleGetter g = (PyTupleGetter) self;
            return PyStr.of("_tuplegetter(" + g.index + ", " + Ops.repr(g.doc).value() + ")");
        });
        b.method0("__reduce__", self -> {
            PyTupleGetter g = (PyTupleGetter) self;
            return PyTuple.of(self.type(), PyTuple.of(PyInt.of(g.index), g.doc));
        });
    }
}
