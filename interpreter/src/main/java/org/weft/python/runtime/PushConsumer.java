package org.weft.python.runtime;

/**
 * What a built-in that consumes a whole generator ({@code list(g)}, {@code sum(g)},
 * {@code any(g)}, {@code ''.join(g)}) hands to {@link PyGenerator#drain}: the generator's
 * {@code yield} gives each value straight to it and carries on, instead of suspending and being
 * resumed once per value (a frame entry, a gate and a walk back down to the yield each time).
 *
 * <p>A consumer runs inside the generator's activation, so it must run no Python code and raise
 * nothing: a value it cannot take that way (a user class's {@code __add__} or {@code __bool__}, a
 * decision that ends the loop) it declines, and the generator then suspends exactly as if that
 * value had been yielded to {@code next()}; the built-in handles it outside, as it would have.
 */
public interface PushConsumer {

    /** Takes {@code v} and returns true, or returns false to decline it (see above). */
    boolean accept(PyObject v);
}
