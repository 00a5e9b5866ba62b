package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * {@code _queue}: {@code SimpleQueue} and {@code Empty}, which {@code queue} re-exports, as CPython's
 * C accelerator does (a producer/consumer tutorial moves every item through one). {@code Empty} is
 * made per interpreter, like any class.
 */
public final class QueueModule implements BuiltinModule {

    @Override
    public String name() {
        return "_queue";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("C implementation of the Python queue module.\n"
                + "This module is an implementation detail, please do not use it directly."));
        PyDict ns = new PyDict();
        ns.setItem("__module__", PyStr.of("_queue"));
        ns.setItem("__doc__", PyStr.of("Exception raised by Queue.get(block=0)/get_nowait()."));
        PyObject empty = Ops.call(PyType.TYPE, PyStr.of("Empty"), PyTuple.of(PyExc.Exception), ns);
        m.put("Empty", empty);
        m.put("SimpleQueue", PySimpleQueue.TYPE);
    }
}
