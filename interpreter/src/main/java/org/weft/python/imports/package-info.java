/**
 * The import system: the per-interpreter module table ({@code sys.modules}), per-module import
 * locks, finding {@code .py} files and packages on {@code sys.path} and on the classpath,
 * relative imports, and built-in modules written in Java ({@link org.weft.python.imports.BuiltinModule}).
 * Depends on {@code runtime}, {@code compiler} and {@code nodes}.
 */
package org.weft.python.imports;
