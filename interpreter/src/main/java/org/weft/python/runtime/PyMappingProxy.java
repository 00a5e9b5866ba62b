package org.weft.python.runtime;

/**
 * A read-only view of a mapping ({@code type.__dict__}, {@code types.MappingProxyType}): reads go
 * to the mapping, writes are refused. CPython: mappingproxy in descrobject.c.
 */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, () -> PyObject.TYPE,
            PyMappingProxy::define);

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    private static PyObject m(PyObject self) {
        return ((PyMappingProxy) self).mapping;
    }

    private static void define(TypeBuilder b) {
        b.notBaseType();
        b.newFn((type, args, kw) -> {
            PyObject[] a = ArgParser.of("mappingproxy", "mapping").parse(args, kw);
            if (a[0].type().lookup("__getitem__") == null || a[0] instanceof PyList || a[0] instanceof PyTuple) {
                throw PyErr.typeError("mappingproxy() argument must be a mapping, not %s", Ops.typeName(a[0]));
            }
            return new PyMappingProxy(a[0]);
        });
        b.method1("__getitem__", (self, k) -> Ops.getitem(m(self), k));
        b.method1("__contains__", (self, k) -> PyBool.of(Ops.contains(m(self), k)));
        b.method0("__len__", self -> PyInt.of(Ops.len(m(self))));
        b.method0("__iter__", self -> Ops.iter(m(self)));
        b.method0("keys", self -> Ops.callMethod(m(self), "keys"));
        b.method0("values", self -> Ops.callMethod(m(self), "values"));
        b.method0("items", self -> Ops.callMethod(m(self), "items"));
        b.method0("copy", self -> Ops.callMethod(m(self), "copy"));
        b.method("get", "get($self, key, default=None, /)", (self, args, kw) -> {
            ArgParser.noKeywords("get", kw);
            ArgParser.checkPositional("get", args.length, 1, 2);
            return args.length == 1 ? Ops.callMethod(m(self), "get", args[0])
                    : Ops.callMethod(m(self), "get", args[0], args[1]);
        });
        b.method0("__repr__", self -> PyStr.of("mappingproxy(" + Ops.repr(m(self)).value() + ")"));
        b.method0("__str__", self -> Ops.str(m(self)));
        // CPython's mappingproxy_richcompare hands every comparison to the mapping, result unchanged
        for (CompareOp op : CompareOp.values()) {
            b.method1(op.dunder, (self, o) -> Ops.richCompare(m(self), o, op));
        }
        b.method1("__or__", (self, o) -> Ops.or(Ops.callMethod(m(self), "copy"), o));
        // CPython mappingproxy_or unwraps whichever side is the proxy
        b.method1("__ror__", (self, o) -> Ops.or(o, m(self)));
        b.method1("__ior__", (self, o) -> {
            throw PyErr.typeError("'|=' is not supported by %s; use '|' instead", Ops.typeName(self));
        });
        b.method0("__reversed__", self -> Ops.call(Ops.getattr(m(self), "__reversed__")));
    }
}
