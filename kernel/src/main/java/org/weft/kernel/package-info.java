/**
 * The Jupyter kernel: joins {@code org.weft.protocol} (the wire) to {@code org.weft.python} (the
 * interpreter). Request handlers, the execution thread (Python's main thread), output routing
 * from every Python thread to the cell that started it, completion, inspection, history, and the
 * IPython-compatible pieces notebooks expect ({@code IPython.display}, magics).
 *
 * <p>May use the protocol and interpreter modules, Gson and SLF4J; neither of those modules may use
 * this one.
 */
package org.weft.kernel;
