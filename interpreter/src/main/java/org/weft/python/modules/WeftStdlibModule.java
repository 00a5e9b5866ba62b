package org.weft.python.modules;

import java.util.List;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.io.IoTypes;
import org.weft.python.runtime.ArgParser;
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
        // functions written in Python for C functions of CPython report bad arguments as
        // PyArg_ParseTupleAndKeywords does: c_signature(func, fname or None, index of '|', of '$')
        m.put("c_signature", PyBuiltinFunction.of("c_signature", null, (self, a, k) -> {
            ArgParser.noKeywords("c_signature", k);
            ArgParser.checkPositional("c_signature", a.length, 4, 4);
            if (!(a[0] instanceof org.weft.python.runtime.PyFunction f)) {
                throw PyErr.typeError("c_signature() expects a function");
            }
            org.weft.python.runtime.PyCode code = f.code;
            String[] names = java.util.Arrays.copyOfRange(code.varnames, 1, code.argcount + code.kwonlyargcount);
            String fname = a[1] instanceof PyStr s ? s.value() : null;
            int min = a[2] == org.weft.python.runtime.PyNone.NONE ? Integer.MAX_VALUE : Ops.index(a[2]).intValueExact();
            int max = a[3] == org.weft.python.runtime.PyNone.NONE ? Integer.MAX_VALUE : Ops.index(a[3]).intValueExact();
            f.cArgs = new org.weft.python.runtime.CArgSignature(fname, names, min, max);
            return org.weft.python.runtime.PyNone.NONE;
        }));
        // a PyArg_ParseTuple function's: c_tuple(func, fname, min, max), "strptime() takes exactly 2
        // arguments (1 given)"; and a METH_O method's: c_onearg(func), "date.fromtimestamp() takes
        // exactly one argument (0 given)". The Python parameters are positional-only, so that a keyword
        // fails to bind and reaches the check.
        m.put("c_tuple", PyBuiltinFunction.of("c_tuple", null, (self, a, k) -> {
            ArgParser.noKeywords("c_tuple", k);
            ArgParser.checkPositional("c_tuple", a.length, 4, 4);
            if (!(a[0] instanceof org.weft.python.runtime.PyFunction f)) {
                throw PyErr.typeError("c_tuple() expects a function");
            }
            f.cArgs = org.weft.python.runtime.CArgSignature.tuple(Ops.str(a[1]).toString(),
                    Ops.index(a[2]).intValueExact(), Ops.index(a[3]).intValueExact());
            return org.weft.python.runtime.PyNone.NONE;
        }));
        m.put("c_onearg", PyBuiltinFunction.of1("c_onearg", null, (self, func) -> {
            if (!(func instanceof org.weft.python.runtime.PyFunction f)) {
                throw PyErr.typeError("c_onearg() expects a function");
            }
            f.cArgs = org.weft.python.runtime.CArgSignature.oneArg(f.name);
            return org.weft.python.runtime.PyNone.NONE;
        }));
        // sys.stdout.buffer.write where the run's stdout takes bytes (the launcher's, not a notebook's):
        // write_stdout_bytes(data) -> True, or False to have them decoded to text instead
        m.put("write_stdout_bytes", PyBuiltinFunction.of1("write_stdout_bytes", null, (self, data) -> {
            if (!(data instanceof org.weft.python.runtime.PyBytes b)) {
                throw PyErr.typeError("write_stdout_bytes() expects bytes");
            }
            return org.weft.python.runtime.PyBool.of(
                    org.weft.python.runtime.ThreadState.current().sinks().stdout().writeBytes(b.value()));
        }));
        // sys.stdin.buffer.readline where the run's stdin gives bytes (the launcher's): the bytes of a
        // line, b'' at the end; None where it gives only text
        m.put("read_stdin_line_bytes", PyBuiltinFunction.of0("read_stdin_line_bytes", null, self -> {
            byte[] line = org.weft.python.threads.Blocking.call(
                    () -> org.weft.python.runtime.ThreadState.current().sinks().stdin().readRawLine());
            return line == null ? org.weft.python.runtime.PyNone.NONE : org.weft.python.runtime.PyBytes.of(line);
        }));
        // and a METH_NOARGS method's: "date.isoformat() takes no arguments (1 given)"
        m.put("c_noargs", PyBuiltinFunction.of1("c_noargs", null, (self, func) -> {
            if (!(func instanceof org.weft.python.runtime.PyFunction f)) {
                throw PyErr.typeError("c_noargs() expects a function");
            }
            f.cArgs = org.weft.python.runtime.CArgSignature.noArgs(f.name);
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
        // the codec registry's search function asks which encodings str.encode runs natively,
        // without going through str.encode, which falls back on the registry for the others
        m.put("native_codec", PyBuiltinFunction.of1("native_codec", null,
                (self, name) -> org.weft.python.runtime.PyBool.of(
                        org.weft.python.runtime.Codecs.isNative(((PyStr) name).value()))));
        // string.Formatter.parse shares str.format's parser, and so its error messages
        m.put("formatter_parser", PyBuiltinFunction.of1("formatter_parser", null,
                (self, s) -> formatterParts(s)));
        m.put("format_exception", PyBuiltinFunction.of1("format_exception", null,
                (self, exc) -> formatException(interpreter, exc)));
        m.put("as_builtin", PyBuiltinFunction.of("as_builtin", "as_builtin(func, module, positional_only=True, "
                + "c_module=None): func seen as a built-in function of module (defined in C module c_module)",
                (self, args, kwnames) -> {
                    ArgParser.noKeywords("as_builtin", kwnames);
                    ArgParser.checkPositional("as_builtin", args.length, 2, 4);
                    String cModule = args.length > 3 && args[3] instanceof PyStr c ? c.value() : null;
                    return asBuiltin(args[0], args[1], args.length < 3 || Ops.isTrue(args[2]), cModule);
                }));
    }

    /**
     * Wraps a function of a module written in Python so that it is what CPython's C function is:
     * {@code <built-in function add>}, type builtin_function_or_method, and no binding as a method
     * when stored in a class (programs print operator.add, or keep it as a class attribute).
     */
    private static org.weft.python.runtime.PyObject asBuiltin(org.weft.python.runtime.PyObject func,
            org.weft.python.runtime.PyObject module, boolean positionalOnly, String cModule) {
        if (!(module instanceof PyModule)) {
            throw PyErr.typeError("as_builtin() argument 2 must be module, not %s", Ops.typeName(module));
        }
        String name = Ops.str(Ops.getattr(func, "__name__")).toString();
        org.weft.python.runtime.PyObject doc = Ops.getattr(func, "__doc__");
        String docText = doc instanceof PyStr d ? d.toString() : null;
        int[] arity = positionalOnly ? positionalArity(func) : null;
        if (func instanceof org.weft.python.runtime.PyFunction pf) {
            pf.code.markHidden(); // a C function in CPython: no frame of it in tracebacks or traces
        }
        // a C module's METH_O and METH_FASTCALL functions are named with their module in errors
        String qualname = cModule == null ? name : cModule + "." + name;
        boolean methO = cModule != null && arity != null && arity[0] == 1 && arity[1] == 1;
        return PyBuiltinFunction.of(name, docText, (ignored, args, kwnames) -> {
            if (methO) {
                ArgParser.checkOneArg(qualname, args, kwnames);
            } else if (arity != null) {
                // C functions parsed as positional-only: CPython's messages, not a Python function's
                ArgParser.noKeywords(qualname, kwnames);
                ArgParser.checkPositional(name, args.length, arity[0], arity[1]);
            }
            return Ops.call(func, args, kwnames);
        }).bindTo(module);
    }

    /** {min, max} positional arguments of a plain Python function, or null if it has keyword-only or **kwargs. */
    private static int[] positionalArity(org.weft.python.runtime.PyObject func) {
        org.weft.python.runtime.PyObject code = Ops.getattr(func, "__code__");
        int argc = (int) Ops.index(Ops.getattr(code, "co_argcount")).longValue();
        int kwonly = (int) Ops.index(Ops.getattr(code, "co_kwonlyargcount")).longValue();
        long flags = Ops.index(Ops.getattr(code, "co_flags")).longValue();
        if (kwonly > 0 || (flags & 0x08) != 0) {
            return null;
        }
        org.weft.python.runtime.PyObject defaults = Ops.getattr(func, "__defaults__");
        int ndefaults = defaults == org.weft.python.runtime.PyNone.NONE ? 0 : (int) Ops.len(defaults);
        return new int[] {argc - ndefaults, (flags & 0x04) != 0 ? Integer.MAX_VALUE : argc};
    }

    /** The (literal, field_name, format_spec, conversion) tuples of a str.format template. */
    private static PyList formatterParts(org.weft.python.runtime.PyObject template) {
        if (!(template instanceof PyStr str)) {
            throw PyErr.typeError("expected str, got %s", Ops.typeName(template));
        }
        org.weft.python.runtime.FormatMarkup markup = new org.weft.python.runtime.FormatMarkup(str.value());
        PyList out = new PyList();
        for (var p = markup.next(); p != null; p = markup.next()) {
            org.weft.python.runtime.PyObject none = org.weft.python.runtime.PyNone.NONE;
            if (!p.hasField()) {
                out.append(org.weft.python.runtime.PyTuple.of(PyStr.of(p.literal()), none, none, none));
                continue;
            }
            org.weft.python.runtime.PyObject conv = p.conversion() == 0 ? none
                    : PyStr.of(String.valueOf((char) p.conversion()));
            out.append(org.weft.python.runtime.PyTuple.of(PyStr.of(p.literal()), PyStr.of(p.fieldName()),
                    PyStr.of(p.spec() == null ? "" : p.spec()), conv));
        }
        return out;
    }

    /** The lines sys.excepthook would print for {@code exc}, with its traceback and chain. */
    private static PyList formatException(Interpreter interpreter, org.weft.python.runtime.PyObject exc) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.typeError("Exception expected for value, %s found", Ops.typeName(exc));
        }
        List<String> lines = interpreter.formatException(new PyException(e), false);
        PyList out = new PyList();
        for (String line : lines) {
            out.append(PyStr.of(line));
        }
        return out;
    }
}
