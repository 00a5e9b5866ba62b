package org.weft.python.runtime;

/**
 * sys.addaudithook and sys.audit (PEP 578): the hooks of one interpreter, called with
 * {@code (event, args)} for each event, in the order they were added. Programs raise events with
 * sys.audit; Weft itself raises CPython's {@code open} (a file opened by name),
 * {@code compile}, {@code exec} (exec() and eval()), {@code builtins.input}, {@code os.system}
 * and {@code sys.addaudithook} events, not yet the rest of CPython's list (import, an imported
 * module's exec, subprocess.Popen, socket and others).
 *
 * <p>Threads: the hooks are an immutable array replaced on each addition (hooks are added a few
 * times, read on every event); an event with no hook costs one volatile read. CPython offers no
 * way to remove a hook, and neither does this.
 */
public final class AuditHooks {

    /** What an interpreter implements to have hooks (the engine's Interpreter). */
    public interface Owner {
        AuditHooks auditHooks();
    }

    private volatile PyObject[] hooks = new PyObject[0];

    /**
     * sys.addaudithook(hook): the hooks already there see 'sys.addaudithook' first, and if one of
     * them raises RuntimeError the new hook is silently not added (any other error propagates).
     */
    // CPython: sys_addaudithook_impl in sysmodule.c
    public void add(PyObject hook) {
        try {
            fire("sys.addaudithook", new PyObject[0]);
        } catch (PyException e) {
            if (Ops.isInstance(e.value(), PyExc.RuntimeError)) {
                return;
            }
            throw e;
        }
        synchronized (this) {
            PyObject[] old = hooks;
            PyObject[] next = java.util.Arrays.copyOf(old, old.length + 1);
            next[old.length] = hook;
            hooks = next;
        }
    }

    /**
     * Calls every hook with {@code (event, args)}; what a hook raises propagates to the event's
     * raiser. {@code args} becomes the tuple: callers pass an array of their own making.
     */
    public void fire(String event, PyObject[] args) {
        PyObject[] hs = hooks;
        if (hs.length == 0) {
            return;
        }
        PyObject ev = PyStr.of(event);
        PyTuple tuple = PyTuple.of(args);
        for (PyObject h : hs) {
            Ops.call(h, new PyObject[] {ev, tuple}, null);
        }
    }

    /** sys.addaudithook(hook) for the interpreter the calling thread runs for. */
    public static void addHook(PyObject hook) {
        if (ThreadState.current().interpreter() instanceof Owner o) {
            o.auditHooks().add(hook);
        }
    }

    /** An event of the interpreter the calling thread runs for; nothing when it has no hooks. */
    public static void audit(String event, PyObject... args) {
        ThreadState ts = ThreadState.current();
        if (ts.interpreter() instanceof Owner o) {
            o.auditHooks().fire(event, args);
        }
    }
}
