package org.weft.python.runtime;

import java.util.Arrays;

/**
 * One built-in function or method: its name, doc, and Java body of one of the fixed shapes
 * ({@link Fn0}, {@link Fn1}, {@link Fn2}, {@link FnV}, {@link FnNew}). Shared by method descriptors
 * and the bound built-in methods made from them. Immutable. CPython: PyMethodDef.
 */
public final class MethodDef {

    enum Kind { NOARGS, ONE, TWO, VAR, NEW }

    final String name;
    /** The whole doc, in CPython's text-signature convention ("sig\n--\n\ndoc"); may be null. */
    final String doc;
    final Kind kind;
    /** The owning type's name for error messages ("list"), or null for module functions. */
    final String owner;
    /** True for dunder methods: CPython's slot wrappers word their errors differently. */
    final boolean slot;
    private final Object body;
    /**
     * For a VAR method often called with one or two positional arguments and no keywords
     * ({@code d.get(k, 0)}, {@code d.setdefault(k, [])}): bodies for those calls, which need no
     * argument array (one per call otherwise: 8% of the bytes dict_str allocates). Null if none.
     */
    private final Fn1 one;
    private final Fn2 two;
    /**
     * A method of a type whose text signature makes every parameter positional-only
     * ("find($self, sub[, start[, end]], /)"): keywords are refused with its qualified name, as
     * CPython's method descriptors do ("str.find() takes no keyword arguments").
     */
    private final boolean positionalOnly;

    /** The same function with {@code doc} (in the text-signature convention). */
    MethodDef withDoc(String doc) {
        return new MethodDef(name, doc, kind, owner, body, one, two);
    }

    /**
     * {@link #doc}, or CPython's doc and text signature for a built-in type's method Weft defines
     * without a docstring ({@link BuiltinDocs}).
     */
    String fullDoc() {
        if (owner == null || DescriptorMethods.docOf(doc) != null) {
            return doc;
        }
        String cpython = BuiltinDocs.methodDoc(owner, name);
        return cpython != null ? cpython : doc;
    }

    private MethodDef(String name, String doc, Kind kind, String owner, Object body) {
        this(name, doc, kind, owner, body, null, null);
    }

    private MethodDef(String name, String doc, Kind kind, String owner, Object body, Fn1 one, Fn2 two) {
        this.one = one;
        this.two = two;
        this.name = name;
        this.doc = doc;
        this.kind = kind;
        this.owner = owner;
        this.slot = owner != null && kind != Kind.NEW && SLOT_NAMES.contains(name);
        this.body = body;
        this.positionalOnly = owner != null && kind == Kind.VAR && !slot && allPositionalOnly(name, doc);
    }

    private static boolean allPositionalOnly(String name, String doc) {
        if (doc == null) {
            return false;
        }
        int eol = doc.indexOf('\n');
        String sig = eol < 0 ? doc : doc.substring(0, eol);
        // instance methods only: a classmethod's own messages name the class it was called on
        return sig.startsWith(name + "($self") && sig.endsWith("/)");
    }

    /**
     * The dunders CPython implements as type slots: their descriptors are {@code wrapper_descriptor}s
     * and their errors are worded differently. Other dunders ({@code __format__}, {@code __dir__},
     * {@code __init_subclass__}...) are plain methods.
     */
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of(
            "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__",
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
            "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
            "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
            "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
            "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__",
            "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
            "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
            "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
            "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
            "__delitem__", "__contains__");

    public static MethodDef of0(String owner, String name, String doc, Fn0 f) {
        return new MethodDef(name, doc, Kind.NOARGS, owner, f);
    }

    public static MethodDef of1(String owner, String name, String doc, Fn1 f) {
        return new MethodDef(name, doc, Kind.ONE, owner, f);
    }

    public static MethodDef of2(String owner, String name, String doc, Fn2 f) {
        return new MethodDef(name, doc, Kind.TWO, owner, f);
    }

    public static MethodDef ofV(String owner, String name, String doc, FnV f) {
        return new MethodDef(name, doc, Kind.VAR, owner, f);
    }

    /** {@link #ofV} with array-free bodies for calls of one and of two positional arguments. */
    public static MethodDef ofV(String owner, String name, String doc, FnV f, Fn1 one, Fn2 two) {
        return new MethodDef(name, doc, Kind.VAR, owner, f, one, two);
    }

    static MethodDef ofNew(String owner, FnNew f) {
        return new MethodDef("__new__", null, Kind.NEW, owner, f);
    }

    public String getName() {
        return name;
    }

    /** "list.append" for methods, "len" for functions: how CPython names it in messages. */
    String displayName() {
        return owner == null ? name : owner + "." + name;
    }

    /**
     * As {@link #displayName()}, with a module function's module first ("math.sqrt"), as CPython's
     * _PyObject_FunctionStr names functions of modules other than builtins.
     */
    String displayName(PyObject self) {
        if (owner == null && self instanceof PyModule m && !m.name().equals("builtins")) {
            return m.name() + "." + name;
        }
        return displayName();
    }

    /** The body when this is a {@code __new__} definition. */
    FnNew newBody() {
        return (FnNew) body;
    }

    /** Calls the body with {@code self} bound, checking arity as CPython does for the shape. */
    public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        if (kind == Kind.VAR) {
            if (positionalOnly && kwnames != null && kwnames.length > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", displayName(self));
            }
            return ((FnV) body).call(self, args, kwnames);
        } else if (kind == Kind.NEW) {
            return callNew(self, args, kwnames);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(slot ? "wrapper %s() takes no keyword arguments" : "%s() takes no keyword arguments",
                    slot ? name : displayName(self));
        }
        switch (kind) {
            case NOARGS:
                checkCount(self, args.length, 0);
                return ((Fn0) body).call(self);
            case ONE:
                checkCount(self, args.length, 1);
                return ((Fn1) body).call(self, args[0]);
            case TWO:
                checkCount(self, args.length, 2);
                return ((Fn2) body).call(self, args[0], args[1]);
            default:
                return callNew(self, args);
        }
    }

    PyObject call0(PyObject self) {
        return kind == Kind.NOARGS ? ((Fn0) body).call(self) : call(self, Ops.NO_ARGS, null);
    }

    PyObject call1(PyObject self, PyObject a) {
        return kind == Kind.ONE ? ((Fn1) body).call(self, a)
                : one != null ? one.call(self, a) : call(self, new PyObject[] {a}, null);
    }

    PyObject call2(PyObject self, PyObject a, PyObject b) {
        return kind == Kind.TWO ? ((Fn2) body).call(self, a, b)
                : two != null ? two.call(self, a, b) : call(self, new PyObject[] {a, b}, null);
    }

    private void checkCount(PyObject self, int given, int expected) {
        if (given == expected) {
            return;
        }
        if (slot) {
            throw PyErr.typeError("expected %d argument%s, got %d", expected, expected == 1 ? "" : "s", given);
        }
        switch (kind) {
            case NOARGS -> throw PyErr.typeError("%s() takes no arguments (%d given)", displayName(self), given);
            case ONE -> throw PyErr.typeError("%s() takes exactly one argument (%d given)", displayName(self), given);
            default -> throw PyErr.typeError("%s expected %d arguments, got %d", name, expected, given);
        }
    }

    /** CPython: tp_new_wrapper in typeobject.c; {@code self} is the type declaring {@code __new__}. */
    private PyObject callNew(PyObject self, PyObject[] args) {
        PyType owner = (PyType) self;
        if (args.length < 1) {
            throw PyErr.typeError("%s.__new__(): not enough arguments", owner.getName());
        }
        if (!(args[0] instanceof PyType sub)) {
            throw PyErr.typeError("%s.__new__(X): X is not a type object (%s)", owner.getName(),
                    Ops.typeName(args[0]));
        }
        if (!sub.isSubtypeOf(owner)) {
            throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s", owner.getName(), sub.getName(),
                    sub.getName(), owner.getName());
        }
        checkSafe(owner, sub);
        return ((FnNew) body).call(sub, Arrays.copyOfRange(args, 1, args.length), null);
    }

    /**
     * {@code object.__new__(L)} for a list subclass would make an object of the wrong layout:
     * the nearest {@code __new__} of {@code sub} not written in Python must be this one.
     * CPython: the "staticbase" check of tp_new_wrapper.
     */
    private void checkSafe(PyType owner, PyType sub) {
        PyType staticBase = sub;
        while (staticBase != null && staticBase.isHeapType() && definesPythonNew(staticBase)) {
            staticBase = staticBase.getBase();
        }
        if (staticBase != null && builtinNewOf(staticBase) != this) {
            throw PyErr.typeError("%s.__new__(%s) is not safe, use %s.__new__()", owner.getName(), sub.getName(),
                    staticBase.getName());
        }
    }

    private static boolean definesPythonNew(PyType t) {
        PyObject n = t.getDict().getItem("__new__");
        return n != null && !(n instanceof PyBuiltinFunction f && f.def.kind == Kind.NEW);
    }

    /** The built-in {@code __new__} definition instances of {@code t} are made by. */
    static MethodDef builtinNewOf(PyType t) {
        for (PyType m : t.getMro()) {
            PyObject n = m.getDict().getItem("__new__");
            if (n instanceof PyBuiltinFunction f && f.def.kind == Kind.NEW) {
                return f.def;
            }
        }
        return null;
    }

    /** Like {@link #call} for a {@code __new__} def, keeping keyword arguments. */
    PyObject callNew(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            return callNew(self, args);
        }
        PyType owner = (PyType) self;
        if (args.length - kwnames.length < 1 || !(args[0] instanceof PyType sub) || !sub.isSubtypeOf(owner)) {
            return callNew(self, Arrays.copyOf(args, Math.max(0, args.length - kwnames.length)));
        }
        checkSafe(owner, sub);
        return ((FnNew) body).call(sub, Arrays.copyOfRange(args, 1, args.length), kwnames);
    }
}
