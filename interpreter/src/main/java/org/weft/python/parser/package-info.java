/**
 * The parser: tokens to {@link org.weft.python.ast} trees, by hand-written recursive descent over
 * CPython 3.11's grammar ({@code Grammar/python.gram}), one method per rule.
 *
 * <p>Entry point: {@link org.weft.python.parser.Parser#parse(String, String, Mode)}. Syntax errors
 * are thrown as {@link org.weft.python.parser.SyntaxErrorException} with CPython's message and
 * location, including the "invalid_*" diagnostics of CPython's second parser pass ("expected ':'",
 * "Perhaps you forgot a comma?", "cannot assign to ...").
 *
 * <p>The parser backtracks only at a few points that need it (the {@code match} soft keyword,
 * keyword arguments, lambda and assignment targets), by marking and resetting its token stream.
 * Checks that need scopes ({@code 'return' outside function}, {@code nonlocal} bindings) belong to
 * the compiler, as in CPython.
 *
 * <p>Depends on {@code org.weft.python.lexer} and {@code org.weft.python.ast}.
 */
package org.weft.python.parser;
