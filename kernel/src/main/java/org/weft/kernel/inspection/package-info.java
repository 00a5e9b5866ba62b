/**
 * Inspection for the kernel's {@code inspect_request} and the {@code obj?} / {@code obj??} help
 * ({@code pinfo}/{@code pinfo2}): the text IPython's object inspector shows, computed from the
 * live interpreter. {@link org.weft.kernel.inspection.Inspector} is the entry point; it returns
 * plain text (IPython's {@code text/plain}, without colour codes), which the kernel wraps in JSON.
 *
 * <p>The files follow IPython 8's {@code IPython/core/oinspect.py}: {@code ObjectFinder} is
 * {@code InteractiveShell._ofind}, {@code InfoCollector} is {@code Inspector.info},
 * {@code PinfoText} is {@code Inspector._get_info} with {@code format_mime},
 * {@code SignatureText} is {@code _render_signature}, {@code TokenAtCursor} is
 * {@code IPython.utils.tokenutil.token_at_cursor}. Object facts (docstrings, signatures, files,
 * source) come from the interpreter's own {@code inspect} module, as IPython's come from CPython's.
 *
 * <p>Uses the interpreter's embedding, parser and runtime API and
 * {@code org.weft.kernel.completion}'s thread binding; no protocol, ZeroMQ or JSON.
 */
package org.weft.kernel.inspection;
