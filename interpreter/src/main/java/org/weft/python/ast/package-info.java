/**
 * The abstract syntax tree: immutable records that mirror CPython 3.11's {@code ast} module
 * ({@code Parser/Python.asdl}) one to one, so that anyone who knows {@code ast} knows these.
 *
 * <p>Each ASDL sum type is a sealed interface whose constructors are records nested in it:
 * {@link org.weft.python.ast.Mod} ({@code Module}, {@code Interactive}, {@code Expression}),
 * {@link org.weft.python.ast.Stmt} ({@code Stmt.If}, {@code Stmt.FunctionDef}, ...),
 * {@link org.weft.python.ast.Expr} ({@code Expr.BinOp}, {@code Expr.Name}, {@code Expr.List}, ...) and
 * {@link org.weft.python.ast.Pattern} ({@code Pattern.MatchAs}, ...). Nesting keeps CPython's names
 * without clashing with {@code java.util.List}: the statement {@code ast.Expr} is {@code Stmt.Expr},
 * the expression {@code ast.List} is {@code Expr.List}. ASDL product types are top-level records:
 * {@link org.weft.python.ast.Arguments}, {@link org.weft.python.ast.Arg},
 * {@link org.weft.python.ast.Keyword}, {@link org.weft.python.ast.Alias},
 * {@link org.weft.python.ast.WithItem}, {@link org.weft.python.ast.Comprehension},
 * {@link org.weft.python.ast.MatchCase}, {@link org.weft.python.ast.ExceptHandler}; operators and
 * contexts are enums.
 *
 * <p>Field names are CPython's in camelCase ({@code decorator_list} is {@code decoratorList},
 * {@code kw_defaults} is {@code kwDefaults}); {@code type_comment} and {@code type_ignores} are
 * dropped. An optional ASDL field ({@code expr?}) is a nullable Java field. Lists are immutable
 * {@code java.util.List}s and never null; only {@link org.weft.python.ast.Expr.Dict#keys()}
 * ({@code null} for a {@code **mapping} entry) and {@link org.weft.python.ast.Arguments#kwDefaults()}
 * ({@code null} for a keyword-only parameter without default) hold null elements, as CPython holds None.
 *
 * <p>Every node that CPython gives positions implements {@link org.weft.python.ast.Located}:
 * {@code lineno} and {@code endLineno} are 1-based, {@code colOffset} and {@code endColOffset} are
 * 0-based and count code points (CPython counts UTF-8 bytes; the two agree on ASCII lines).
 *
 * <p>{@link org.weft.python.ast.Expr.Constant#value()} is one of: {@code Long} (an int that fits),
 * {@code BigInteger}, {@code Double}, {@link org.weft.python.ast.Imaginary}, {@code String} (str,
 * escapes already processed), {@link org.weft.python.ast.Bytes}, {@code Boolean}, or
 * {@link org.weft.python.ast.ConstantKind} ({@code NONE}, {@code ELLIPSIS}).
 *
 * <p>This package holds data only, no behaviour, and depends on nothing but {@code java.base}.
 */
package org.weft.python.ast;
