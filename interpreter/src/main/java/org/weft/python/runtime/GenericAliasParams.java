package org.weft.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The type variables of a {@code types.GenericAlias} and their substitution:
 * {@code list[T].__parameters__ == (T,)} and {@code dict[str, T][int] == dict[str, int]}.
 * A type variable is an object whose type has {@code __typing_subst__} (typing's TypeVar,
 * ParamSpec). CPython: _Py_make_parameters and _Py_subs_parameters in genericaliasobject.c.
 */
final class GenericAliasParams {

    private GenericAliasParams() {
    }

    /** The distinct type variables of {@code args}, in order of first appearance. */
    static PyTuple parameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        collect(args.items(), out);
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static void collect(PyObject[] args, List<PyObject> out) {
        for (PyObject a : args) {
            if (a instanceof PyType) {
                continue;
            }
            if (isTypeVar(a)) {
                addOnce(out, a);
            } else if (a instanceof PyTuple || a instanceof PyList) {
                collect(items(a), out);
            } else {
                for (PyObject p : subParameters(a)) {
                    addOnce(out, p);
                }
            }
        }
    }

    private static void addOnce(List<PyObject> out, PyObject p) {
        for (PyObject q : out) {
            if (q == p) {
                return;
            }
        }
        out.add(p);
    }

    private static boolean isTypeVar(PyObject a) {
        return a.type().lookup("__typing_subst__") != null;
    }

    private static PyObject[] items(PyObject seq) {
        return seq instanceof PyTuple t ? t.items() : ((PyList) seq).snapshot();
    }

    /** {@code a.__parameters__} when it is a tuple, else none. */
    private static PyObject[] subParameters(PyObject a) {
        PyObject p = Ops.getattrOrNull(a, "__parameters__");
        return p instanceof PyTuple t ? t.items() : new PyObject[0];
    }

    /** {@code alias[item]}: each type variable replaced by the matching argument. */
    static PyObject substitute(PyGenericAlias alias, PyObject item) {
        PyObject[] params = parameters(alias.args).items();
        if (params.length == 0) {
            throw PyErr.typeError("%s is not a generic class", GenericAliasMethods.repr(alias));
        }
        PyObject[] given = item instanceof PyTuple t ? t.items() : new PyObject[] {item};
        int tvt = typeVarTupleIndex(params);
        if (tvt >= 0) {
            given = variadic(alias, params, given, tvt);
        } else if (given.length != params.length) {
            throw PyErr.typeError("Too %s arguments for %s; actual %d, expected %d",
                    given.length > params.length ? "many" : "few", GenericAliasMethods.repr(alias), given.length,
                    params.length);
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject a : alias.args.items()) {
            PyObject unpacked = tvt >= 0 ? unpackedTypeVarTuple(a) : null;
            if (unpacked != null) {
                // *Ts takes the arguments left over by the other parameters, spliced in
                out.addAll(List.of(((PyTuple) given[indexOf(params, unpacked)]).items()));
            } else {
                out.add(subst(a, params, given));
            }
        }
        return new PyGenericAlias(alias.type(), alias.origin, PyTuple.of(out.toArray(new PyObject[0])));
    }

    /** The position of the TypeVarTuple among the parameters (its type has __typing_prepare_subst__), or -1. */
    private static int typeVarTupleIndex(PyObject[] params) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].type().lookup("__typing_prepare_subst__") != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One value per parameter: the TypeVarTuple's is the tuple of the arguments between those of
     * the parameters before and after it. CPython: TypeVarTuple.__typing_prepare_subst__.
     */
    private static PyObject[] variadic(PyGenericAlias alias, PyObject[] params, PyObject[] given, int tvt) {
        if (given.length < params.length - 1) {
            throw PyErr.typeError("Too few arguments for %s; actual %d, expected at least %d",
                    GenericAliasMethods.repr(alias), given.length, params.length - 1);
        }
        int after = params.length - tvt - 1;
        PyObject[] values = new PyObject[params.length];
        System.arraycopy(given, 0, values, 0, tvt);
        values[tvt] = PyTuple.copyOf(given, tvt, given.length - after);
        System.arraycopy(given, given.length - after, values, tvt + 1, after);
        return values;
    }

    /** The TypeVarTuple of an unpacked {@code *Ts} argument, else null. */
    private static PyObject unpackedTypeVarTuple(PyObject a) {
        if (a instanceof PyType || !Ops.isTrue(orFalse(Ops.getattrOrNull(a, "__typing_is_unpacked_typevartuple__")))) {
            return null;
        }
        PyObject[] sub = subParameters(a);
        return sub.length == 1 ? sub[0] : null;
    }

    private static PyObject orFalse(PyObject o) {
        return o == null ? PyBool.FALSE : o;
    }

    private static PyObject subst(PyObject a, PyObject[] params, PyObject[] given) {
        if (a instanceof PyType) {
            return a;
        }
        if (isTypeVar(a)) {
            return Ops.callMethod(a, "__typing_subst__", given[indexOf(params, a)]);
        }
        if (a instanceof PyList l) {
            PyObject[] xs = l.snapshot();
            PyObject[] ys = new PyObject[xs.length];
            for (int i = 0; i < xs.length; i++) {
                ys[i] = subst(xs[i], params, given);
            }
            return PyList.of(ys);
        }
        PyObject[] sub = subParameters(a);
        if (sub.length == 0) {
            return a;
        }
        PyObject[] subArgs = new PyObject[sub.length];
        for (int i = 0; i < sub.length; i++) {
            subArgs[i] = given[indexOf(params, sub[i])];
        }
        return Ops.getitem(a, PyTuple.of(subArgs));
    }

    private static int indexOf(PyObject[] params, PyObject p) {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == p) {
                return i;
            }
        }
        throw PyErr.format(PyExc.SystemError, "type variable missing from parameters");
    }
}
