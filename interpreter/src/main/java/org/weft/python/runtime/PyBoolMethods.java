package org.weft.python.runtime;

/**
 * The methods of {@code bool}: its repr, {@code bool(x)}, and {@code & | ^} that stay bool when
 * both operands are. Everything else is int's. CPython: boolobject.c.
 */
final class PyBoolMethods {

    private PyBoolMethods() {}

    static void define(TypeBuilder b) {
        b.doc("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
                + "The builtins True and False are the only two instances of the class bool.\n"
                + "The class bool is a subclass of the class int, and cannot be subclassed.");
        b.notBaseType();
        b.newFn(PyBoolMethods::newBool);
        b.method0("__repr__", self -> PyStr.of(self.toString()));
        logical(b, "and");
        logical(b, "or");
        logical(b, "xor");
    }

    private static PyObject newBool(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("bool", kwnames);
        ArgParser.checkPositional("bool", args.length, 0, 1);
        return PyBool.of(args.length == 1 && Ops.isTrue(args[0]));
    }

    private static void logical(TypeBuilder b, String name) {
        Fn1 op = (self, o) -> {
            if (o instanceof PyBool ob) {
                boolean x = ((PyBool) self).isTrue();
                boolean y = ob.isTrue();
                return PyBool.of(switch (name) {
                    case "and" -> x & y;
                    case "or" -> x | y;
                    default -> x ^ y;
                });
            }
            return intOp(name, (PyInt) self, o);
        };
        b.method1("__" + name + "__", op);
        b.method1("__r" + name + "__", op);
    }

    private static PyObject intOp(String name, PyInt self, PyObject o) {
        if (!(o instanceof PyInt i)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return switch (name) {
            case "and" -> IntArith.and(self, i);
            case "or" -> IntArith.or(self, i);
            default -> IntArith.xor(self, i);
        };
    }
}
