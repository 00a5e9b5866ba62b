package org.weft.python.runtime;

/**
 * {@code list}'s operators: {@code + += * *=} and the rich comparisons. Comparisons work on
 * snapshots, so no lock is held while items' {@code __eq__}/{@code __lt__} run.
 */
final class PyListArithmetic {

    private PyListArithmetic() {
    }

    static void define(TypeBuilder b) {
        b.method1("__add__", PyListArithmetic::add);
        b.method1("__iadd__", (self, o) -> {
            PyListMethods.extend((PyList) self, o);
            return self;
        });
        b.method1("__mul__", PyListArithmetic::mul);
        b.method1("__rmul__", PyListArithmetic::mul);
        b.method1("__imul__", PyListArithmetic::imul);
        b.method1("__eq__", (self, o) -> compare(self, o, CompareOp.EQ));
        b.method1("__ne__", (self, o) -> compare(self, o, CompareOp.NE));
        b.method1("__lt__", (self, o) -> compare(self, o, CompareOp.LT));
        b.method1("__le__", (self, o) -> compare(self, o, CompareOp.LE));
        b.method1("__gt__", (self, o) -> compare(self, o, CompareOp.GT));
        b.method1("__ge__", (self, o) -> compare(self, o, CompareOp.GE));
    }

    // CPython: list_concat in listobject.c
    static PyObject add(PyObject self, PyObject o) { // also Ops.add's list fast path
        if (!(o instanceof PyList other)) {
            throw PyErr.typeError("can only concatenate list (not \"%s\") to list", Ops.typeName(o));
        }
        PyList l = (PyList) self;
        for (int tries = 0; tries < SeqLocked.OPTIMISTIC_TRIES; tries++) {
            // Both operands read optimistically straight into the result: one array, not three.
            long s1 = l.readBegin();
            PyObject[] a = l.items;
            long s2 = other.readBegin();
            PyObject[] c = other.items;
            if (a == null || c == null) {
                break; // a list keeping ints: its snapshot makes the int objects
            }
            int n1 = Math.min(l.size, a.length);
            int n2 = Math.min(other.size, c.length);
            PyObject[] r = new PyObject[SequenceSupport.repeatedSize(1, (long) n1 + n2)];
            System.arraycopy(a, 0, r, 0, n1);
            System.arraycopy(c, 0, r, n1, n2);
            if (l.readValid(s1) && other.readValid(s2)) {
                return new PyList(r);
            }
        }
        PyObject[] a = l.snapshot();
        PyObject[] c = other.snapshot();
        PyObject[] r = new PyObject[SequenceSupport.repeatedSize(1, (long) a.length + c.length)];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(c, 0, r, a.length, c.length);
        return new PyList(r);
    }

    private static PyObject mul(PyObject self, PyObject n) {
        long count = SequenceSupport.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] a = ((PyList) self).snapshot();
        return new PyList(SequenceSupport.repeat(a, a.length, count));
    }

    // CPython: list_inplace_repeat in listobject.c, reached through PyNumber_InPlaceMultiply, which
    // first lets the right operand's __rmul__ answer a count that is not an integer.
    private static PyObject imul(PyObject self, PyObject n) {
        long count = SequenceSupport.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyList l = (PyList) self;
        l.lockWrite();
        try {
            int size = l.size;
            if (count <= 0 || size == 0) {
                l.items = PyList.NO_ITEMS;
                l.ints = null;
                l.size = 0;
                return self;
            }
            int total = SequenceSupport.repeatedSize(size, count);
            l.ensureCapacity(total);
            PyObject[] a = l.objectItems();
            for (int done = size; done < total;) {
                int chunk = Math.min(done, total - done);
                System.arraycopy(a, 0, a, done, chunk);
                done += chunk;
            }
            l.size = total;
            return self;
        } finally {
            l.unlockWrite();
        }
    }

    private static PyObject compare(PyObject self, PyObject o, CompareOp op) {
        if (!(o instanceof PyList other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] a = ((PyList) self).snapshot();
        PyObject[] c = self == o ? a : other.snapshot();
        if (a.length != c.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        return SequenceSupport.compare(a, a.length, c, c.length, op);
    }
}
