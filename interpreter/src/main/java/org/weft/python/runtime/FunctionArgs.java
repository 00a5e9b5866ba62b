package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments ({@code args}, {@code kwnames}) to a Python function's parameter slots,
 * with CPython's TypeError messages.
 */
// CPython: initialize_locals, too_many_positional, missing_arguments in ceval.c
final class FunctionArgs {
    private FunctionArgs() {
    }

    static void bind(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames) {
        CArgSignature c = fn.cArgs;
        if (c == null) {
            bindPython(fn, locals, args, kwnames);
            return;
        }
        try {
            bindPython(fn, locals, args, kwnames);
        } catch (PyException e) {
            // the first parameter is the cls or self that CPython's C function does not list
            PyException cError = c.error(args, 1, kwnames);
            throw cError != null ? cError : e;
        }
    }

    private static void bindPython(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames) {
        PyCode code = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = code.argcount;
        int total = argcount + code.kwonlyargcount;
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, locals, 0, n);
        int extra = total;
        if (code.hasVarargs()) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) {
                System.arraycopy(args, argcount, rest, 0, rest.length);
            }
            locals[extra++] = rest.length == 0 ? PyTuple.EMPTY : PyTuple.of(rest);
        }
        PyDict kwdict = null;
        if (code.hasVarkw()) {
            kwdict = new PyDict();
            locals[extra] = kwdict;
        }
        if (nkw > 0) {
            bindKeywords(fn, locals, args, kwnames, npos, kwdict);
        }
        if (npos > argcount && !code.hasVarargs()) {
            throw tooManyPositional(fn, npos, locals);
        }
        if (npos < argcount || code.kwonlyargcount > 0) {
            fillDefaults(fn, locals, npos);
        }
    }

    private static void bindKeywords(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames,
                                     int npos, PyDict kwdict) {
        PyCode code = fn.code;
        int total = code.argcount + code.kwonlyargcount;
        List<String> posonlyAsKw = null;
        for (int k = 0; k < kwnames.length; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int j = indexOf(code.varnames, name, code.posonlyargcount, total);
            if (j >= 0) {
                if (locals[j] != null) {
                    throw PyErr.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
                }
                locals[j] = value;
            } else if (kwdict != null) {
                kwdict.setItem(name, value);
            } else if (indexOf(code.varnames, name, 0, code.posonlyargcount) >= 0) {
                if (posonlyAsKw == null) {
                    posonlyAsKw = new ArrayList<>();
                }
                posonlyAsKw.add(name);
            } else {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
            }
        }
        if (posonlyAsKw != null) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fn.qualname, String.join(", ", posonlyAsKw));
        }
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void fillDefaults(PyFunction fn, PyObject[] locals, int npos) {
        PyCode code = fn.code;
        PyObject[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = code.argcount - ndef;
        List<String> missing = null;
        for (int i = npos; i < code.argcount; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    missing = add(missing, code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "positional");
        }
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (locals[i] == null) {
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(code.varnames[i]);
                if (d != null) {
                    locals[i] = d;
                } else {
                    missing = add(missing, code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "keyword-only");
        }
    }

    private static List<String> add(List<String> l, String s) {
        if (l == null) {
            l = new ArrayList<>();
        }
        l.add(s);
        return l;
    }

    private static PyException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, n, kind,
                n == 1 ? "" : "s", sb);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, PyObject[] locals) {
        PyCode code = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int kwGiven = 0;
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (locals[i] != null) {
                kwGiven++;
            }
        }
        String takes;
        int plural;
        if (ndef > 0) {
            takes = "from " + (code.argcount - ndef) + " to " + code.argcount;
            plural = 2;
        } else {
            takes = String.valueOf(code.argcount);
            plural = code.argcount;
        }
        String kwPart = "";
        if (kwGiven > 0) {
            kwPart = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwGiven, kwGiven != 1 ? "s" : "");
        }
        return PyErr.typeError("%s() takes %s positional argument%s but %d%s %s given", fn.qualname, takes,
                plural != 1 ? "s" : "", given, kwPart, given == 1 && kwGiven == 0 ? "was" : "were");
    }
}
