/**
 * The tokenizer: Python source text to {@link org.weft.python.lexer.Token}s, following CPython
 * 3.11's {@code Parser/tokenizer.c} rule for rule (indentation with tabs to multiples of 8 and the
 * tab/space consistency check, implicit and explicit line joining, every number and string form,
 * bracket matching) and raising its error messages word for word as
 * {@link org.weft.python.lexer.LexerError}. Also {@link org.weft.python.lexer.StringDecoder}, which
 * turns the text of a string or bytes literal into its value.
 *
 * <p>The lexer works on code points, so columns agree with CPython's character offsets. It is
 * pull-based: the parser asks for one token at a time, so errors surface in the same order as in
 * CPython. F-strings are single {@code STRING} tokens here, as in 3.11; the parser splits them.
 *
 * <p>Depends on {@code java.base} only.
 */
package org.weft.python.lexer;
