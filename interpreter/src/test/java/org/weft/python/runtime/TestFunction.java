package org.weft.python.runtime;

/**
 * A Python-function stand-in for core tests: binds to instances as {@code def} functions do, so
 * heap types built in Java behave like classes written in Python.
 */
final class TestFunction extends PyObject implements MethodDescriptor, PyDescriptor {

    static final PyType TYPE = PyType.builtin("test_function", TestFunction.class, () -> PyObject.TYPE, b -> { });

    private final String name;
    private final FnV body;

    private TestFunction(String name, FnV body) {
        super(TYPE);
        this.name = name;
        this.body = body;
    }

    /** A function whose first parameter is self. */
    static TestFunction of(String name, FnV body) {
        return new TestFunction(name, body);
    }

    static TestFunction of0(String name, Fn0 body) {
        return new TestFunction(name, (self, a, k) -> body.call(self));
    }

    static TestFunction of1(String name, Fn1 body) {
        return new TestFunction(name, (self, a, k) -> body.call(self, a[0]));
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @Override
    public PyObject callBound(PyObject self, PyObject[] args, String[] kwnames) {
        return body.call(self, args, kwnames);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public String toString() {
        return "<function " + name + ">";
    }
}
