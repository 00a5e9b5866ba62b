package org.weft.python.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.weft.python.ast.Bytes;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Imaginary;
import org.weft.python.ast.Located;
import org.weft.python.runtime.InterpreterError;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The reverse of {@link AstExport}: plain Python data made by {@code _ast} from node objects,
 * {@code (class name, field values, positions)}, back into the parser's records so that
 * {@code compile()} accepts a tree. {@code _ast} has already checked field types with CPython's
 * messages; what still does not fit here raises a plain {@code TypeError}. Columns stay as given
 * (bytes): they only place carets in tracebacks. Stateless.
 */
final class AstImport {

    private AstImport() {
    }

    static Object node(PyObject data) {
        if (data == PyNone.NONE) {
            return null;
        }
        if (!(data instanceof PyTuple t) || t.size() != 3 || !(t.get(0) instanceof PyStr name)) {
            throw PyErr.typeError("malformed AST data: %s", Ops.typeName(data));
        }
        Class<?> cls = AstNames.recordClass(name.value());
        if (cls == null || !cls.isRecord()) {
            throw PyErr.typeError("unknown AST node %s", name.value());
        }
        RecordComponent[] components = cls.getRecordComponents();
        boolean located = Located.class.isAssignableFrom(cls);
        int count = located ? components.length - 4 : components.length;
        PyObject[] fields = ((PyTuple) t.get(1)).items();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        for (int i = 0; i < count; i++) {
            args[i] = convert(components[i].getType(), components[i].getGenericType(),
                    i < fields.length ? fields[i] : PyNone.NONE);
        }
        if (located) {
            PyObject[] pos = t.get(2) instanceof PyTuple p ? p.items() : new PyObject[0];
            for (int i = 0; i < 4; i++) {
                args[count + i] = i < pos.length && pos[i] instanceof PyInt n ? n.intValueExact() : 0;
            }
        }
        return construct(cls, types, args);
    }

    private static Object convert(Class<?> type, Type generic, PyObject value) {
        if (type == int.class) {
            return value instanceof PyInt n ? n.intValueExact() : 0;
        }
        if (type == boolean.class) {
            return Ops.isTrue(value);
        }
        if (type == Object.class) {
            return constant(value);
        }
        if (value == PyNone.NONE) {
            return null;
        }
        if (type == String.class) {
            if (value instanceof PyStr s) {
                return s.value();
            }
            throw PyErr.typeError("AST string must be of type str");
        }
        if (type.isEnum()) {
            return enumValue(type, value);
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            List<Object> out = new ArrayList<>();
            for (PyObject item : ((PyList) value).snapshot()) {
                out.add(convert(elementClass, elementClass, item));
            }
            return out;
        }
        return node(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, PyObject value) {
        String name = ((PyStr) ((PyTuple) value).get(0)).value();
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException e) {
            throw PyErr.typeError("unexpected %s node %s", type.getSimpleName(), name);
        }
    }

    /** A {@code Constant} value back to the representation the compiler expects. */
    // CPython: validate_constant in ast.c
    static Object constant(PyObject value) {
        if (value == PyNone.NONE) {
            return ConstantKind.NONE;
        }
        if (value == PyEllipsis.ELLIPSIS) {
            return ConstantKind.ELLIPSIS;
        }
        if (value instanceof PyBool b) {
            return b.isTrue();
        }
        if (value instanceof PyInt i) {
            return i.isSmall() ? (Object) i.longValue() : i.bigValue();
        }
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value instanceof PyComplex c && c.real() == 0.0) {
            return new Imaginary(c.imag());
        }
        if (value instanceof PyStr s) {
            return s.value();
        }
        if (value instanceof PyBytes b) {
            return new Bytes(b.value());
        }
        throw PyErr.typeError("got an invalid type in Constant: %s", Ops.typeName(value));
    }

    private static Object construct(Class<?> cls, Class<?>[] types, Object[] args) {
        try {
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PyException p) {
                throw p;
            }
            throw PyErr.typeError("invalid AST for %s: %s", cls.getSimpleName(), String.valueOf(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new InterpreterError("cannot build %s: %s", cls.getSimpleName(), e);
        }
    }
}
