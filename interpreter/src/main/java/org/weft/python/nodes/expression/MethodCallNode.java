package org.weft.python.nodes.expression;

import java.util.Arrays;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.AttributeSite;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.ProfileHooks;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyCode;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyFunction;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyMethodDescriptor;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.SourceSpan;
import org.weft.python.runtime.PySet;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * {@code obj.name(args)} without making a bound method when the attribute is a plain function or
 * built-in method found on the type (CPython's {@code LOAD_METHOD}/{@code CALL}). The per-site
 * cache is keyed on the receiver's type and that type's version.
 *
 * <p>Threads: the cache is an immutable {@link Entry} published by a plain write (racy but
 * idempotent); every use re-validates it.
 */
public final class MethodCallNode extends ExprNode {
    private final ExprNode obj;
    private final String name;
    /** This site's key in a type's shared entries ({@link PyType#siteEntry}): not the attribute's. */
    private final String methodKey;
    private final PyStr key;
    private final ExprNode[] args;
    private Entry cache;
    /** For receivers whose attribute is not an unbound method (module functions, instance-dict callables). */
    private AttributeCache attrs;
    /** Where instances keep this name, for the shadowing check and the generic path. */
    private final AttributeSite site;
    /** A method that removes items from a built-in container: what it removes may be freed. */
    private final boolean frees;

    /**
     * What {@code type.lookup(name)} gave for one type version, if it can be called unbound; a
     * short chain, one entry per receiver type (at most {@link AttributeCache#MAX_TYPES}).
     */
    private record Entry(PyType type, int version, PyObject method, Entry next) {
    }

    public MethodCallNode(ExprNode obj, String name, ExprNode[] args) {
        this.obj = obj;
        this.name = name.intern();
        this.methodKey = (name + "()").intern();
        this.key = PyStr.of(this.name);
        this.site = new AttributeSite(this.name, key);
        this.args = args;
        this.frees = name.equals("clear") || name.equals("remove") || name.equals("discard");
    }

    /** Where {@code obj.name} lies (the call without its arguments); set once by the compiler. */
    private SourceSpan attributeSpan;

    /** Sets {@link #attributeSpan} (the compiler does, before the code is published); returns this. */
    public MethodCallNode withAttributeSpan(SourceSpan s) {
        attributeSpan = s;
        return this;
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject self = obj.execute(f);
            if (frees && (self.type() == PyList.TYPE || self.type() == PyDict.TYPE || self.type() == PySet.TYPE)
                    && Finalizers.anyMade(f.ts)) {
                return callFreeing(f, self);
            }
            return call(f, self);
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }

    /**
     * {@code items.clear()}, {@code items.remove(x)}, {@code s.discard(x)} on a list, dict or set
     * that may hold objects with {@code __del__}: CPython frees the items removed at once (a list
     * clears last item first), so this collects after the call (see Finalizers).
     */
    private PyObject callFreeing(Frame f, PyObject self) {
        Finalizers.Probe probe = Finalizers.probe(f.ts, self, true);
        PyObject result = call(f, self);
        Finalizers.release(f.ts, probe, true);
        return result;
    }

    private PyObject call(Frame f, PyObject self) {
        PyObject method = unboundMethod(self);
        if (method != null) {
            if (method instanceof PyFunction pf && pf.code.simpleArgcount == args.length + 1) {
                return callSimple(f, pf, pf.code, self);
            }
            if (method instanceof PyMethodDescriptor md) {
                return callBuiltin(f, md, self);
            }
            PyObject[] values = new PyObject[args.length + 1];
            values[0] = self;
            for (int i = 0; i < args.length; i++) {
                values[i + 1] = args[i].execute(f);
            }
            return ((PyFunction) method).invoke(f.ts, values, null); // plainMethod: a function or a descriptor
        }
        PyObject callable;
        try {
            callable = attribute(self);
        } catch (PyException e) {
            throw e.at(f, attributeSpan); // CPython underlines obj.name, not the call, when the lookup fails
        }
        // A module's function (helpers.f(x), math.sin(x)): the same fast paths as a plain call.
        if (callable instanceof PyFunction pf && pf.code.simpleArgcount == args.length) {
            return CallNode.callSimple(f, pf, pf.code, args);
        }
        if (args.length == 1 && callable instanceof PyBuiltinFunction bf) {
            return ProfileHooks.call1FromSite(f.ts, bf, args[0].execute(f));
        }
        PyObject[] values = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(f);
        }
        if (callable instanceof PyFunction pf) {
            return pf.invoke(f.ts, values, null);
        }
        return ProfileHooks.callFromSite(f.ts, callable, values, null);
    }

    /** A built-in method ({@code list.append}): fixed arities without an argument array holding {@code self}. */
    private PyObject callBuiltin(Frame f, PyMethodDescriptor md, PyObject self) {
        if (f.ts.profiler() != null) {
            return callBuiltinProfiled(f, md, self);
        }
        switch (args.length) {
            case 0:
                return md.callBound0(self);
            case 1:
                return md.callBound1(self, args[0].execute(f));
            case 2: {
                PyObject a = args[0].execute(f);
                return md.callBound2(self, a, args[1].execute(f));
            }
            default: {
                PyObject[] values = new PyObject[args.length];
                for (int i = 0; i < args.length; i++) {
                    values[i] = args[i].execute(f);
                }
                return md.callBound(self, values, null);
            }
        }
    }

    /** As callBuiltin, reported to sys.setprofile as CPython does: c_call with the method bound to self. */
    private PyObject callBuiltinProfiled(Frame f, PyMethodDescriptor md, PyObject self) {
        PyObject[] values = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(f);
        }
        return ProfileHooks.callC(f.ts, md.get(self, self.type()), () -> md.callBound(self, values, null));
    }

    /** Evaluates the arguments straight into the callee's frame, {@code self} first: no argument array. */
    private PyObject callSimple(Frame f, PyFunction pf, PyCode c, PyObject self) {
        Frame callee = pf.simpleFrame(c);
        PyObject[] locals = callee.locals;
        locals[0] = self;
        for (int i = 0; i < args.length; i++) {
            locals[i + 1] = args[i].execute(f);
        }
        if (pf.code != c) { // an argument reassigned __code__: bind to the new code as invoke would
            return pf.invoke(f.ts, Arrays.copyOf(locals, args.length + 1), null);
        }
        return PyFunction.execute(f.ts, callee);
    }

    /** The function to call with {@code self} prepended, or null to take the generic path. */
    private PyObject unboundMethod(PyObject self) {
        PyType t = self.type();
        Entry e = cache == MEGAMORPHIC ? shared(t) : find(cache, t);
        if (e == null) {
            if (validEntries(cache) >= AttributeCache.MAX_TYPES) {
                cache = MEGAMORPHIC; // as AttributeCache's: each type's shared entry from now on
                e = shared(t);
            } else {
                e = new Entry(t, t.version(), plainMethod(t), rest(cache, t, AttributeCache.MAX_TYPES - 1));
                cache = e;
            }
        }
        PyObject m = e.method;
        if (m == null || self instanceof PyType) {
            return null;
        }
        PyObject own = site.read(self); // an instance attribute shadows the method
        if (own == AttributeSite.NOT_SHAPED) {
            PyDict d = self.getDict();
            own = d == null ? null : d.getItem(key);
        }
        return own == null ? m : null;
    }

    /** The chain of a site that met more than {@link AttributeCache#MAX_TYPES} types. Immutable. */
    private static final Entry MEGAMORPHIC = new Entry(null, 0, null, null);

    private static int validEntries(Entry head) {
        int n = 0;
        for (Entry e = head; e != null; e = e.next) {
            if (e.version == e.type.version()) {
                n++;
            }
        }
        return n;
    }

    /** {@code t}'s shared entry for this name, made (and stored in the type) when missing or stale. */
    private Entry shared(PyType t) {
        if (t.siteEntry(methodKey) instanceof Entry e && e.version == t.version()) {
            return e;
        }
        Entry e = new Entry(t, t.version(), plainMethod(t), null);
        t.putSiteEntry(methodKey, e);
        return e;
    }

    private static Entry find(Entry head, PyType t) {
        for (Entry e = head; e != null; e = e.next) {
            if (e.type == t) {
                return e.version == t.version() ? e : null;
            }
        }
        return null;
    }

    /** The valid entries of {@code e} other than {@code skip}'s, at most {@code room} of them. */
    private static Entry rest(Entry e, PyType skip, int room) {
        while (e != null && (e.type == skip || e.version != e.type.version())) {
            e = e.next;
        }
        if (e == null || room == 0) {
            return null;
        }
        return new Entry(e.type, e.version, e.method, rest(e.next, skip, room - 1));
    }

    /** {@code self.name} for the generic path: {@link AttributeCache#read}, else {@link Ops#getattr}. */
    private PyObject attribute(PyObject self) {
        PyType t = self.type();
        AttributeCache c = AttributeCache.find(attrs, t, name);
        if (c == null) {
            attrs = AttributeCache.add(attrs, t, name);
            c = AttributeCache.entry(attrs, t, name);
        }
        try {
            PyObject v = c.read(self, key, site);
            return v != null ? v : Ops.getattr(self, name);
        } catch (PyException e) {
            throw PyErr.withAttributeContext(e, self, name);
        }
    }

    private PyObject plainMethod(PyType t) {
        PyObject m = t.lookup(name);
        if (!(m instanceof PyFunction) && !(m instanceof PyMethodDescriptor)) {
            return null;
        }
        if (m.type() != PyFunction.TYPE && m.type() != PyMethodDescriptor.TYPE) {
            return null;
        }
        if (t.lookup("__getattribute__") != PyObject.TYPE.lookup("__getattribute__")) {
            return null;
        }
        return m;
    }
}
