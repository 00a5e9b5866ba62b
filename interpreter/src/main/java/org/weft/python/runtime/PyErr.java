package org.weft.python.runtime;

/**
 * Making Python exceptions from Java: {@code throw PyErr.format(PyExc.TypeError, "'%s' object is
 * not callable", Ops.typeName(o))}, or the shortcuts. Formats use Java's {@link String#format}.
 * CPython: PyErr_Format and friends in errors.c.
 */
public final class PyErr {

    private PyErr() {
    }

    /** An exception of {@code type} with the formatted message as its single argument. */
    public static PyException format(PyType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        return new PyException(newException(type, PyStr.of(msg)));
    }

    /** An exception of {@code type} made with the given constructor arguments. */
    public static PyException of(PyType type, PyObject... args) {
        return new PyException(newException(type, args));
    }

    /**
     * Instantiates an exception type; exact built-in types without extra fields skip the call
     * machinery. CPython: _PyErr_CreateException.
     */
    public static PyBaseException newException(PyType type, PyObject... args) {
        if (type.javaClass == PyBaseException.class && !type.isHeapType()) {
            return new PyBaseException(type, args);
        }
        PyObject v = Ops.call(type, args);
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                Ops.repr(type).value(), Ops.typeName(v));
    }

    public static PyException typeError(String format, Object... args) {
        return format(PyExc.TypeError, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return format(PyExc.ValueError, format, args);
    }

    public static PyException indexError(String format, Object... args) {
        return format(PyExc.IndexError, format, args);
    }

    public static PyException attributeError(String format, Object... args) {
        return format(PyExc.AttributeError, format, args);
    }

    public static PyException runtimeError(String format, Object... args) {
        return format(PyExc.RuntimeError, format, args);
    }

    public static PyException overflowError(String format, Object... args) {
        return format(PyExc.OverflowError, format, args);
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return format(PyExc.ZeroDivisionError, format, args);
    }

    public static PyException notImplementedError(String format, Object... args) {
        return format(PyExc.NotImplementedError, format, args);
    }

    /** {@code KeyError(key)}: the key itself is the single argument, as CPython's _PyErr_SetKeyError. */
    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(PyExc.KeyError, new PyObject[] {key}));
    }

    /** {@code StopIteration(value)}, or a bare StopIteration when value is null. */
    public static PyException stopIteration(PyObject value) {
        return of(PyExc.StopIteration, value == null ? Ops.NO_ARGS : new PyObject[] {value});
    }

    /** {@code AttributeError: 'C' object has no attribute 'x'}, with name and obj set. */
    public static PyException noAttribute(PyObject obj, String name) {
        PyException e = obj instanceof PyType t
                ? format(PyExc.AttributeError, "type object '%s' has no attribute '%s'", t.getName(), name)
                : format(PyExc.AttributeError, "'%s' object has no attribute '%s'", Ops.typeName(obj), name);
        if (e.value() instanceof PyAttributeError ae) {
            ae.name = PyStr.of(name);
            ae.obj = obj;
        }
        return e;
    }

    /**
     * An AttributeError leaving an attribute lookup of {@code obj.name} without name and obj (raised
     * by a property, a {@code __getattr__}, a {@code __getattribute__}) gets them, for suggestions.
     * Returns {@code e}. CPython: set_attribute_error_context, called by PyObject_GetAttr.
     */
    public static PyException withAttributeContext(PyException e, PyObject obj, String name) {
        if (e.value() instanceof PyAttributeError ae && ae.name == PyNone.NONE && ae.obj == PyNone.NONE) {
            ae.name = PyStr.of(name);
            ae.obj = obj;
        }
        return e;
    }

    /** {@code NameError: name 'x' is not defined}, with {@code .name} set as CPython 3.10+ does. */
    public static PyException nameError(String name) {
        return nameError(PyExc.NameError, String.format("name '%s' is not defined", name), name);
    }

    /** A NameError (or UnboundLocalError) with the given message and {@code .name}. */
    public static PyException nameError(PyType type, String message, String name) {
        PyException e = format(type, "%s", message);
        if (e.value() instanceof PyNameError ne) {
            ne.name = PyStr.of(name);
        }
        return e;
    }

    /** The exception a Java throwable becomes at the engine's boundary (DESIGN.md, "exceptions"). */
    public static PyException fromJava(Throwable t) {
        if (t instanceof PyException pe) {
            return pe;
        } else if (t instanceof StackOverflowError) {
            return format(PyExc.RecursionError, "maximum recursion depth exceeded");
        } else if (t instanceof OutOfMemoryError) {
            return of(PyExc.MemoryError);
        }
        if (System.getenv("WEFT_DEBUG") != null) {
            t.printStackTrace();
        }
        return format(PyExc.SystemError, "%s", String.valueOf(t));
    }
}
