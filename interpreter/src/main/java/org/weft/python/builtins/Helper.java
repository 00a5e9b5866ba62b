package org.weft.python.builtins;

import org.weft.python.Interpreter;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/** {@code help}: prints {@link HelpText}'s page to sys.stdout. CPython: Lib/_sitebuiltins.py _Helper. */
public final class Helper extends PyObject {

    public static final PyType TYPE = PyType.builtin("_sitebuiltins._Helper", Helper.class, () -> PyObject.TYPE,
            Helper::define);

    private Helper() {
        super(TYPE);
    }

    static Helper newHelper() {
        return new Helper();
    }

    /**
     * Classes, their instances, functions and methods get pydoc's page from {@code _weft_pydoc}
     * (Python, where inspect does the work); anything else {@link HelpText}'s.
     */
    private static String render(PyObject o) {
        Interpreter interp = Interpreter.current();
        if (interp != null) {
            PyObject page = Ops.call(Ops.getattr(interp.importer().importModule("_weft_pydoc"), "render"), o);
            if (page instanceof PyStr s) {
                return s.value() + "\n";
            }
        }
        return HelpText.render(o);
    }

    private static void define(TypeBuilder b) {
        b.doc("Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n"
                + "    when 'help' is typed at the Python interactive prompt.\n\n"
                + "    Calling help() at the Python prompt starts an interactive help session.\n"
                + "    Calling help(thing) prints help for the python object 'thing'.\n    ");
        b.method0("__repr__", self -> PyStr.of(
                "Type help() for interactive help, or help(object) for help about object."));
        b.method("__call__", "__call__($self, /, *args, **kwds)", (self, a, k) -> {
            String text = a.length == 0
                    ? "Interactive help is not available in Weft; use help(object).\n"
                    : render(a[0]);
            Ops.callMethod(SysAccess.stdout(), "write", PyStr.of(text));
            return PyNone.NONE;
        });
    }
}
