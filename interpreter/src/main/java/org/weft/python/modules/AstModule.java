package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.ast.Mod;
import org.weft.python.compiler.Compiler;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.parser.Mode;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * {@code _weft_ast}: the engine half of {@code ast}. {@code parse(source, filename, mode)} runs
 * the interpreter's own parser and returns the tree as plain data ({@link AstExport}); the
 * {@code _ast} module (Python) makes node objects of it. {@code compile(data, filename, mode)}
 * takes the same data back ({@link AstImport}) and compiles it to a code object. Stateless.
 */
public final class AstModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_ast";
    }

    @Override
    public void exec(org.weft.python.runtime.PyModule m, Interpreter interpreter) {
        m.put("parse", PyBuiltinFunction.of("parse",
                "parse(source, filename, mode, /)\n--\n\nThe parser's tree of source as nested tuples.",
                (self, a, k) -> {
                    checkArgs("parse", a, 3);
                    String source = str(a[0]);
                    String filename = str(a[1]);
                    Mod tree = interpreter.parse(source, filename, mode(str(a[2])));
                    return new AstExport(source).node(tree);
                }));
        m.put("compile", PyBuiltinFunction.of("compile",
                "compile(data, filename, mode, /)\n--\n\nCompile a tree given as nested tuples.",
                (self, a, k) -> {
                    checkArgs("compile", a, 3);
                    Object tree = AstImport.node(a[0]);
                    String filename = str(a[1]);
                    Compiler.Kind kind = switch (str(a[2])) {
                        case "eval" -> Compiler.Kind.EVAL;
                        case "single" -> Compiler.Kind.SINGLE;
                        default -> Compiler.Kind.EXEC;
                    };
                    if (!(tree instanceof Mod mod)) {
                        throw PyErr.typeError("expected Module, Expression or Interactive node");
                    }
                    return interpreter.compile(mod, filename, kind);
                }));
    }

    private static void checkArgs(String fn, PyObject[] a, int n) {
        if (a.length != n) {
            throw PyErr.typeError("%s expected %d arguments, got %d", fn, n, a.length);
        }
    }

    private static String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("expected str, got %s", Ops.typeName(o));
    }

    private static Mode mode(String mode) {
        return switch (mode) {
            case "exec" -> Mode.EXEC;
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            default -> throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
    }
}
