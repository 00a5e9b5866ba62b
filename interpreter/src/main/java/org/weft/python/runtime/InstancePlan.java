package org.weft.python.runtime;

/**
 * What calling a type {@code C(...)} resolves to, looked up once per version of {@code C} (and
 * of its metatype) instead of on every call: the metatype's {@code __call__} when it overrides
 * {@code type.__call__}, {@code C.__new__} and {@code C.__init__}. CPython: type_call, which
 * looks these up each time; the answers are the same while neither type's version changes.
 *
 * <p>Threads: immutable (final fields), published by {@link PyType#instancePlan()} through a plain
 * field; a racing reader sees either an older complete plan, which it re-validates, or its own.
 *
 * @param version     {@code C.version()} read before the lookups
 * @param meta        {@code type(C)} when the plan was made
 * @param metaVersion {@code meta.version()} read before the lookups (unused when meta is type)
 * @param metaCall    the metatype's {@code __call__} when it is not {@code type.__call__}, else null
 * @param newd        {@code C.__new__} as found along the MRO (may be null)
 * @param objectNew   true when {@code newd} is {@code object.__new__}
 * @param init        {@code C.__init__} as found along the MRO (may be null)
 * @param initDirect  {@code init} when it can be called as a method without binding, else null
 */
record InstancePlan(int version, PyType meta, int metaVersion, PyObject metaCall, PyObject newd,
        boolean objectNew, PyObject init, MethodDescriptor initDirect) {

    /** Resolves the plan for {@code type}; versions are read before the lookups they stamp. */
    static InstancePlan of(PyType type) {
        int version = type.version();
        PyType meta = type.type();
        int metaVersion = 0;
        PyObject metaCall = null;
        if (meta != PyType.TYPE) {
            metaVersion = meta.version();
            PyObject c = meta.lookup("__call__");
            metaCall = c == PyTypeMethods.CALL ? null : c;
        }
        PyObject newd = type.lookup("__new__");
        PyObject init = type.lookup("__init__");
        // Special.callV's rule: a MethodDescriptor whose type is not a Python subclass.
        MethodDescriptor direct = init instanceof MethodDescriptor m && !init.type().isHeapType() ? m : null;
        return new InstancePlan(version, meta, metaVersion, metaCall, newd,
                newd == PyObjectMethods.NEW, init, direct);
    }

    /** True while no lookup this plan made could give another answer. */
    boolean isCurrentFor(PyType type) {
        PyType m = type.type();
        return version == type.version() && m == meta && (m == PyType.TYPE || metaVersion == m.version());
    }
}
