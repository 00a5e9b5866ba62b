package org.weft.python.nodes.function;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyObject;

/**
 * Makes a function object ({@code def} or {@code lambda}): evaluates defaults, keyword-only
 * defaults and annotations in the defining scope, and captures the closure cells.
 */
public final class MakeFunctionNode extends ExprNode {
    private final PyCode code;
    private final ExprNode[] defaults;
    private final String[] kwNames;
    private final ExprNode[] kwDefaults;
    private final String[] annNames;
    private final ExprNode[] annValues;
    private final int[] closure;

    public MakeFunctionNode(PyCode code, ExprNode[] defaults, String[] kwNames, ExprNode[] kwDefaults,
                            String[] annNames, ExprNode[] annValues, int[] closure) {
        this.code = code;
        this.defaults = defaults;
        this.kwNames = kwNames;
        this.kwDefaults = kwDefaults;
        this.annNames = annNames;
        this.annValues = annValues;
        this.closure = closure;
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject[] defs = null;
        if (defaults.length > 0) {
            defs = new PyObject[defaults.length];
            for (int i = 0; i < defs.length; i++) {
                defs[i] = defaults[i].execute(f);
            }
        }
        PyDict kwdefs = null;
        if (kwNames.length > 0) {
            kwdefs = new PyDict();
            for (int i = 0; i < kwNames.length; i++) {
                kwdefs.setItem(kwNames[i], kwDefaults[i].execute(f));
            }
        }
        PyDict ann = null;
        if (annNames.length > 0) {
            ann = new PyDict();
            for (int i = 0; i < annNames.length; i++) {
                ann.setItem(annNames[i], annValues[i].execute(f));
            }
        }
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, Closures.capture(f, closure));
        fn.defaults = defs;
        fn.kwdefaults = kwdefs;
        fn.annotations = ann;
        return fn;
    }
}
