package org.weft.python.runtime;

/** The methods of {@code types.GenericAlias}. CPython: ga_* in genericaliasobject.c. */
final class GenericAliasMethods {

    private GenericAliasMethods() {
    }

    private static PyGenericAlias ga(PyObject self) {
        return (PyGenericAlias) self;
    }

    static void define(TypeBuilder b) {
        b.newFn((type, args, kw) -> {
            ArgParser.noKeywords("GenericAlias", kw);
            ArgParser.checkPositional("GenericAlias", args.length, 2, 2);
            return new PyGenericAlias(type, args[0], args[1]);
        });
        b.getter("__origin__", self -> ga(self).origin);
        b.getter("__args__", self -> ga(self).args);
        b.getter("__parameters__", self -> GenericAliasParams.parameters(ga(self).args));
        b.getter("__unpacked__", self -> PyBool.of(ga(self).unpacked));
        // iter(tuple[int, str]) gives its one unpacked copy: what *tuple[int, str] means. CPython: ga_iter
        b.method0("__iter__", self -> Ops.iter(PyTuple.of(
                new PyGenericAlias(self.type(), ga(self).origin, ga(self).args, true))));
        b.method1("__getitem__", (self, item) -> GenericAliasParams.substitute(ga(self), item));
        b.method0("__repr__", self -> PyStr.of(repr(ga(self))));
        b.method("__call__", "__call__($self, /, *args, **kwargs)", (self, args, kw) -> {
            PyObject r = Ops.call(ga(self).origin, args, kw);
            try {
                Ops.setattr(r, "__orig_class__", self);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
            return r;
        });
        b.method1("__mro_entries__", (self, bases) -> PyTuple.of(ga(self).origin));
        b.method1("__getattr__", (self, name) -> {
            String n = PyObjectMethods.attrName(name);
            if (n.startsWith("__") && n.endsWith("__")) {
                throw PyErr.noAttribute(self, n);
            }
            return Ops.getattr(ga(self).origin, n);
        });
        b.method1("__eq__", (self, o) -> o instanceof PyGenericAlias g
                ? PyBool.of(ga(self).unpacked == g.unpacked && Ops.eqForContainer(ga(self).origin, g.origin)
                        && Ops.eqForContainer(ga(self).args, g.args))
                : PyNotImplemented.NOT_IMPLEMENTED);
        b.method0("__hash__", self -> PyInt.of(Ops.hash(ga(self).origin) ^ Ops.hash(ga(self).args)));
        b.method1("__instancecheck__", (self, o) -> {
            throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        b.method1("__subclasscheck__", (self, o) -> {
            throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        b.method1("__or__", UnionMethods::union);
        b.method1("__ror__", (self, o) -> UnionMethods.union(o, self));
        b.method0("__dir__", self -> Ops.callMethod(ga(self).origin, "__dir__"));
    }

    /** CPython: ga_repr. */
    static String repr(PyGenericAlias g) {
        StringBuilder sb = new StringBuilder(g.unpacked ? "*" : "").append(itemRepr(g.origin)).append('[');
        PyObject[] a = g.args.items();
        if (a.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.length; i++) {
            sb.append(i > 0 ? ", " : "").append(itemRepr(a[i]));
        }
        return sb.append(']').toString();
    }

    /** How typing prints a type argument. CPython: ga_repr_item. */
    static String itemRepr(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (p instanceof PyList l) {
            // Callable[[int, str], bool]: the argument list (CPython ga_repr_items_list)
            StringBuilder sb = new StringBuilder("[");
            PyObject[] xs = l.snapshot();
            for (int i = 0; i < xs.length; i++) {
                sb.append(i > 0 ? ", " : "").append(itemRepr(xs[i]));
            }
            return sb.append(']').toString();
        }
        if (p instanceof PyType t && !(p instanceof PyGenericAlias)) {
            String mod = t.getModule();
            return mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        }
        return Ops.repr(p).value();
    }
}
