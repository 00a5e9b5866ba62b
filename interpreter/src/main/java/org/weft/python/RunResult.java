package org.weft.python;

import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;

/**
 * The outcome of {@link Interpreter#runCell}: the value of the cell's final expression (None when
 * it has none), or the Python exception that ended it.
 */
public record RunResult(PyObject value, PyException exception) {

    /** True when the run ended with an exception. */
    public boolean failed() {
        return exception != null;
    }
}
