package org.weft.python.compiler;

import java.math.BigInteger;

import org.weft.python.ast.Bytes;
import org.weft.python.ast.ConstantKind;
import org.weft.python.ast.Imaginary;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyEllipsis;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/** Python objects for the values of {@code ast.Constant}, built once at compile time. */
final class Constants {
    private Constants() {
    }

    static PyObject toPython(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        } else if (v instanceof String s) {
            return PyStr.of(s);
        } else if (v instanceof Boolean b) {
            return PyBool.of(b);
        } else if (v instanceof Double d) {
            return PyFloat.of(d);
        } else if (v instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (v == ConstantKind.NONE || v == null) {
            return PyNone.NONE;
        } else if (v == ConstantKind.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        } else if (v instanceof Imaginary i) {
            return PyComplex.of(0.0, i.imag());
        } else if (v instanceof Bytes b) {
            return BytesConstant.of(b.value());
        } else if (v instanceof Object[] items) {
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = toPython(items[i]);
            }
            return PyTuple.of(r);
        } else if (v instanceof PyObject p) {
            // a Python object a desugaring put in the tree (AsyncDesugar's exception types)
            return p;
        }
        throw new IllegalArgumentException("constant " + v);
    }
}
