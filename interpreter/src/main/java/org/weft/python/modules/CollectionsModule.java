package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyStr;

/**
 * {@code _collections}: the parts of {@code collections} written in Java for speed and thread
 * safety ({@code deque}, namedtuple's field accessor {@code _tuplegetter}); the rest of {@code collections} is Python (lib/collections/__init__.py).
 */
public final class CollectionsModule implements BuiltinModule {

    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("High performance data structures."));
        m.put("deque", PyDeque.TYPE);
        m.put("_deque_iterator", PyDequeIterator.TYPE);
        m.put("_deque_reverse_iterator", PyDequeIterator.REVERSE_TYPE);
        m.put("_tuplegetter", PyTupleGetter.TYPE);
    }
}
