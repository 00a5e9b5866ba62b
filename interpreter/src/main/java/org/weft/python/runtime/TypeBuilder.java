package org.weft.python.runtime;

/**
 * Fills a built-in type's dict, once, when the type is first used (see {@link PyType#builtin}).
 * Methods are declared by their Python names, dunders included. Docs follow CPython's
 * text-signature convention: {@code "name(sig)\n--\n\ndoc"}.
 */
public final class TypeBuilder {

    private final PyType type;
    private final PyDict dict;

    TypeBuilder(PyType type) {
        this.type = type;
        this.dict = type.plainDict();
    }

    /** The type being defined. */
    public PyType type() {
        return type;
    }

    /** The type's {@code __doc__} (may start with a text signature). */
    public TypeBuilder doc(String doc) {
        dict.setItem("__doc__", PyStr.of(DescriptorMethods.docOf(doc)));
        return this;
    }

    /** Python classes may not derive from this type ("type 'bool' is not an acceptable base type"). */
    public TypeBuilder notBaseType() {
        type.flags &= ~PyType.BASETYPE;
        return this;
    }

    /**
     * Instances have a {@code __dict__} (functions, modules, exceptions): the Java class manages the
     * {@code dict} field itself; this adds the {@code __dict__} attribute and lets Python subclasses know.
     */
    public TypeBuilder instanceDict() {
        type.instancesHaveDict = true;
        dict.setItem("__dict__", new PyGetSetDescriptor(type, "__dict__", null, HeapTypes::getInstanceDict,
                HeapTypes::setInstanceDict));
        return this;
    }

    /**
     * Instances already have a dict and take weak references without a {@code __dict__} or
     * {@code __weakref__} entry here ({@code type}: CPython's tp_dictoffset and tp_weaklistoffset),
     * so Python subclasses add neither descriptor.
     */
    public TypeBuilder layoutHasDictAndWeakref() {
        type.instancesHaveDict = true;
        type.instancesHaveWeakref = true;
        return this;
    }

    private void putMethod(MethodDef def) {
        dict.setItem(def.name, new PyMethodDescriptor(type, def));
    }

    public TypeBuilder method0(String name, Fn0 body) {
        return method0(name, null, body);
    }

    public TypeBuilder method0(String name, String doc, Fn0 body) {
        putMethod(MethodDef.of0(type.getName(), name, doc, body));
        return this;
    }

    public TypeBuilder method1(String name, Fn1 body) {
        return method1(name, null, body);
    }

    public TypeBuilder method1(String name, String doc, Fn1 body) {
        putMethod(MethodDef.of1(type.getName(), name, doc, body));
        return this;
    }

    public TypeBuilder method2(String name, Fn2 body) {
        return method2(name, null, body);
    }

    public TypeBuilder method2(String name, String doc, Fn2 body) {
        putMethod(MethodDef.of2(type.getName(), name, doc, body));
        return this;
    }

    /** A method with the full calling convention; {@code textSignature} like "sort($self, /, *, key=None)". */
    public TypeBuilder method(String name, String textSignature, FnV body) {
        putMethod(MethodDef.ofV(type.getName(), name, textSignature, body));
        return this;
    }

    /** {@link #method(String, String, FnV)} with array-free bodies for one and two positional arguments. */
    public TypeBuilder method(String name, String textSignature, FnV body, Fn1 one, Fn2 two) {
        putMethod(MethodDef.ofV(type.getName(), name, textSignature, body, one, two));
        return this;
    }

    /** A class method: the body's self is the type it is called on. */
    public TypeBuilder classmethod(String name, String textSignature, FnV body) {
        dict.setItem(name, new PyClassMethodDescriptor(type, MethodDef.ofV(type.getName(), name, textSignature, body)));
        return this;
    }

    /**
     * A static method: the body's self is null. As CPython's METH_STATIC, the function still
     * names the type in its repr and qualname ("bytes.maketrans"), with {@code __self__} None.
     */
    public TypeBuilder staticmethod(String name, String textSignature, FnV body) {
        MethodDef def = MethodDef.ofV(type.getName(), name, textSignature, body);
        dict.setItem(name, new PyStaticMethod(new PyBuiltinFunction(def, type, true)));
        return this;
    }

    /**
     * A read-only attribute that CPython stores as a member (T_OBJECT, READONLY): writing it says
     * "readonly attribute" rather than a getset's "... is not writable".
     */
    public TypeBuilder readonlyMember(String name, Fn0 getter) {
        return getset(name, getter, (self, v) -> {
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        });
    }

    /** A read-only computed attribute. */
    public TypeBuilder getter(String name, Fn0 getter) {
        return getset(name, getter, null);
    }

    /** A computed attribute; the setter receives null for {@code del}. */
    public TypeBuilder getset(String name, Fn0 getter, FnSet setter) {
        dict.setItem(name, new PyGetSetDescriptor(type, name, null, getter, setter));
        return this;
    }

    /** A plain class attribute. */
    public TypeBuilder constant(String name, PyObject value) {
        dict.setItem(name, value);
        return this;
    }

    /** {@code __new__}: receives the (sub)type to instantiate. */
    public TypeBuilder newFn(FnNew body) {
        dict.setItem("__new__", new PyBuiltinFunction(MethodDef.ofNew(type.getName(), body), type));
        return this;
    }

    /** {@code __init__}: returns None (or null, taken as None). */
    public TypeBuilder initFn(FnV body) {
        putMethod(MethodDef.ofV(type.getName(), "__init__", null, (self, a, k) -> {
            PyObject r = body.call(self, a, k);
            return r == null ? PyNone.NONE : r;
        }));
        return this;
    }

    /** Completes the dict: {@code __doc__} defaults to None, as CPython's static types. */
    void finish() {
        if (dict.getItem("__doc__") == null) {
            dict.setItem("__doc__", PyNone.NONE);
        }
    }
}
