package org.weft.python.io;

import org.weft.python.runtime.PyIterator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * A text file object ({@code _io.TextIOWrapper}): what {@code open()} returns in text mode and
 * what sys.stdout/stderr/stdin are. The work is done by its {@link TextStream}; the methods are in
 * {@link PyTextIOWrapperMethods}.
 *
 * <p>Threads: the stream synchronises itself; the fields here are final.
 */
public final class PyTextIOWrapper extends PyObject implements PyIterator {

    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyTextIOWrapper.class,
            () -> PyObject.TYPE, PyTextIOWrapperMethods::define);

    /** Replaced by {@code reconfigure()} (a new encoding, errors or newline); volatile for the readers. */
    volatile TextStream stream;
    /** {@code name}: the path as given to open(), or "&lt;stdout&gt;". */
    final PyObject name;
    final String mode;
    /** The {@code buffer} attribute; null for the sink streams. */
    final PyObject buffer;

    /** Set by {@code detach()}: from then on nearly every operation is ValueError. */
    volatile boolean detached;

    /** {@code line_buffering}: open(..., buffering=1), TextIOWrapper(..., line_buffering=True), a sink. */
    volatile boolean lineBuffering;

    public PyTextIOWrapper(TextStream stream, PyObject name, String mode, PyObject buffer) {
        this(stream, name, mode, buffer, buffer == null);
    }

    public PyTextIOWrapper(TextStream stream, PyObject name, String mode, PyObject buffer, boolean lineBuffering) {
        super(TYPE);
        this.stream = stream;
        this.name = name;
        this.mode = mode;
        this.buffer = buffer;
        this.lineBuffering = lineBuffering;
    }

    /** sys.stdout and friends: text straight to the calling thread's run sinks. */
    public static PyTextIOWrapper forSink(SinkTextStream.Which which) {
        String name = switch (which) {
            case STDIN -> "<stdin>";
            case STDOUT -> "<stdout>";
            case STDERR -> "<stderr>";
        };
        return new PyTextIOWrapper(new SinkTextStream(which), PyStr.of(name),
                which == SinkTextStream.Which.STDIN ? "r" : "w", null);
    }

    /**
     * The buffer of a standard stream, made at first use (_weft_stdio): written once under this
     * object's monitor, read without it (volatile), so that sys.stdout.buffer.write in a loop takes
     * no lock.
     */
    private volatile PyObject standardBuffer;

    /** sys.stdout.buffer and friends: one binary layer per stream, the same object every time. */
    PyObject standardBuffer() {
        PyObject b = standardBuffer;
        return b != null ? b : makeStandardBuffer();
    }

    private synchronized PyObject makeStandardBuffer() {
        if (standardBuffer == null) {
            PyObject stdio = org.weft.python.runtime.ModuleImports.importOnThisThread("_weft_stdio");
            standardBuffer = org.weft.python.runtime.Ops.callMethod(stdio, "buffer_for", this);
        }
        return standardBuffer;
    }

    public TextStream stream() {
        return stream;
    }

    /** Writes text; the fast path of print(). */
    public void writeText(String s) {
        PyTextIOWrapperMethods.write(this, s);
    }

    @Override
    public PyObject nextItem() {
        String line = PyTextIOWrapperMethods.nextLine(this);
        return line.isEmpty() ? null : PyStr.of(line);
    }
}
