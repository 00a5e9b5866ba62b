/**
 * Completion for the kernel's {@code complete_request}: what IPython/ipykernel (with jedi) would
 * offer at a cursor, computed from the live interpreter. {@link org.weft.kernel.completion.Completer}
 * is the entry point; it takes a cell's text and a cursor and returns a
 * {@link org.weft.kernel.completion.Completion} record, which the kernel turns into JSON.
 *
 * <p>Uses only the interpreter's embedding and runtime API (no protocol, ZeroMQ or JSON). Nothing
 * here calls Python callables to find what to offer: expressions are looked up as chains of names
 * and attributes, and only imports ({@code from x import }) run module code, as IPython does.
 */
package org.weft.kernel.completion;
