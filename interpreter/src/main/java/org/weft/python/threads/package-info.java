/**
 * Python threads as the interpreter sees them, apart from the {@code _thread} module that starts
 * them: the per-interpreter table of threads running Python code ({@link PythonThreads}: idents,
 * the main thread, the count of threads started from Python; the one source that the embedding
 * API's {@code interruptThread}/{@code interruptMain} and {@code _thread} both read), the optional
 * global interpreter lock of DESIGN.md's free-threading rule 8 ({@link Gil}), and the bracket
 * that blocking calls put around their waits ({@link Blocking}, {@code Blocking.call}).
 *
 * <p>May use {@code runtime} only. The engine polls through {@code ThreadState.checkInterrupt()},
 * which calls back into {@link PythonThread} when a thread's attention was requested.
 */
package org.weft.python.threads;
