package org.weft.python.modules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import org.weft.python.ast.Bytes;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Imaginary;
import org.weft.python.ast.Located;
import org.weft.python.runtime.InterpreterError;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * The parser's records as plain Python data, for {@code _ast} (written in Python) to turn into
 * node objects: a node is the tuple {@code (class name, field values, positions)}, where the
 * positions are {@code (lineno, col_offset, end_lineno, end_col_offset)} with columns in UTF-8
 * bytes as CPython counts them, or None for a node without positions; an operator or context is
 * {@code (class name,)}. Field values come in record-component order, which is CPython's
 * {@code _fields} order without the trailing {@code type_comment}/{@code type_ignores}.
 * Walking the records by reflection keeps this one small file in step with the {@code ast}
 * package. One instance per parse; not shared.
 */
final class AstExport {
    private final Utf8Columns columns;

    AstExport(String source) {
        this.columns = new Utf8Columns(source);
    }

    PyObject node(Object record) {
        if (record == null) {
            return PyNone.NONE;
        }
        if (record instanceof Enum<?> e) {
            return PyTuple.of(PyStr.of(e.name()));
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        int count = record instanceof Located ? components.length - 4 : components.length;
        PyObject[] fields = new PyObject[count];
        for (int i = 0; i < count; i++) {
            fields[i] = field(components[i], read(components[i], record));
        }
        PyObject positions = PyNone.NONE;
        if (record instanceof Located l) {
            positions = PyTuple.of(PyInt.of(l.lineno()), PyInt.of(columns.byteColumn(l.lineno(), l.colOffset())),
                    PyInt.of(l.endLineno()), PyInt.of(columns.byteColumn(l.endLineno(), l.endColOffset())));
        }
        return PyTuple.of(PyStr.of(AstNames.pythonName(record.getClass())), PyTuple.of(fields), positions);
    }

    private PyObject field(RecordComponent component, Object value) {
        if (component.getType() == boolean.class) {
            // AnnAssign.simple and comprehension.is_async are ints in CPython's tree.
            return PyInt.of((Boolean) value ? 1 : 0);
        }
        if (component.getType() == Object.class) {
            return constant(value);
        }
        return value(value);
    }

    private PyObject value(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof String s) {
            return PyStr.of(s);
        }
        if (value instanceof Integer i) {
            return PyInt.of(i);
        }
        if (value instanceof List<?> list) {
            PyList out = new PyList();
            for (Object item : list) {
                out.append(value(item));
            }
            return out;
        }
        return node(value);
    }

    /** The value of a {@code Constant} or {@code MatchSingleton}, as the package documents it. */
    static PyObject constant(Object value) {
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Long l) {
            return PyInt.of(l);
        }
        if (value instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (value instanceof Double d) {
            return PyFloat.of(d);
        }
        if (value instanceof Imaginary im) {
            return PyComplex.of(0.0, im.imag());
        }
        if (value instanceof String s) {
            return PyStr.of(s);
        }
        if (value instanceof Bytes b) {
            return PyBytes.of(b.value());
        }
        if (value == ConstantKind.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (value == ConstantKind.NONE || value == null) {
            return PyNone.NONE;
        }
        throw new InterpreterError("unexpected constant " + value.getClass());
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new InterpreterError("cannot read " + component.getName() + ": " + e);
        }
    }
}
