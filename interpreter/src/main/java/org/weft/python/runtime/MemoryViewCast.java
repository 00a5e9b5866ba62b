package org.weft.python.runtime;

/**
 * {@code memoryview.cast(format[, shape])}: a C-contiguous view seen with another item format
 * (one of them a byte format) and/or another shape (1-D to N-D or N-D to 1-D).
 * CPython: memory_cast, cast_to_1D and cast_to_ND in memoryobject.c, messages word for word.
 */
final class MemoryViewCast {

    private static final ArgParser CAST = ArgParser.of("cast", "format", "shape=");

    private MemoryViewCast() {
    }

    static PyObject cast(PyMemoryView m, PyObject[] args, String[] kwnames) {
        PyObject[] a = CAST.parse(args, kwnames);
        if (!(a[0] instanceof PyStr formatArg)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not %s", Ops.typeName(a[0]));
        }
        PyObject shapeArg = a[1];
        m.checkLive();
        if (!m.isCContiguous()) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shapeArg != null || m.ndim() != 1) && zeroInShape(m)) {
            throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) {
                throw PyErr.typeError("shape must be a list or a tuple");
            }
            dims = shapeArg instanceof PyList l ? l.snapshot() : ((PyTuple) shapeArg).items();
            if (dims.length > PyMemoryView.MAX_NDIM) {
                throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
            }
            if (m.ndim() != 1 && dims.length != 1) {
                throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        String format = formatArg.value();
        MemoryFormat dest = MemoryFormat.parse(format);
        if (dest == null) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!m.fmt.isByte() && !dest.isByte()) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = m.nbytes();
        if (nbytes % dest.itemsize != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (dims == null) {
            return new PyMemoryView(m.mem, format, dest, m.offset, new int[] {nbytes / dest.itemsize},
                    new int[] {dest.itemsize}, m.readonly);
        }
        long[] wanted = shape(dims, dest.itemsize, nbytes);
        int[] shape = new int[wanted.length];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = (int) wanted[d];
        }
        return new PyMemoryView(m.mem, format, dest, m.offset, shape, cStrides(shape, dest.itemsize), m.readonly);
    }

    private static boolean zeroInShape(PyMemoryView m) {
        for (int d : m.shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    // CPython: copy_shape; each element an int > 0, the product within a Py_ssize_t and equal to the size.
    private static long[] shape(PyObject[] dims, int itemsize, int nbytes) {
        long[] shape = new long[dims.length];
        long product = itemsize;
        for (int d = 0; d < dims.length; d++) {
            if (!(dims[d] instanceof PyInt i)) {
                throw PyErr.typeError("memoryview.cast(): elements of shape must be integers");
            }
            if (!i.isSmall()) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }
            if (i.longValue() <= 0) {
                throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            shape[d] = i.longValue();
            try {
                product = Math.multiplyExact(product, shape[d]);
            } catch (ArithmeticException e) {
                throw PyErr.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
        }
        if (product != nbytes) {
            throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return shape;
    }

    /** Row-major strides for {@code shape}. */
    static int[] cStrides(int[] shape, int itemsize) {
        int[] strides = new int[shape.length];
        int sd = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = sd;
            sd *= shape[d];
        }
        return strides;
    }
}
