/**
 * The input history that Jupyter's {@code history_request} serves, kept across kernel restarts in
 * a JSON-lines file under the user's Jupyter data directory
 * ({@link org.weft.kernel.history.HistoryStore}). Queries follow IPython's {@code HistoryManager}.
 *
 * <p>Uses Gson and SLF4J; nothing of ZeroMQ, the protocol package or the interpreter.
 */
package org.weft.kernel.history;
