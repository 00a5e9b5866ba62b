package org.weft.python.modules;

import java.util.List;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.IoTypes;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBaseException;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyStr;

/**
 * {@code _weft_stdlib}: the few interpreter facilities that the standard-library modules written
 * in Python ({@code traceback}, {@code io}, {@code reprlib}, {@code warnings}) need and Python
 * cannot express: the engine's traceback formatter, the shared {@code io} types (UnsupportedOperation, the
 * file object types), the current thread's identity, and the run's password input
 * ({@code getpass}). Stateless.
 */
public final class WeftStdlibModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_stdlib";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("UnsupportedOperation", IoTypes.UNSUPPORTED_OPERATION);
        m.put("TextIOWrapper", org.weft.python.io.PyTextIOWrapper.TYPE);
        m.put("BufferedReader", org.weft.python.io.PyBufferedFile.READER);
        m.put("BufferedWriter", org.weft.python.io.PyBufferedFile.WRITER);
        m.put("BufferedRandom", org.weft.python.io.PyBufferedFile.RANDOM);
        m.put("FileIO", org.weft.python.io.PyBufferedFile.FILE_IO);
        m.put("get_ident", PyBuiltinFunction.of0("get_ident", null,
                self -> PyInt.of(Thread.currentThread().getId())));
        // copyreg's default reduction needs CPython's Py_TPFLAGS_HEAPTYPE test: instances of a type
        // written in Java hold state Python cannot see, so they cannot be rebuilt from __dict__
        m.put("is_heap_type", PyBuiltinFunction.of1("is_heap_type", null,
                (self, cls) -> org.weft.python.runtime.PyBool.of(
                        cls instanceof org.weft.python.runtime.PyType t && t.isHeapType())));
        // classes written in Python for what CPython writes in C take the C type's dotted name in
        // error messages ('datetime.date'); see PyType.tpName
        m.put("set_type_name", PyBuiltinFunction.of2("set_type_name", null, (self, cls, name) -> {
            if (!(cls instanceof org.weft.python.runtime.PyType t) || !(name instanceof PyStr n)) {
                throw PyErr.typeError("set_type_name() expects a type and a str");
            }
            t.setTpName(n.value());
            return org.weft.python.runtime.PyNone.NONE;
        }));
        // shutil.disk_usage: (total, used, free) of the file system holding path, as statvfs gives
        // them (free is what an unprivileged user may still use)
        m.put("disk_usage", PyBuiltinFunction.of1("disk_usage", null, (self, path) -> {
            java.nio.file.Path p = InterpreterState.current().resolve(org.weft.python.io.FsPath.of(path));
            try {
                java.nio.file.FileStore store = java.nio.file.Files.getFileStore(p);
                long total = store.getTotalSpace();
                return org.weft.python.runtime.PyTuple.of(PyInt.of(total),
                        PyInt.of(total - store.getUnallocatedSpace()), PyInt.of(store.getUsableSpace()));
            } catch (java.io.IOException e) {
                throw org.weft.python.io.OsErrors.of(e, path);
            }
        }));
        m.put("read_password", PyBuiltinFunction.of1("read_password", "read_password(prompt): a password from the "
                + "run's input without echo (a terminal, a notebook's password box); None where it cannot hide it",
                (self, prompt) -> {
                    String pw;
                    try {
                        pw = org.weft.python.runtime.ThreadState.current().sinks().stdin()
                                .readPassword(Ops.str(prompt).toString());
                    } catch (java.io.UncheckedIOException e) {
                        throw PyErr.of(org.weft.python.runtime.PyExc.EOFError);
                    }
                    return pw == null ? org.weft.python.runtime.PyNone.NONE : PyStr.of(pw);
                }));
        m.put("format_exception", PyBuiltinFunction.of1("format_exception", null,
                (self, exc) -> formatException(interpreter, exc)));
    }

    /** The lines sys.excepthook would print for {@code exc}, with its traceback and chain. */
    private static PyList formatException(Interpreter interpreter, org.weft.python.runtime.PyObject exc) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.typeError("Exception expected for value, %s found", Ops.typeName(exc));
        }
        List<String> lines = interpreter.formatException(new PyException(e));
        PyList out = new PyList();
        for (String line : lines) {
            out.append(PyStr.of(line));
        }
        return out;
    }
}
