package org.weft.python.runtime;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code sys.getrefcount} without reference counts: the references to an object that Python code
 * can see, counted by walking what is reachable from the roots (modules, the running frames'
 * variables): names in namespaces, items of lists, tuples, sets and dicts (keys and values),
 * instance and class attributes, function defaults and closures, bound methods, properties,
 * suspended generators' variables. What CPython counts besides (its caches, the types that
 * instances point to, interned constants) is not seen, so the count matches CPython's for the
 * objects that reference-counting demos look at: lists, dicts, instances.
 *
 * <p>Threads: reads containers through their snapshots; a census races with other threads'
 * changes as CPython's count does.
 */
public final class ReferenceCensus {
    /** Beyond this many objects the walk stops (the count is then a lower bound). */
    private static final int LIMIT = 1_000_000;

    private ReferenceCensus() {
    }

    /** The references to {@code target} from the objects reachable from {@code roots} (roots count as holders). */
    public static long count(PyObject target, List<PyObject[]> roots) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        long[] n = {0};
        for (PyObject[] holder : roots) {
            edges(holder, target, n, seen, todo);
        }
        long fromCode = 0;
        while (!todo.isEmpty() && seen.size() < LIMIT) {
            PyObject o = todo.pop();
            long before = n[0];
            edges(referents(o), target, n, seen, todo);
            if (o instanceof PyCode) {
                fromCode += n[0] - before;
            }
        }
        // A constant's count in CPython 3.11 is one more than the code objects holding it show.
        n[0] += fromCode > 0 ? 1 : 0;
        if (target instanceof PyType t && t.isHeapType()) {
            n[0] += typeReferences(t, seen);
        }
        return n[0];
    }

    /**
     * What CPython's count of a class has besides names: its own __mro__, the __dict__ and
     * __weakref__ descriptors it introduces, its subclasses' __base__, __bases__ and __mro__, and
     * each instance's type pointer.
     */
    private static long typeReferences(PyType t, IdentityHashMap<Object, Boolean> seen) {
        long n = 1;
        PyDict d = t.getDict();
        n += d.getItem("__dict__") != null ? 1 : 0;
        n += d.getItem("__weakref__") != null ? 1 : 0;
        for (Object o : seen.keySet()) {
            if (o instanceof PyType s && s != t) {
                n += s.getBase() == t ? 1 : 0;
                n += java.util.Arrays.asList(s.getBases()).contains(t) ? 1 : 0;
                n += java.util.Arrays.asList(s.getMro()).contains(t) ? 1 : 0;
            } else if (o instanceof PyObject p && !(o instanceof PyType) && p.type() == t) {
                n++;
            }
        }
        return n;
    }

    private static void edges(PyObject[] refs, PyObject target, long[] n, IdentityHashMap<Object, Boolean> seen,
                              ArrayDeque<PyObject> todo) {
        if (refs == null) {
            return;
        }
        for (PyObject r : refs) {
            if (r == null) {
                continue;
            }
            if (r == target) {
                n[0]++;
            }
            if (seen.put(r, Boolean.TRUE) == null) {
                todo.push(r);
            }
        }
    }

    /**
     * What {@code o} refers to, as Python code sees it (and CPython's collector traverses): the
     * one walk behind the census, {@link ReferenceCycles} and {@link CycleGarbage}. Null for none.
     */
    static PyObject[] referents(PyObject o) {
        if (o instanceof PyList l) {
            return l.snapshot();
        } else if (o instanceof PyTuple t) {
            return t.items();
        } else if (o instanceof PyBaseSet s) {
            SetTable t = s.snapshot();
            return java.util.Arrays.stream(t.keys).filter(k -> k != null && k != SetTable.DUMMY).toArray(PyObject[]::new);
        } else if (o instanceof PyDict d && !(o instanceof InstanceValues)) {
            PyDict.Snapshot s = d.snapshot();
            PyObject[] out = new PyObject[2 * s.size()];
            for (int i = 0; i < s.size(); i++) {
                out[2 * i] = s.keys()[i];
                out[2 * i + 1] = s.values()[i];
            }
            return out;
        } else if (o instanceof PyModule || o instanceof PyType) {
            return new PyObject[] {o.getDict()};
        } else if (o instanceof PyFunction f) {
            return function(f);
        } else if (o instanceof PyCode c) {
            return c.constants;
        } else if (o instanceof PyCell c) {
            return new PyObject[] {c.value};
        } else if (o instanceof PyMethod m) {
            return new PyObject[] {m.func, m.self};
        } else if (o instanceof PyProperty p) {
            return new PyObject[] {p.fget, p.fset, p.fdel};
        } else if (o instanceof PyClassMethod c) {
            return new PyObject[] {c.callable};
        } else if (o instanceof PyStaticMethod s) {
            return new PyObject[] {s.callable};
        } else if (o instanceof PyGenerator g) {
            return frameVariables(g.frame);
        } else if (o.type().isHeapType()) {
            return attributes(o);
        }
        return null;
    }

    private static PyObject[] function(PyFunction f) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        out.add(f.code);
        if (f.defaults != null) {
            out.add(PyTuple.of(f.defaults)); // the __defaults__ tuple: its items are referenced once
        }
        if (f.kwdefaults != null) {
            out.add(f.kwdefaults);
        }
        if (f.closure != null) {
            java.util.Collections.addAll(out, f.closure);
        }
        PyDict fd = InstanceAttributes.realDict(f);
        if (fd != null) {
            out.add(fd);
        }
        return out.toArray(new PyObject[0]);
    }

    /** An instance's attribute values (and its dict, when it has a real one), without materializing it. */
    private static PyObject[] attributes(PyObject o) {
        PyObject[] values = InstanceAttributes.values(o);
        if (values != null) {
            return values;
        }
        PyDict d = InstanceAttributes.realDict(o);
        return d == null ? null : referents(d);
    }

    /** The named local variables and the cells of a frame (not the compiler's temporaries). */
    public static PyObject[] frameVariables(org.weft.python.nodes.Frame f) {
        int named = Math.min(f.code.varnames.length, f.locals.length);
        int cells = f.cells == null ? 0 : f.cells.length;
        PyObject[] out = new PyObject[named + cells + 1];
        System.arraycopy(f.locals, 0, out, 0, named);
        for (int i = 0; i < cells; i++) {
            out[named + i] = f.cells[i];
        }
        out[named + cells] = f.code;
        return out;
    }
}
