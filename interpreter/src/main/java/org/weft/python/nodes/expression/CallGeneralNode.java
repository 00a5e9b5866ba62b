package org.weft.python.nodes.expression;

import java.util.ArrayList;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.DictMerge;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.ProfileHooks;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;

/**
 * A call with keywords, {@code *args} or {@code **kwargs}: builds the positional array and the
 * keyword names, with CPython's errors for a non-iterable star argument, a non-mapping double-star
 * argument and a repeated keyword.
 */
public final class CallGeneralNode extends ExprNode {
    private final ExprNode func;
    /** Positional arguments; {@link DisplayNodes.Starred} marks {@code *x}. */
    private final ExprNode[] args;
    /** Keyword names; null marks {@code **x}. */
    private final String[] names;
    private final ExprNode[] values;
    /**
     * The keyword names when the call has no {@code *x} and no {@code **x} (then the compiler has
     * already rejected repeated names): the argument array's shape is fixed, so it is filled in
     * place and these names are passed as they are (callees never write them). Null otherwise.
     */
    private final String[] fixedKwnames;
    /** {@code f(*x, ...)} with no other positional argument. */
    private final boolean loneStarred;

    public CallGeneralNode(ExprNode func, ExprNode[] args, String[] names, ExprNode[] values) {
        this.func = func;
        this.args = args;
        this.names = names;
        this.values = values;
        this.fixedKwnames = isFixed(args, names) ? names.clone() : null;
        this.loneStarred = args.length == 1 && args[0] instanceof DisplayNodes.Starred;
    }

    private static boolean isFixed(ExprNode[] args, String[] names) {
        for (ExprNode a : args) {
            if (a instanceof DisplayNodes.Starred) {
                return false;
            }
        }
        for (String n : names) {
            if (n == null) {
                return false;
            }
        }
        return names.length > 0 && new java.util.HashSet<>(java.util.Arrays.asList(names)).size() == names.length;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject fn = func.execute(f);
            if (fixedKwnames != null) {
                return callFixed(f, fn);
            }
            ArrayList<PyObject> all = new ArrayList<>();
            PyObject loneStar = null;
            if (loneStarred) {
                // CPython passes a lone f(*x) to CALL_FUNCTION_EX as it is: x is checked and unpacked
                // after the keywords (its error names the callee); else LIST_EXTEND unpacks each *x
                // in its place.
                PyObject x = ((DisplayNodes.Starred) args[0]).value.execute(f);
                if (x.type() == PyTuple.TYPE || x.type() == PyList.TYPE) {
                    iterateInto(fn, x, all); // nothing to observe: unpacked now, in place
                } else {
                    loneStar = x;
                }
            } else {
                for (ExprNode a : args) {
                    if (a instanceof DisplayNodes.Starred s) {
                        extendInto(s.value.execute(f), all);
                    } else {
                        all.add(a.execute(f));
                    }
                }
            }
            ArrayList<String> kw = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                PyObject v = values[i].execute(f);
                if (names[i] != null) {
                    addKeyword(fn, kw, all, names[i], v);
                } else {
                    mergeMapping(fn, kw, all, v);
                }
            }
            if (loneStar != null) {
                ArrayList<PyObject> pos = new ArrayList<>();
                iterateInto(fn, loneStar, pos);
                all.addAll(0, pos);
            }
            PyObject[] argv = all.toArray(new PyObject[0]);
            String[] kwnames = kw.isEmpty() ? null : kw.toArray(new String[0]);
            if (fn instanceof PyFunction pf) {
                return pf.invoke(f.ts, argv, kwnames);
            }
            return ProfileHooks.callFromSite(f.ts, fn, argv, kwnames);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    /**
     * Where each keyword of this site goes in the frame of a callee with one code: a site calls one
     * function, mostly. Immutable; published with a plain write, re-checked against the code.
     */
    private record KeywordSlots(PyCode code, int[] slots) {
    }

    private KeywordSlots keywordSlots;

    /** {@code f(a, k=v)}: positional values, then keyword values, in one array of known length. */
    private PyObject callFixed(Frame f, PyObject fn) {
        PyCode c = fn instanceof PyFunction pf ? pf.code : null;
        if (c != null && c.simpleArgcount >= args.length) {
            PyFunction pf = (PyFunction) fn;
            KeywordSlots k = keywordSlots;
            if (k == null || k.code != c) {
                k = new KeywordSlots(c, slotsOf(c, fixedKwnames, args.length));
                keywordSlots = k;
            }
            if (k.slots != null) {
                return callDirect(f, pf, c, k.slots);
            }
        }
        int npos = args.length;
        PyObject[] argv = new PyObject[npos + values.length];
        for (int i = 0; i < npos; i++) {
            argv[i] = args[i].execute(f);
        }
        for (int i = 0; i < values.length; i++) {
            argv[npos + i] = values[i].execute(f);
        }
        if (fn instanceof PyFunction pf) {
            return pf.invoke(f.ts, argv, fixedKwnames);
        }
        return ProfileHooks.callFromSite(f.ts, fn, argv, fixedKwnames);
    }

    /**
     * The parameter of each keyword in a simple code (positional-or-keyword parameters only, see
     * {@link PyCode#simpleArgcount}), or null when one is unknown, positional-only or already given
     * by position: the general binding raises CPython's error for those.
     */
    private static int[] slotsOf(PyCode c, String[] kwnames, int npos) {
        int[] slots = new int[kwnames.length];
        for (int k = 0; k < kwnames.length; k++) {
            int j = -1;
            for (int i = c.posonlyargcount; i < c.argcount; i++) {
                if (c.varnames[i].equals(kwnames[k])) {
                    j = i;
                    break;
                }
            }
            if (j < npos) {
                return null;
            }
            slots[k] = j;
        }
        return slots;
    }

    /**
     * {@code f(a, k=v)} of a simple function: the values go straight into the callee's frame, the
     * parameters left out take their defaults (CPython's order of evaluation: positional, then
     * keyword values as written). A parameter with no value, or a {@code __code__} that an argument
     * replaced, binds as {@link PyFunction#invoke} does, with its errors.
     */
    private PyObject callDirect(Frame f, PyFunction pf, PyCode c, int[] slots) {
        Frame callee = pf.simpleFrame(c);
        PyObject[] locals = callee.locals;
        int npos = args.length;
        for (int i = 0; i < npos; i++) {
            locals[i] = args[i].execute(f);
        }
        for (int k = 0; k < slots.length; k++) {
            locals[slots[k]] = values[k].execute(f);
        }
        if (pf.code != c || !fillDefaults(pf.defaults, locals, npos, c.argcount)) {
            PyObject[] argv = new PyObject[npos + slots.length];
            System.arraycopy(locals, 0, argv, 0, npos);
            for (int k = 0; k < slots.length; k++) {
                argv[npos + k] = locals[slots[k]];
            }
            return pf.invoke(f.ts, argv, fixedKwnames);
        }
        return PyFunction.execute(f.ts, callee);
    }

    /** Defaults into the empty parameters from {@code npos} on; false when one has none. */
    private static boolean fillDefaults(PyObject[] defaults, PyObject[] locals, int npos, int argcount) {
        int first = argcount - (defaults == null ? 0 : defaults.length);
        for (int i = npos; i < argcount; i++) {
            if (locals[i] == null) {
                if (i < first) {
                    return false;
                }
                locals[i] = defaults[i - first];
            }
        }
        return true;
    }

    /** CPython: CALL_FUNCTION_EX's check_args_iterable, then PySequence_Tuple. */
    private static void iterateInto(PyObject fn, PyObject iterable, ArrayList<PyObject> out) {
        PyType t = iterable.type();
        if (t != PyTuple.TYPE && t != PyList.TYPE && !DisplayNodes.iterableOrSequence(iterable)) {
            throw PyErr.typeError("%s argument after * must be an iterable, not %s", describe(fn),
                    Ops.typeName(iterable));
        }
        PyObject it = Ops.iter(iterable);
        org.weft.python.runtime.LengthHint.ask(iterable); // CPython: PySequence_Tuple of the * argument
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            out.add(v);
        }
    }

    /** CPython: LIST_EXTEND of {@code *x} among other positional arguments. */
    private static void extendInto(PyObject iterable, ArrayList<PyObject> out) {
        PyObject it = DisplayNodes.iterForExtend(iterable);
        org.weft.python.runtime.LengthHint.ask(iterable);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            out.add(v);
        }
    }

    private static void addKeyword(PyObject fn, ArrayList<String> kw, ArrayList<PyObject> all, String name,
                                   PyObject v) {
        if (kw.contains(name)) {
            throw PyErr.typeError("%s got multiple values for keyword argument '%s'", describe(fn), name);
        }
        kw.add(name);
        all.add(v);
    }

    private static void mergeMapping(PyObject fn, ArrayList<String> kw, ArrayList<PyObject> all, PyObject m) {
        PyDict stored = DictMerge.storageCopyOfSubclass(m);
        if (stored != null) {
            m = stored;
        }
        PyObject keys = Ops.getattrOrNull(m, "keys");
        if (keys == null) {
            throw PyErr.typeError("%s argument after ** must be a mapping, not %s", describe(fn), Ops.typeName(m));
        }
        PyObject it = Ops.iter(Ops.call(keys));
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (!(k instanceof PyStr s)) {
                throw PyErr.typeError("keywords must be strings");
            }
            PyObject v = m instanceof PyDict d && m.type() == PyDict.TYPE ? d.getItem(k) : Ops.getitem(m, k);
            addKeyword(fn, kw, all, s.value(), v);
        }
    }

    /** "f()" for a function, the callable's repr otherwise, as CPython's _PyObject_FunctionStr. */
    static String describe(PyObject fn) {
        PyObject q = Ops.getattrOrNull(fn, "__qualname__");
        if (q instanceof PyStr s) {
            PyObject mod = Ops.getattrOrNull(fn, "__module__");
            if (mod instanceof PyStr ms && !ms.value().equals("builtins")) {
                return ms.value() + "." + s.value() + "()";
            }
            return s.value() + "()";
        }
        return Ops.str(fn).value();
    }
}
