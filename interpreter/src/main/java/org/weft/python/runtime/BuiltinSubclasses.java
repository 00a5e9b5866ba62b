package org.weft.python.runtime;

import java.util.Comparator;
import java.util.List;

/**
 * {@code __subclasses__()} of a built-in exception type, as CPython lists it: its built-in
 * subclasses all exist from the start, in the order CPython initializes them (exceptions.c
 * static_exceptions, then ExceptionGroup), before any made later. Weft makes built-in types
 * when first used, so they are made here first. Immutable.
 */
final class BuiltinSubclasses {

    private BuiltinSubclasses() {
    }

    private static final List<PyType> ORDER = List.of(
            PyExc.BaseException, PyExc.BaseExceptionGroup, PyExc.Exception, PyExc.GeneratorExit,
            PyExc.KeyboardInterrupt, PyExc.SystemExit, PyExc.ArithmeticError, PyExc.AssertionError,
            PyExc.AttributeError, PyExc.BufferError, PyExc.EOFError, PyExc.ImportError, PyExc.LookupError,
            PyExc.MemoryError, PyExc.NameError, PyExc.OSError, PyExc.ReferenceError, PyExc.RuntimeError,
            PyExc.StopAsyncIteration, PyExc.StopIteration, PyExc.SyntaxError, PyExc.SystemError, PyExc.TypeError,
            PyExc.ValueError, PyExc.Warning, PyExc.FloatingPointError, PyExc.OverflowError,
            PyExc.ZeroDivisionError, PyExc.BytesWarning, PyExc.DeprecationWarning, PyExc.EncodingWarning,
            PyExc.FutureWarning, PyExc.ImportWarning, PyExc.PendingDeprecationWarning, PyExc.ResourceWarning,
            PyExc.RuntimeWarning, PyExc.SyntaxWarning, PyExc.UnicodeWarning, PyExc.UserWarning,
            PyExc.BlockingIOError, PyExc.ChildProcessError, PyExc.ConnectionError, PyExc.FileExistsError,
            PyExc.FileNotFoundError, PyExc.InterruptedError, PyExc.IsADirectoryError, PyExc.NotADirectoryError,
            PyExc.PermissionError, PyExc.ProcessLookupError, PyExc.TimeoutError, PyExc.IndentationError,
            PyExc.IndexError, PyExc.KeyError, PyExc.ModuleNotFoundError, PyExc.NotImplementedError,
            PyExc.RecursionError, PyExc.UnboundLocalError, PyExc.UnicodeError, PyExc.BrokenPipeError,
            PyExc.ConnectionAbortedError, PyExc.ConnectionRefusedError, PyExc.ConnectionResetError, PyExc.TabError,
            PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeTranslateError, PyExc.ExceptionGroup);

    static List<PyType> of(PyType t) {
        if (t.isHeapType() || !t.isSubtypeOf(PyExc.BaseException)) {
            return t.getSubclasses();
        }
        for (PyType e : ORDER) {
            e.getMro();
        }
        List<PyType> subs = t.getSubclasses();
        subs.sort(Comparator.comparingInt(BuiltinSubclasses::rank));
        return subs;
    }

    /** Position in CPython's start-up order; every other class after them, in creation order. */
    private static int rank(PyType t) {
        int i = ORDER.indexOf(t);
        return i < 0 ? ORDER.size() : i;
    }
}
