package org.weft.python.runtime;

/**
 * What a built-in type's method may ask of the interpreter its thread runs for: a module by name.
 * Some behaviour of built-ins lives in Python source modules, as in CPython (object.__reduce_ex__
 * is copyreg's default reduction); the runtime reaches them through this, without knowing the
 * engine's classes. The engine's {@code Interpreter} implements it.
 */
public interface ModuleImports {

    /** The module {@code name}, imported if it is not yet (as {@code import name}). */
    PyObject importModule(String name);

    /** {@code name} imported by the calling thread's interpreter; SystemError when the thread has none. */
    static PyObject importOnThisThread(String name) {
        if (ThreadState.current().interpreter() instanceof ModuleImports imports) {
            return imports.importModule(name);
        }
        throw PyErr.format(PyExc.SystemError, "no interpreter is running on this thread");
    }
}
