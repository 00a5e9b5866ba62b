package org.weft.python.runtime;

import org.weft.python.nodes.Frame;

/**
 * The events of {@code sys.setprofile} (CPython: call_trace_protected and C_TRACE in ceval.c):
 * 'call' and 'return' around each Python frame, 'c_call', 'c_return' and 'c_exception' around a
 * built-in function or method called from Python code. Reached only when the thread has a
 * profile function ({@link ThreadState#profiler()} not null), so calls without one pay nothing here.
 *
 * <p>Threads: the event names are immutable constants; the profile function is the calling thread's.
 */
public final class ProfileHooks {

    private static final PyStr CALL = PyStr.of("call");
    private static final PyStr RETURN = PyStr.of("return");
    private static final PyStr C_CALL = PyStr.of("c_call");
    private static final PyStr C_RETURN = PyStr.of("c_return");
    private static final PyStr C_EXCEPTION = PyStr.of("c_exception");

    private ProfileHooks() {
    }

    /** A Python frame starts (or a generator resumes); {@code frame} is already the thread's innermost. */
    public static void call(ThreadState ts, Frame frame) {
        if (!PyTraceback.isHidden(frame)) {
            ts.callProfiler(frame, CALL, PyNone.NONE);
        }
    }

    /** A Python frame ends: its value, or None when an exception leaves it (as CPython reports). */
    public static void ret(ThreadState ts, Frame frame, PyObject value) {
        if (!PyTraceback.isHidden(frame)) {
            ts.callProfiler(frame, RETURN, value == null ? PyNone.NONE : value);
        }
    }

    /**
     * Whether built-in calls made from the thread's innermost frame are the program's: not from a
     * function CPython writes in C (io.StringIO.write calling len), whose calls CPython never reports.
     */
    private static boolean reportedCaller(ThreadState ts) {
        return !(ts.frame() instanceof Frame f) || !PyTraceback.isHidden(f);
    }

    /**
     * A call from a call site of Python code ({@link Ops#call} otherwise): a built-in function is
     * reported as c_call when the thread has a profiler. The type test comes first, so calls of
     * anything else read nothing more.
     */
    public static PyObject callFromSite(ThreadState ts, PyObject fn, PyObject[] args, String[] kwnames) {
        if (fn instanceof PyBuiltinFunction && ts.profiler != null && reportedCaller(ts)) {
            return callC(ts, fn, () -> Ops.call(fn, args, kwnames));
        }
        return Ops.call(fn, args, kwnames);
    }

    /** {@code bf(a)} from a call site, as {@link #callFromSite}. */
    public static PyObject call1FromSite(ThreadState ts, PyBuiltinFunction bf, PyObject a) {
        if (ts.profiler != null && reportedCaller(ts)) {
            return callC(ts, bf, () -> bf.call1(a));
        }
        return bf.call1(a);
    }

    /** Brackets a built-in call with c_call and c_return (or c_exception); {@code fn} is what CPython passes. */
    public static PyObject callC(ThreadState ts, PyObject fn, java.util.function.Supplier<PyObject> call) {
        if (!reportedCaller(ts)) {
            return call.get();
        }
        PyObject frame = (PyObject) ts.frame();
        ts.callProfiler(frame, C_CALL, fn);
        PyObject result;
        try {
            result = call.get();
        } catch (PyException e) {
            ts.callProfiler(frame, C_EXCEPTION, fn);
            throw e;
        }
        ts.callProfiler(frame, C_RETURN, fn);
        return result;
    }
}
