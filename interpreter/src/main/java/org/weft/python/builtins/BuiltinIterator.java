package org.weft.python.builtins;

import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * The common shape of the builtins' iterator types (enumerate, zip, map, filter, reversed,
 * callable_iterator): {@code __iter__} returns self, {@code __next__} raises StopIteration when
 * {@link #nextItem()} returns null, and {@code Ops.next} calls {@link #nextItem()} directly.
 *
 * <p>Threads: two threads may call next() on one iterator. Subclasses keep their state in plain
 * fields read once into locals, so a race may give an item twice or skip one (as CPython without
 * the GIL allows) but never throws a Java exception.
 */
abstract class BuiltinIterator extends PyObject implements PyIterator {

    BuiltinIterator(PyType type) {
        super(type);
    }

    /** Adds {@code __iter__} and {@code __next__} to an iterator type, and its doc. */
    static void defineIterator(TypeBuilder b, String doc) {
        if (doc != null) {
            b.doc(doc);
        }
        b.method0("__iter__", self -> self);
        b.method0("__next__", self -> {
            PyObject item = ((PyIterator) self).nextItem();
            if (item == null) {
                throw PyErr.stopIteration(null);
            }
            return item;
        });
    }
}
