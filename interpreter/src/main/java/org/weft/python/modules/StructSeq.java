package org.weft.python.modules;

import java.util.ArrayList;
import java.util.List;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;
import org.weft.python.runtime.PyType;
import org.weft.python.runtime.TypeBuilder;

/**
 * A "struct sequence" ({@code sys.version_info}, {@code time.struct_time}, {@code os.stat_result}):
 * a tuple of its first {@code visible} fields, with every field also readable by name, and more
 * fields that only names reach. CPython: Objects/structseq.c.
 *
 * <p>Make a type once, as a constant, with {@link #newType}; make instances with {@link #make}.
 * Threads: immutable, like the tuple it is.
 */
public final class StructSeq extends PyTuple {

    /** The fields past the visible ones; an empty array when there are none. */
    private final PyObject[] hidden;

    private StructSeq(PyType type, PyObject[] visible, PyObject[] hidden) {
        super(type, visible);
        this.hidden = hidden;
    }

    /** What a struct sequence type knows about its fields. */
    public record Spec(String fullName, String[] fields, int visible, boolean instantiable) {
        /** The names of the named fields, in order (CPython's tp_members). */
        List<String> members() {
            List<String> names = new ArrayList<>();
            for (String f : fields) {
                if (f != null) {
                    names.add(f);
                }
            }
            return names;
        }

        int unnamed() {
            return fields.length - members().size();
        }
    }

    /**
     * A struct sequence type. {@code fullName} is dotted ({@code "time.struct_time"}); a null in
     * {@code fields} is an unnamed field (reached by index only, as {@code os.stat_result}'s integer
     * times); the first {@code visible} fields form the tuple. Only an {@code instantiable} type
     * can be called ({@code time.struct_time((2024, 1, ...))}).
     */
    public static PyType newType(String fullName, String doc, int visible, boolean instantiable, String... fields) {
        Spec spec = new Spec(fullName, fields.clone(), visible, instantiable);
        return PyType.builtin(fullName, StructSeq.class, () -> PyTuple.TYPE, b -> define(b, spec, doc));
    }

    /** An instance of {@code type} with every field's value, in field order. */
    public static StructSeq make(PyType type, PyObject... values) {
        int visible = (int) ((PyInt) type.lookup("n_sequence_fields")).longValue();
        PyObject[] v = java.util.Arrays.copyOfRange(values, 0, visible);
        PyObject[] h = java.util.Arrays.copyOfRange(values, visible, values.length);
        return new StructSeq(type, v, h);
    }

    /** The field at {@code index} of all fields (visible or not). */
    public PyObject field(int index) {
        PyObject[] v = items();
        return index < v.length ? v[index] : hidden[index - v.length];
    }

    private static void define(TypeBuilder b, Spec spec, String doc) {
        if (doc != null) {
            b.doc(doc);
        }
        b.constant("n_sequence_fields", PyInt.of(spec.visible()));
        b.constant("n_fields", PyInt.of(spec.fields().length));
        b.constant("n_unnamed_fields", PyInt.of(spec.unnamed()));
        List<PyObject> matchArgs = new ArrayList<>();
        for (int i = 0; i < spec.fields().length; i++) {
            String name = spec.fields()[i];
            if (name == null) {
                continue;
            }
            int index = i;
            b.getter(name, self -> ((StructSeq) self).field(index));
            if (i < spec.visible()) {
                matchArgs.add(PyStr.of(name));
            }
        }
        b.constant("__match_args__", PyTuple.of(matchArgs.toArray(new PyObject[0])));
        b.newFn((type, args, kwnames) -> newInstance(spec, type, args, kwnames));
        b.method0("__repr__", self -> PyStr.of(repr(spec, (StructSeq) self)));
        b.method0("__reduce__", self -> reduce(spec, (StructSeq) self));
    }

    // CPython: structseq_new_impl in structseq.c
    private static PyObject newInstance(Spec spec, PyType type, PyObject[] args, String[] kwnames) {
        if (!spec.instantiable()) {
            throw PyErr.typeError("cannot create '%s' instances", spec.fullName());
        }
        PyObject[] a = NEW.parse(args, kwnames);
        PyObject dict = a[1] == null ? PyNone.NONE : a[1];
        PyObject[] given = toArray(a[0]);
        int min = spec.visible();
        int max = spec.fields().length;
        if (given.length < min) {
            throw PyErr.typeError(min == max ? "%s() takes a %d-sequence (%d-sequence given)"
                    : "%s() takes an at least %d-sequence (%d-sequence given)", spec.fullName(), min, given.length);
        }
        if (given.length > max) {
            throw PyErr.typeError(min == max ? "%s() takes a %d-sequence (%d-sequence given)"
                    : "%s() takes an at most %d-sequence (%d-sequence given)", spec.fullName(), max, given.length);
        }
        if (dict != PyNone.NONE && !(dict instanceof PyDict)) {
            throw PyErr.typeError("%s() takes a dict as second arg, if any", spec.fullName());
        }
        PyObject[] values = new PyObject[max];
        for (int i = 0; i < max; i++) {
            if (i < given.length) {
                values[i] = given[i];
            } else {
                PyObject v = dict instanceof PyDict d && spec.fields()[i] != null ? d.getItem(spec.fields()[i]) : null;
                values[i] = v == null ? PyNone.NONE : v;
            }
        }
        return new StructSeq(type, java.util.Arrays.copyOf(values, min),
                java.util.Arrays.copyOfRange(values, min, max));
    }

    /** The items of any iterable. */
    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items();
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            out.add(item);
        }
        return out.toArray(new PyObject[0]);
    }

    private static final org.weft.python.runtime.ArgParser NEW =
            org.weft.python.runtime.ArgParser.of("structseq", "sequence", "dict=");

    /**
     * {@code sys.version_info(major=3, ...)}: the visible fields, each labelled with the name of the
     * named field at its position (CPython's quirk: {@code os.stat_result} labels its integer times
     * with the names of the float ones).
     */
    // CPython: structseq_repr in structseq.c
    private static String repr(Spec spec, StructSeq self) {
        List<String> names = spec.members();
        PyObject[] v = self.items();
        StringBuilder sb = new StringBuilder(spec.fullName()).append('(');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(i < names.size() ? names.get(i) : "unnamed").append('=').append(Ops.repr(v[i]).value());
        }
        return sb.append(')').toString();
    }

    // CPython: structseq_reduce in structseq.c
    private static PyObject reduce(Spec spec, StructSeq self) {
        PyDict extra = new PyDict();
        for (int i = spec.visible(); i < spec.fields().length; i++) {
            if (spec.fields()[i] != null) {
                extra.setItem(PyStr.of(spec.fields()[i]), self.field(i));
            }
        }
        return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.items()), extra));
    }
}
