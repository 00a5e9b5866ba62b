package org.weft.python.nodes.controlflow;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyGenerator;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.ThreadState;

/**
 * Closing the generators that a {@code for} loop abandons.
 *
 * <p>CPython frees a generator as soon as its last reference goes; when a {@code for} loop left by
 * {@code break}, {@code return} or an exception held the only one, the generator's
 * {@code finally:} and {@code with} blocks run right after the loop. The JVM has no such moment,
 * so the loop nodes do it for the one case where the loop can know it held the only reference:
 * <ul>
 *   <li>the loop's iterable is written as a call or a generator expression
 *       ({@code for x in gen(...)}, {@code for x in (y for y in z)}), never a name or attribute that
 *       others may still hold (decided by the compiler: {@code closeTemp} on the loop nodes);</li>
 *   <li>the value is a {@link PyGenerator} that had not started when the loop received it (a call
 *       that hands back an already running generator, as {@code iter(g)} does, shares it);</li>
 *   <li>the loop exits other than by exhausting it (closing a finished generator does nothing).</li>
 * </ul>
 * Generators abandoned any other way are not closed until the program ends (they are never
 * finalized). Errors raised while closing are reported as CPython reports errors in a finalizer,
 * "Exception ignored in: ..." on {@code sys.stderr}, and never replace the loop's own outcome.
 */
public final class AbandonedGenerators {
    private AbandonedGenerators() {
    }

    /** The generator to close when the loop exits, or null: {@code it} if the loop owns it. */
    public static PyGenerator owned(boolean closeTemp, PyObject it) {
        return closeTemp && it instanceof PyGenerator g && !g.isStarted() ? g : null;
    }

    /** Closes a generator the loop owned; never throws a Python exception. */
    // CPython: _PyGen_Finalize in genobject.c (through gen_dealloc)
    public static void close(PyGenerator g) {
        try {
            g.close();
        } catch (PyException e) {
            unraisable(g, e);
        }
    }

    /**
     * At the end of the program, closes the suspended generators that {@code __main__}'s globals
     * name, in the globals' order: CPython frees them when it clears the module's dict at exit,
     * so their {@code finally:} and {@code with} blocks run then, after the {@code atexit}
     * callbacks. Generators held only elsewhere are still never closed.
     */
    // CPython: finalize_modules in pylifecycle.c, then _PyGen_Finalize for each generator
    public static void closeAtExit(PyDict mainGlobals) {
        for (PyObject key : mainGlobals.keys()) {
            if (mainGlobals.getItem(key) instanceof PyGenerator g && g.type() == PyGenerator.TYPE
                    && g.isStarted() && !g.isFinished() && !g.isRunning()) {
                close(g);
            }
        }
    }

    private static void unraisable(PyGenerator g, PyException e) {
        if (ThreadState.current().interpreter() instanceof Interpreter i) {
            String where;
            try {
                where = Ops.repr(g).value();
            } catch (PyException reprFailed) { // e.g. at the recursion limit: the report must not throw
                where = "<generator object>";
            }
            i.writeUnraisable(e, where);
        }
    }
}
