package org.weft.kernel.bridge;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.weft.kernel.history.HistoryStore;
import org.weft.kernel.syntax.IPythonSyntax;
import org.weft.python.Interpreter;
import org.weft.python.compiler.Compiler;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * {@code _weft_kernel}: the kernel's primitives for its Python side ({@code _weft_shell},
 * {@code IPython.display}, {@code getpass}). Message content is built in Python as dicts and
 * converted here with {@link PyJson}.
 *
 * <p>State: the one {@link KernelServices} of the kernel that registered this module (final;
 * one kernel per interpreter).
 */
public final class WeftKernelModule implements BuiltinModule {
    private final KernelServices services;

    public WeftKernelModule(KernelServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "_weft_kernel";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("The Weft kernel's primitives for its Python side."));
        m.put("publish", PyBuiltinFunction.of2("publish",
                "publish(msg_type, content, /)\n--\n\nPublishes an IOPub message about this thread's cell.",
                (self, type, content) -> {
                    services.publish(text(type, "msg_type"), object(content, "content"));
                    return PyNone.NONE;
                }));
        m.put("payload", PyBuiltinFunction.of1("payload",
                "payload(payload, /)\n--\n\nAdds a payload to the running execute_reply.",
                (self, payload) -> {
                    services.payload(object(payload, "payload"));
                    return PyNone.NONE;
                }));
        m.put("input", PyBuiltinFunction.of2("input",
                "input(prompt, password, /)\n--\n\nAsks the front end for a line.",
                (self, prompt, password) -> PyStr.of(services.input(text(prompt, "prompt"), Ops.isTrue(password)))));
        m.put("pinfo", PyBuiltinFunction.of2("pinfo",
                "pinfo(expression, detail, /)\n--\n\nThe text of obj? (detail 0) or obj?? (1), or None.",
                (self, expr, detail) -> {
                    String text = services.pinfo(text(expr, "expression"), Ops.isTrue(detail) ? 1 : 0);
                    return text == null ? PyNone.NONE : PyStr.of(text);
                }));
        m.put("system", PyBuiltinFunction.of2("system",
                "system(command, capture, /)\n--\n\nRuns a shell command.",
                (self, cmd, capture) -> {
                    String out = services.system(text(cmd, "command"), Ops.isTrue(capture));
                    return out == null ? PyNone.NONE : PyStr.of(out);
                }));
        m.put("transform_cell", PyBuiltinFunction.of1("transform_cell",
                "transform_cell(source, /)\n--\n\nThe cell with IPython's syntax (magics, !cmd, obj?) made into Python.",
                (self, source) -> PyStr.of(IPythonSyntax.transform(text(source, "source")))));
        m.put("run_cell", PyBuiltinFunction.of2("run_cell",
                "run_cell(source, filename, /)\n--\n\nRuns cell source (IPython syntax allowed) in the user's"
                        + " namespace; returns its last expression's value, or None.",
                (self, source, filename) -> {
                    String python = IPythonSyntax.transform(text(source, "source"));
                    PyCode code = interpreter.compile(python, text(filename, "filename"), Compiler.Kind.EXEC_RETURN_LAST);
                    PyObject value = interpreter.exec(code, interpreter.mainModule().getDict(), interpreter.mainModule().getDict());
                    return value == null ? PyNone.NONE : value;
                }));
        m.put("history", PyBuiltinFunction.of1("history",
                "history(query, /)\n--\n\nHistory entries (session, line, source) for a history_request-like dict;"
                        + " session 0 is the current one.",
                (self, query) -> {
                    PyList rows = new PyList();
                    for (HistoryStore.Entry e : services.history(object(query, "query"))) {
                        rows.append(PyTuple.of(PyInt.of(e.session()), PyInt.of(e.line()), PyStr.of(e.source())));
                    }
                    return rows;
                }));
    }

    private static String text(PyObject v, String what) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s must be str, not %s", what, Ops.typeName(v));
    }

    private static JsonObject object(PyObject v, String what) {
        JsonElement e = PyJson.toJson(v);
        if (!e.isJsonObject()) {
            throw PyErr.typeError("%s must be a dict, not %s", what, Ops.typeName(v));
        }
        return e.getAsJsonObject();
    }
}
