package org.weft.python.builtins;

import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyClassMethod;
import org.weft.python.runtime.PyComplex;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyFrozenSet;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyMemoryView;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyProperty;
import org.weft.python.runtime.PyRange;
import org.weft.python.runtime.PySet;
import org.weft.python.runtime.PySlice;
import org.weft.python.runtime.PyStaticMethod;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PySuper;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyType;

/** The built-in types and exception types that the builtins module names. */
final class BuiltinTypes {

    private BuiltinTypes() {
    }

    static void define(PyModule m) {
        put(m, PyBool.TYPE);
        put(m, PyByteArray.TYPE);
        put(m, PyBytes.TYPE);
        put(m, PyClassMethod.TYPE);
        put(m, PyComplex.TYPE);
        put(m, PyDict.TYPE);
        put(m, PyEnumerate.TYPE);
        put(m, PyFilter.TYPE);
        put(m, PyFloat.TYPE);
        put(m, PyFrozenSet.TYPE);
        put(m, PyInt.TYPE);
        put(m, PyList.TYPE);
        put(m, PyMap.TYPE);
        put(m, PyObject.TYPE);
        put(m, PyProperty.TYPE);
        put(m, PyRange.TYPE);
        put(m, PyReversed.TYPE);
        put(m, PySet.TYPE);
        put(m, PySlice.TYPE);
        put(m, PyStaticMethod.TYPE);
        put(m, PyStr.TYPE);
        put(m, PyTuple.TYPE);
        put(m, PyType.TYPE);
        put(m, PyZip.TYPE);
        put(m, PySuper.TYPE);
        put(m, PyMemoryView.TYPE);
        put(m, PyExc.ArithmeticError);
        put(m, PyExc.AssertionError);
        put(m, PyExc.AttributeError);
        put(m, PyExc.BaseException);
        put(m, PyExc.BaseExceptionGroup);
        put(m, PyExc.BlockingIOError);
        put(m, PyExc.BrokenPipeError);
        put(m, PyExc.BufferError);
        put(m, PyExc.BytesWarning);
        put(m, PyExc.ChildProcessError);
        put(m, PyExc.ConnectionAbortedError);
        put(m, PyExc.ConnectionError);
        put(m, PyExc.ConnectionRefusedError);
        put(m, PyExc.ConnectionResetError);
        put(m, PyExc.DeprecationWarning);
        put(m, PyExc.EOFError);
        put(m, PyExc.EncodingWarning);
        m.put("EnvironmentError", PyExc.EnvironmentError);
        put(m, PyExc.Exception);
        put(m, PyExc.ExceptionGroup);
        put(m, PyExc.FileExistsError);
        put(m, PyExc.FileNotFoundError);
        put(m, PyExc.FloatingPointError);
        put(m, PyExc.FutureWarning);
        put(m, PyExc.GeneratorExit);
        m.put("IOError", PyExc.IOError);
        put(m, PyExc.ImportError);
        put(m, PyExc.ImportWarning);
        put(m, PyExc.IndentationError);
        put(m, PyExc.IndexError);
        put(m, PyExc.InterruptedError);
        put(m, PyExc.IsADirectoryError);
        put(m, PyExc.KeyError);
        put(m, PyExc.KeyboardInterrupt);
        put(m, PyExc.LookupError);
        put(m, PyExc.MemoryError);
        put(m, PyExc.ModuleNotFoundError);
        put(m, PyExc.NameError);
        put(m, PyExc.NotADirectoryError);
        put(m, PyExc.NotImplementedError);
        put(m, PyExc.OSError);
        put(m, PyExc.OverflowError);
        put(m, PyExc.PendingDeprecationWarning);
        put(m, PyExc.PermissionError);
        put(m, PyExc.ProcessLookupError);
        put(m, PyExc.RecursionError);
        put(m, PyExc.ReferenceError);
        put(m, PyExc.ResourceWarning);
        put(m, PyExc.RuntimeError);
        put(m, PyExc.RuntimeWarning);
        put(m, PyExc.StopAsyncIteration);
        put(m, PyExc.StopIteration);
        put(m, PyExc.SyntaxError);
        put(m, PyExc.SyntaxWarning);
        put(m, PyExc.SystemError);
        put(m, PyExc.SystemExit);
        put(m, PyExc.TabError);
        put(m, PyExc.TimeoutError);
        put(m, PyExc.TypeError);
        put(m, PyExc.UnboundLocalError);
        put(m, PyExc.UnicodeDecodeError);
        put(m, PyExc.UnicodeEncodeError);
        put(m, PyExc.UnicodeError);
        put(m, PyExc.UnicodeTranslateError);
        put(m, PyExc.UnicodeWarning);
        put(m, PyExc.UserWarning);
        put(m, PyExc.ValueError);
        put(m, PyExc.Warning);
        put(m, PyExc.ZeroDivisionError);
    }

    private static void put(PyModule m, PyType t) {
        m.put(t.getName(), t);
    }
}
