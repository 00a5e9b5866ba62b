package org.weft.python.runtime;

import java.util.function.Supplier;

/**
 * Every built-in exception type of CPython 3.11, with its exact hierarchy and doc, as
 * {@code public static final} fields named as Python names them ({@code PyExc.TypeError}).
 * The Java class of each type's instances follows CPython's exception structs: most are
 * {@link PyBaseException}, and a few families carry fields ({@link PyOSError}, {@link PyStopIteration}...).
 * Generated from python3's {@code builtins}; methods live in {@link ExceptionMethods}.
 */
public final class PyExc {

    private PyExc() {
    }

    // object's type by supplier: PyObject's own initialisation may be what first touches this class.
    public static final PyType BaseException = PyType.builtin("BaseException", PyBaseException.class,
            () -> PyObject.TYPE, b -> ExceptionMethods.define(b, "Common base class for all exceptions"));
    public static final PyType BaseExceptionGroup = exc("BaseExceptionGroup", PyBaseExceptionGroup.class, BaseException,
            "A combination of multiple unrelated exceptions.");
    public static final PyType ExceptionGroup = exc2("ExceptionGroup", PyBaseExceptionGroup.class, () -> new PyType[] {PyExc.BaseExceptionGroup, PyExc.Exception},
            null);
    public static final PyType Exception = exc("Exception", PyBaseException.class, BaseException,
            "Common base class for all non-exit exceptions.");
    public static final PyType ArithmeticError = exc("ArithmeticError", PyBaseException.class, Exception,
            "Base class for arithmetic errors.");
    public static final PyType FloatingPointError = exc("FloatingPointError", PyBaseException.class, ArithmeticError,
            "Floating point operation failed.");
    public static final PyType OverflowError = exc("OverflowError", PyBaseException.class, ArithmeticError,
            "Result too large to be represented.");
    public static final PyType ZeroDivisionError = exc("ZeroDivisionError", PyBaseException.class, ArithmeticError,
            "Second argument to a division or modulo operation was zero.");
    public static final PyType AssertionError = exc("AssertionError", PyBaseException.class, Exception,
            "Assertion failed.");
    public static final PyType AttributeError = exc("AttributeError", PyAttributeError.class, Exception,
            "Attribute not found.");
    public static final PyType BufferError = exc("BufferError", PyBaseException.class, Exception,
            "Buffer error.");
    public static final PyType EOFError = exc("EOFError", PyBaseException.class, Exception,
            "Read beyond end of file.");
    public static final PyType ImportError = exc("ImportError", PyImportError.class, Exception,
            "Import can't find module, or can't find name in module.");
    public static final PyType ModuleNotFoundError = exc("ModuleNotFoundError", PyImportError.class, ImportError,
            "Module not found.");
    public static final PyType LookupError = exc("LookupError", PyBaseException.class, Exception,
            "Base class for lookup errors.");
    public static final PyType IndexError = exc("IndexError", PyBaseException.class, LookupError,
            "Sequence index out of range.");
    public static final PyType KeyError = exc("KeyError", PyBaseException.class, LookupError,
            "Mapping key not found.");
    public static final PyType MemoryError = exc("MemoryError", PyBaseException.class, Exception,
            "Out of memory.");
    public static final PyType NameError = exc("NameError", PyNameError.class, Exception,
            "Name not found globally.");
    public static final PyType UnboundLocalError = exc("UnboundLocalError", PyNameError.class, NameError,
            "Local name referenced but not bound to a value.");
    public static final PyType OSError = exc("OSError", PyOSError.class, Exception,
            "Base class for I/O related errors.");
    public static final PyType BlockingIOError = exc("BlockingIOError", PyOSError.class, OSError,
            "I/O operation would block.");
    public static final PyType ChildProcessError = exc("ChildProcessError", PyOSError.class, OSError,
            "Child process error.");
    public static final PyType ConnectionError = exc("ConnectionError", PyOSError.class, OSError,
            "Connection error.");
    public static final PyType BrokenPipeError = exc("BrokenPipeError", PyOSError.class, ConnectionError,
            "Broken pipe.");
    public static final PyType ConnectionAbortedError = exc("ConnectionAbortedError", PyOSError.class, ConnectionError,
            "Connection aborted.");
    public static final PyType ConnectionRefusedError = exc("ConnectionRefusedError", PyOSError.class, ConnectionError,
            "Connection refused.");
    public static final PyType ConnectionResetError = exc("ConnectionResetError", PyOSError.class, ConnectionError,
            "Connection reset.");
    public static final PyType FileExistsError = exc("FileExistsError", PyOSError.class, OSError,
            "File already exists.");
    public static final PyType FileNotFoundError = exc("FileNotFoundError", PyOSError.class, OSError,
            "File not found.");
    public static final PyType InterruptedError = exc("InterruptedError", PyOSError.class, OSError,
            "Interrupted by signal.");
    public static final PyType IsADirectoryError = exc("IsADirectoryError", PyOSError.class, OSError,
            "Operation doesn't work on directories.");
    public static final PyType NotADirectoryError = exc("NotADirectoryError", PyOSError.class, OSError,
            "Operation only works on directories.");
    public static final PyType PermissionError = exc("PermissionError", PyOSError.class, OSError,
            "Not enough permissions.");
    public static final PyType ProcessLookupError = exc("ProcessLookupError", PyOSError.class, OSError,
            "Process not found.");
    public static final PyType TimeoutError = exc("TimeoutError", PyOSError.class, OSError,
            "Timeout expired.");
    public static final PyType ReferenceError = exc("ReferenceError", PyBaseException.class, Exception,
            "Weak ref proxy used after referent went away.");
    public static final PyType RuntimeError = exc("RuntimeError", PyBaseException.class, Exception,
            "Unspecified run-time error.");
    public static final PyType NotImplementedError = exc("NotImplementedError", PyBaseException.class, RuntimeError,
            "Method or function hasn't been implemented yet.");
    public static final PyType RecursionError = exc("RecursionError", PyBaseException.class, RuntimeError,
            "Recursion limit exceeded.");
    public static final PyType StopAsyncIteration = exc("StopAsyncIteration", PyBaseException.class, Exception,
            "Signal the end from iterator.__anext__().");
    public static final PyType StopIteration = exc("StopIteration", PyStopIteration.class, Exception,
            "Signal the end from iterator.__next__().");
    public static final PyType SyntaxError = exc("SyntaxError", PySyntaxError.class, Exception,
            "Invalid syntax.");
    public static final PyType IndentationError = exc("IndentationError", PySyntaxError.class, SyntaxError,
            "Improper indentation.");
    public static final PyType TabError = exc("TabError", PySyntaxError.class, IndentationError,
            "Improper mixture of spaces and tabs.");
    public static final PyType SystemError = exc("SystemError", PyBaseException.class, Exception,
            "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
    public static final PyType TypeError = exc("TypeError", PyBaseException.class, Exception,
            "Inappropriate argument type.");
    public static final PyType ValueError = exc("ValueError", PyBaseException.class, Exception,
            "Inappropriate argument value (of correct type).");
    public static final PyType UnicodeError = exc("UnicodeError", PyBaseException.class, ValueError,
            "Unicode related error.");
    public static final PyType UnicodeDecodeError = exc("UnicodeDecodeError", PyUnicodeError.class, UnicodeError,
            "Unicode decoding error.");
    public static final PyType UnicodeEncodeError = exc("UnicodeEncodeError", PyUnicodeError.class, UnicodeError,
            "Unicode encoding error.");
    public static final PyType UnicodeTranslateError = exc("UnicodeTranslateError", PyUnicodeError.class, UnicodeError,
            "Unicode translation error.");
    public static final PyType Warning = exc("Warning", PyBaseException.class, Exception,
            "Base class for warning categories.");
    public static final PyType BytesWarning = exc("BytesWarning", PyBaseException.class, Warning,
            "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
    public static final PyType DeprecationWarning = exc("DeprecationWarning", PyBaseException.class, Warning,
            "Base class for warnings about deprecated features.");
    public static final PyType EncodingWarning = exc("EncodingWarning", PyBaseException.class, Warning,
            "Base class for warnings about encodings.");
    public static final PyType FutureWarning = exc("FutureWarning", PyBaseException.class, Warning,
            "Base class for warnings about constructs that will change semantically\nin the future.");
    public static final PyType ImportWarning = exc("ImportWarning", PyBaseException.class, Warning,
            "Base class for warnings about probable mistakes in module imports");
    public static final PyType PendingDeprecationWarning = exc("PendingDeprecationWarning", PyBaseException.class, Warning,
            "Base class for warnings about features which will be deprecated\nin the future.");
    public static final PyType ResourceWarning = exc("ResourceWarning", PyBaseException.class, Warning,
            "Base class for warnings about resource usage.");
    public static final PyType RuntimeWarning = exc("RuntimeWarning", PyBaseException.class, Warning,
            "Base class for warnings about dubious runtime behavior.");
    public static final PyType SyntaxWarning = exc("SyntaxWarning", PyBaseException.class, Warning,
            "Base class for warnings about dubious syntax.");
    public static final PyType UnicodeWarning = exc("UnicodeWarning", PyBaseException.class, Warning,
            "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
    public static final PyType UserWarning = exc("UserWarning", PyBaseException.class, Warning,
            "Base class for warnings generated by user code.");
    public static final PyType GeneratorExit = exc("GeneratorExit", PyBaseException.class, BaseException,
            "Request that a generator exit.");
    public static final PyType KeyboardInterrupt = exc("KeyboardInterrupt", PyBaseException.class, BaseException,
            "Program interrupted by user.");
    public static final PyType SystemExit = exc("SystemExit", PySystemExit.class, BaseException,
            "Request to exit from the interpreter.");

    /** {@code EnvironmentError} and {@code IOError} are aliases of {@code OSError} since 3.3. */
    public static final PyType EnvironmentError = OSError;
    public static final PyType IOError = OSError;

    /**
     * A built-in exception type. The base is a value, not a supplier written at each field: the
     * fields are in hierarchy order (a base is always initialised first), and one lambda here
     * links once where sixty-odd lambdas cost the start-up of every program a link each.
     */
    private static PyType exc(String name, Class<? extends PyBaseException> javaClass, PyType base, String doc) {
        return PyType.builtin(name, javaClass, () -> base, b -> ExceptionMethods.define(b, doc));
    }

    private static PyType exc2(String name, Class<? extends PyBaseException> javaClass, Supplier<PyType[]> bases,
            String doc) {
        return PyType.builtinMulti(name, javaClass, bases, b -> ExceptionMethods.define(b, doc));
    }
}
