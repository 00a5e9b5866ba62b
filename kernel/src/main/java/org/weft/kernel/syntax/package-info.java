/**
 * IPython's input syntax for the kernel: the cell transformer that turns {@code %magic},
 * {@code %%cell_magic}, {@code !shell}, {@code obj?} help and pasted prompts into plain Python
 * calls on {@code get_ipython()} ({@link org.weft.kernel.syntax.IPythonSyntax}), and the
 * {@code is_complete_request} check ({@link org.weft.kernel.syntax.CodeCompleteness}).
 *
 * <p>A port of IPython's {@code inputtransformer2.py}, which finds the special syntax in the tokens
 * of CPython's {@code tokenize} module so that strings and comments are never rewritten; that
 * module's lenient tokenizer is ported here too ({@code Tokenizer}). Pure functions of strings.
 * Uses the interpreter's parser and {@code StrRepr}; nothing of ZeroMQ or the protocol package.
 */
package org.weft.kernel.syntax;
