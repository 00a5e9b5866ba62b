/**
 * The compiler: symbol tables ({@link org.weft.python.compiler.SymbolTableBuilder},
 * {@link org.weft.python.compiler.ScopeAnalyzer}), then AST to executable node trees
 * ({@link org.weft.python.compiler.Compiler} with its statement, expression, target, function and
 * yield compilers). Depends on {@code ast}, {@code nodes} and {@code runtime}.
 */
package org.weft.python.compiler;
