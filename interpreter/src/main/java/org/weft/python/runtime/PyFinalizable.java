package org.weft.python.runtime;

/**
 * An instance of a class that defines {@code __del__} (a plain class: its Java class would
 * otherwise be {@link PyObject}). The JVM tells us when it has become unreachable through
 * {@link #finalize}, which hands it to its interpreter's {@link Finalizers}; the interpreter calls
 * {@code __del__} on a Python thread at the next point where CPython's reference counts would have
 * freed it (see Finalizers for those points).
 *
 * <p>Threads: {@link #finalize} runs on the JVM's finalizer thread and only enqueues;
 * {@link #claim} lets exactly one caller run {@code __del__}, once in the object's life, as PEP 442
 * has it even when {@code __del__} resurrects the object.
 */
public final class PyFinalizable extends PyObject {
    private final Finalizers owner;
    /** Creation order: what {@code __del__}s that become due together run in. */
    final long sequence;
    private final java.util.concurrent.atomic.AtomicBoolean finalized = new java.util.concurrent.atomic.AtomicBoolean();

    PyFinalizable(PyType type, Finalizers owner) {
        super(type);
        this.owner = owner;
        this.sequence = owner.created(this);
    }

    /** True for the one caller that is to run {@code __del__}. */
    boolean claim() {
        return finalized.compareAndSet(false, true);
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        // Resurrects the object into the owner's queue; the JVM calls this at most once.
        owner.died(this);
    }
}
