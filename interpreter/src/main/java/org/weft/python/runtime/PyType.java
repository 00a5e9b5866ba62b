package org.weft.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A Python type: name, bases, C3 MRO, its {@code __dict__} and the cached MRO lookup.
 *
 * <p>Built-in types are {@code public static final} constants made by {@link #builtin}; their dict
 * is filled on first use, which breaks Java class-initialisation cycles between types. Heap types
 * (Python {@code class} statements) come from {@link #newHeapType}.
 *
 * <p>Threads: {@link #lookup} takes no lock. The cache is a {@code ConcurrentHashMap} reached through
 * a volatile field; a change to the type or to any type in its MRO writes the dict first and then
 * replaces the map (see {@link #invalidate}), so a racing lookup that cached a stale value cached it
 * in a map nobody reads any more. {@link #version()} changes on every such invalidation, for the
 * engine's inline caches. Readiness (filling a built-in's dict) is done once under the type's lock.
 */
public class PyType extends PyObject implements PyCallable {

    /** The built-in type {@code type}. */
    public static final PyType TYPE = bootstrapTypeType();

    /** Flag: a heap type (made by a class statement), whose attributes may change. */
    static final int HEAP = 1;
    /** Flag: Python classes may derive from this type. */
    static final int BASETYPE = 2;
    /** Flag: an abstract class's instances cannot be made (set by abc machinery). */
    static final int ABSTRACT = 4;

    String name;
    String qualname;
    /**
     * An explicit tp_name (CPython's name of the type in error messages) for a class written here in
     * Python that CPython writes in C ("decimal.Decimal", "datetime.date"); null for the rest, whose
     * tp_name {@link #getTpName} derives. Set once, while the defining module runs, read after.
     */
    private volatile String tpName;
    /** The Java class every instance is (or extends). */
    final Class<? extends PyObject> javaClass;
    int flags;
    PyType[] bases;
    /** The "solid base": the nearest base whose instance layout this type's instances have. */
    PyType base;
    PyType[] mro;
    /** True when instances get a {@code __dict__} (heap types without {@code __slots__}). */
    boolean instancesHaveDict;
    /** True when instances can be weakly referenced (heap types: {@code __weakref__}). */
    boolean instancesHaveWeakref;
    /** Names of {@code __slots__} declared by this type itself (heap types), or null. */
    String[] slotNames;
    /**
     * Instances made with inline attribute values, counted up to {@link SharedKeysSize#LIMIT}: only
     * sys.getsizeof of their {@code __dict__} reads it (CPython shrinks a class's shared keys by one
     * per instance). Written racily: a lost increment under concurrent construction changes only
     * that figure, and once at the limit the field is only read, so threads never contend on it.
     */
    int inlineInstances;

    private final Supplier<PyType[]> basesSupplier;
    private Consumer<TypeBuilder> definer;
    private boolean defining;
    /** Null until the type is ready; replaced (never cleared) on invalidation. */
    private volatile ConcurrentHashMap<String, Object> cache;
    private volatile int version;
    private static final java.lang.invoke.VarHandle VERSION;
    static {
        try {
            VERSION = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyType.class, "version", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** Direct subclasses, weakly held; guarded by {@code this}. */
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    /** A built-in type; see {@link #builtin}. */
    PyType(PyType metatype, String name, Class<? extends PyObject> javaClass,
            Supplier<PyType[]> basesSupplier, Consumer<TypeBuilder> definer) {
        super(metatype);
        int dot = name.lastIndexOf('.');
        this.name = dot < 0 ? name : name.substring(dot + 1);
        this.qualname = this.name;
        this.javaClass = javaClass;
        this.basesSupplier = basesSupplier;
        this.definer = definer;
        this.flags = BASETYPE;
        this.dict = null;
        this.builtinModule = dot < 0 ? "builtins" : name.substring(0, dot);
    }

    /** For heap types: everything is filled in by {@link HeapTypes}. */
    PyType(PyType metatype, String name, Class<? extends PyObject> javaClass) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.basesSupplier = null;
        this.flags = HEAP | BASETYPE;
        this.builtinModule = null;
    }

    private final String builtinModule;

    /**
     * Declares a built-in type. {@code name} may be dotted ({@code "collections.deque"}) to give
     * the module; {@code base} is null only for {@code object}; {@code define} fills the type's dict
     * through a {@link TypeBuilder} on first use.
     */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, Supplier<PyType> base,
            Consumer<TypeBuilder> define) {
        // During bootstrap TYPE may still be null here (object created before type): patched below.
        return new PyType(TYPE, name, javaClass, base == null ? null : () -> new PyType[] {base.get()}, define);
    }

    /** A built-in type with several bases ({@code ExceptionGroup}); the MRO is C3's. */
    static PyType builtinMulti(String name, Class<? extends PyObject> javaClass, Supplier<PyType[]> bases,
            Consumer<TypeBuilder> define) {
        return new PyType(TYPE, name, javaClass, bases, define);
    }

    private static PyType bootstrapTypeType() {
        PyType t = new PyType(null, "type", PyType.class, () -> new PyType[] {PyObject.TYPE}, PyTypeMethods::define);
        t.type = t;
        PyType object = PyObject.TYPE;
        if (object != null && object.type == null) {
            object.type = t;
        }
        return t;
    }

    /**
     * A heap type, as a {@code class} statement makes it: computes the C3 MRO and the solid base,
     * handles {@code __slots__}, {@code __set_name__}, {@code __init_subclass__} and
     * {@code __classcell__}. CPython: type_new in typeobject.c.
     */
    public static PyType newHeapType(PyType metatype, String name, PyType[] bases, PyDict dict) {
        return HeapTypes.newType(metatype, name, bases, dict, null);
    }

    // ---- readiness -------------------------------------------------------------------------

    private void ensureReady() {
        synchronized (this) {
            if (cache != null || defining) {
                return;
            }
            defining = true;
            try {
                if (type == null) {
                    type = TYPE;
                }
                bases = basesSupplier == null ? new PyType[0] : basesSupplier.get();
                base = bases.length == 0 ? null : bases.length == 1 ? bases[0] : Mro.solidBase(bases);
                mro = bases.length == 0 ? new PyType[] {this}
                        : bases.length == 1 ? prepend(this, bases[0].getMro()) : Mro.c3(this, bases);
                if (base != null) {
                    instancesHaveDict = base.instancesHaveDict;
                    instancesHaveWeakref = base.instancesHaveWeakref;
                }
                // no "__module__" entry: as for CPython's static types, type.__module__ derives it
                // from the name, and instances (5 .__module__) have no such attribute
                dict = new PyDict();
                TypeBuilder tb = new TypeBuilder(this);
                if (definer != null) {
                    definer.accept(tb);
                }
                tb.finish();
                definer = null;
                for (PyType b : bases) {
                    b.addSubclass(this);
                }
                cache = new ConcurrentHashMap<>();
            } finally {
                defining = false;
            }
        }
    }

    /** Makes a heap type usable: called once by {@link HeapTypes} when all fields are set. */
    void markReady() {
        cache = new ConcurrentHashMap<>();
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = t;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    // ---- lookup ----------------------------------------------------------------------------

    private static final Object MISSING = new Object();

    /**
     * Finds {@code name} along the MRO (CPython: _PyType_Lookup); null when absent. Cached; no lock.
     */
    public PyObject lookup(String name) {
        ConcurrentHashMap<String, Object> c = cache;
        if (c == null) {
            ensureReady();
            c = cache;
            if (c == null) {
                return findInMro(name); // re-entered while this type is being defined
            }
        }
        Object v = c.get(name);
        if (v != null) {
            return v == MISSING ? null : (PyObject) v;
        }
        PyObject r = findInMro(name);
        c.put(name, r == null ? missing() : r);
        return r;
    }

    private static Object missing() {
        return MISSING;
    }

    private PyObject findInMro(String name) {
        PyStr key = PyStr.of(name); // one key (and one hash) for the whole walk
        PyType[] m = mro;
        if (m == null) {
            return dict == null ? null : plainDict().getItem(key);
        }
        for (PyType t : m) {
            PyDict d = t.plainDict();
            if (d == null) {
                t.ensureReady();
                d = t.plainDict();
            }
            PyObject v = d.getItem(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Forgets cached lookups of this type and of every subclass; call after changing the dict of
     * this type (write first, then invalidate) or its bases/MRO.
     */
    public void invalidate() {
        // Order matters: a reader that sees the new version must also see the new (empty) cache.
        cache = new ConcurrentHashMap<>();
        // Atomic, not volatile ++: two threads changing one class at once must not lose a bump,
        // or a cache stamped between their writes would outlive the second one.
        VERSION.getAndAdd(this, 1);
        for (PyType sub : getSubclasses()) {
            sub.invalidate();
        }
    }

    /**
     * Facts derived from lookups, valid while the lookup cache they were computed with is current
     * (its identity is the generation): which {@code __getattribute__} the type has, and its
     * {@code __getattr__} hook. Saves two cache probes on every attribute read.
     */
    record Derived(Object generation, PyObject getattribute, PyObject getattrHook) {
    }

    private volatile Derived derived;

    /**
     * What attribute and method sites that met too many types to remember each one (megamorphic
     * sites) learned about this type, per site key: immutable entries of the nodes' own making,
     * each stamped with the {@link #version()} it was made for and remade by the site when stale.
     * Shared mutable state, decided here: a map made on first use and reached through a volatile
     * field; racing threads at worst each make an equal entry or an extra map, and the loser's
     * work is made again on a later use.
     */
    private volatile ConcurrentHashMap<String, Object> siteEntries;

    /** The entry a megamorphic site stored for {@code key}, or null. */
    public Object siteEntry(String key) {
        ConcurrentHashMap<String, Object> m = siteEntries;
        return m == null ? null : m.get(key);
    }

    /** Stores a megamorphic site's entry for {@code key} (see {@link #siteEntry}). */
    public void putSiteEntry(String key, Object entry) {
        ConcurrentHashMap<String, Object> m = siteEntries;
        if (m == null) {
            m = new ConcurrentHashMap<>();
            siteEntries = m;
        }
        m.put(key, entry);
    }

    /** The derived facts for the current generation, recomputed after any change to the type. */
    Derived derived() {
        Derived d = derived;
        ConcurrentHashMap<String, Object> c = cache;
        if (d != null && d.generation == c && c != null) {
            return d;
        }
        if (c == null) {
            ensureReady();
            c = cache;
        }
        d = new Derived(c, lookup("__getattribute__"), lookup("__getattr__"));
        derived = d;
        return d;
    }

    /**
     * True when attribute reads on instances are {@code object.__getattribute__} with no
     * {@code __getattr__}: the common case that lets {@link Ops#callMethod} skip binding.
     */
    boolean hasPlainGetattr() {
        Derived d = derived();
        return d.getattribute == PyObjectMethods.GETATTRIBUTE && d.getattrHook == null;
    }

    /**
     * The resolved plan for calling this type ({@link TypeCall}). Shared mutable state, decided
     * here: a plain field holding an immutable record; racing threads at worst each make an
     * equal plan, and a stale one fails {@link InstancePlan#isCurrentFor} and is replaced.
     */
    private InstancePlan instancePlan;

    /** The current {@link InstancePlan}, remade after any change to this type or its metatype. */
    InstancePlan instancePlan() {
        InstancePlan p = instancePlan;
        if (p != null && p.isCurrentFor(this)) {
            return p;
        }
        p = InstancePlan.of(this);
        if (cache != null) { // not while the type is still being defined
            instancePlan = p;
        }
        return p;
    }

    /** A stamp that changes whenever a lookup on this type may give a different answer. */
    public int version() {
        return version;
    }

    // ---- accessors -------------------------------------------------------------------------

    public String getName() {
        return name;
    }

    /**
     * CPython's {@code tp_name}, the name most error messages use: "collections.deque" for a
     * built-in type declared in a module, the plain name for classes and builtins. Types that
     * CPython writes in Python (os._Environ, site's Quitter) or that are Weft's own (_weft_*)
     * keep the plain name, as a heap type's tp_name is.
     */
    public String getTpName() {
        String m = tpName;
        if (m != null) {
            return m;
        }
        if (builtinModule == null || builtinModule.equals("builtins") || builtinModule.startsWith("_weft")
                || builtinModule.equals("os") || builtinModule.equals("_sitebuiltins")) {
            return name;
        }
        return builtinModule + "." + name;
    }

    /** The name error messages use: {@link #getTpName}. */
    public String getMessageName() {
        return getTpName();
    }

    /** {@link #getTpName}. */
    public String tpName() {
        return getTpName();
    }

    /**
     * Gives a class written in Python the dotted tp_name of the C type it stands for in CPython
     * ({@code datetime.date}); its subclasses keep their own bare names, as in CPython.
     */
    public void setTpName(String dotted) {
        tpName = dotted;
    }

    /** {@link #setTpName}. */
    public void setMessageName(String dotted) {
        setTpName(dotted);
    }

    public String getQualname() {
        return qualname;
    }

    /** {@code __module__}: "builtins" for most built-in types, the defining module for classes. */
    public String getModule() {
        if (builtinModule != null) {
            return builtinModule;
        }
        PyObject m = getDict().getItem("__module__");
        return m instanceof PyStr s ? s.value() : "builtins";
    }

    public PyType[] getMro() {
        if (cache == null) {
            ensureReady();
        }
        return mro;
    }

    public PyType[] getBases() {
        if (cache == null) {
            ensureReady();
        }
        return bases;
    }

    /** The solid base ({@code __base__}); null for {@code object}. */
    public PyType getBase() {
        if (cache == null) {
            ensureReady();
        }
        return base;
    }

    @Override
    public PyDict getDict() {
        if (cache == null) {
            ensureReady();
        }
        return plainDict();
    }

    /** The Java class of this type's instances. */
    public Class<? extends PyObject> getJavaClass() {
        return javaClass;
    }

    public boolean isHeapType() {
        return (flags & HEAP) != 0;
    }

    /** False for a class whose {@code __slots__} leave out {@code __weakref__} (CPython tp_weaklistoffset == 0). */
    public boolean instancesHaveWeakref() {
        return instancesHaveWeakref;
    }

    /** True when Python classes may derive from this type. */
    public boolean isBaseType() {
        if (cache == null) {
            ensureReady();
        }
        return (flags & BASETYPE) != 0;
    }

    /** True when this type is {@code t} or derives from it (MRO membership, CPython PyType_IsSubtype). */
    public boolean isSubtypeOf(PyType t) {
        if (this == t) {
            return true;
        }
        for (PyType m : getMro()) {
            if (m == t) {
                return true;
            }
        }
        return false;
    }

    void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            subclasses.add(new WeakReference<>(sub));
        }
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    /** The live direct subclasses, in creation order ({@code __subclasses__()}). */
    public List<PyType> getSubclasses() {
        List<PyType> r = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> w : subclasses) {
                PyType t = w.get();
                if (t != null) {
                    r.add(t);
                }
            }
        }
        return r;
    }

    /** {@code type.__call__}: make an instance ({@code __new__} then {@code __init__}). */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return TypeCall.call(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
