package org.weft.python.nodes.expression;

import org.weft.python.runtime.AttributeSite;
import org.weft.python.runtime.PyDescriptor;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * What an attribute site learned about one type version: whether instances of that type can be
 * read or written through their {@code __dict__} directly (the type uses object's generic
 * {@code __getattribute__}/{@code __setattr__} and has no data descriptor of that name), and the
 * type attribute found by the MRO lookup (null when none).
 *
 * <p>A site keeps a short chain of entries, one per receiver type ({@link #MAX_TYPES} at most), so
 * sites that see a few classes (subclasses sharing a method, richards' tasks) do not redo the MRO
 * lookups on every change of receiver type.
 *
 * <p>Immutable; sites publish a chain with a plain write and re-validate the entry on every use
 * against the receiver's type and the type's {@link PyType#version()}.
 */
public record AttributeCache(PyType type, int version, boolean plainRead, boolean plainWrite, PyObject typeAttr,
        PyDescriptor getDescr, PyDescriptor setDescr, PyObject classValue, PyDescriptor classDescr,
        AttributeCache next) {

    /** The most receiver types one site remembers. */
    static final int MAX_TYPES = 4;

    /**
     * The chain of a site that met more than {@link #MAX_TYPES} types (a visitor, shapes of eight
     * classes): rebuilding its chain on every access cost several lookups, 3x CPython's time, so
     * from then on it asks each type's shared entry ({@link PyType#siteEntry}) instead. Immutable.
     */
    static final AttributeCache MEGAMORPHIC = new AttributeCache(null, 0, false, false, null, null, null, null, null,
            null);

    /** The valid entry for {@code t} in the chain {@code head}, or null (then {@link #add} and {@link #entry}). */
    public static AttributeCache find(AttributeCache head, PyType t, String name) {
        if (head == MEGAMORPHIC) {
            return shared(t, name);
        }
        for (AttributeCache c = head; c != null; c = c.next) {
            if (c.type == t) {
                return c.version == t.version() ? c : null;
            }
        }
        return null;
    }

    /**
     * The site's new chain after {@link #find} missed: a fresh entry for {@code t} first, then the
     * other valid entries of {@code head}; or {@link #MEGAMORPHIC} when {@code head} already holds
     * {@link #MAX_TYPES} valid entries.
     */
    public static AttributeCache add(AttributeCache head, PyType t, String name) {
        if (validEntries(head) >= MAX_TYPES) {
            return MEGAMORPHIC;
        }
        AttributeCache e = of(t, name);
        return e.withNext(rest(head, t, MAX_TYPES - 1));
    }

    /** The entry for {@code t} in a chain {@link #add} just returned. */
    public static AttributeCache entry(AttributeCache head, PyType t, String name) {
        return head == MEGAMORPHIC ? shared(t, name) : head;
    }

    private static int validEntries(AttributeCache head) {
        int n = 0;
        for (AttributeCache c = head; c != null; c = c.next) {
            if (c.version == c.type.version()) {
                n++;
            }
        }
        return n;
    }

    /** {@code t}'s shared entry for {@code name}, made (and stored in the type) when missing or stale. */
    private static AttributeCache shared(PyType t, String name) {
        if (t.siteEntry(name) instanceof AttributeCache c && c.version == t.version()) {
            return c;
        }
        AttributeCache c = of(t, name);
        t.putSiteEntry(name, c);
        return c;
    }

    private static AttributeCache rest(AttributeCache c, PyType skip, int room) {
        while (c != null && (c.type == skip || c.version != c.type.version())) {
            c = c.next;
        }
        if (c == null || room == 0) {
            return null;
        }
        return c.withNext(rest(c.next, skip, room - 1));
    }

    private AttributeCache withNext(AttributeCache n) {
        return new AttributeCache(type, version, plainRead, plainWrite, typeAttr, getDescr, setDescr, classValue, classDescr,
                n);
    }

    static AttributeCache of(PyType t, String name) {
        int version = t.version();
        PyObject attr = t.lookup(name);
        boolean data = attr != null && isDataDescriptor(attr);
        boolean genericGet = t.lookup("__getattribute__") == PyObject.TYPE.lookup("__getattribute__");
        boolean genericSet = t.lookup("__setattr__") == PyObject.TYPE.lookup("__setattr__");
        boolean metatype = t.isSubtypeOf(PyType.TYPE);
        boolean isType = metatype || slotsOnly(t);
        // A built-in data descriptor (a __slots__ member, a getset) on a generic type: Attributes'
        // generic get/set call it directly, so the site may too. Writes need the same descriptor.
        boolean builtinData = data && !metatype && builtinDescriptor(attr);
        // With a __getattr__ hook, an AttributeError from the descriptor (a property getter) must
        // fall back to the hook, which Ops.getattr does: no direct descriptor call then.
        boolean hook = t.lookup("__getattr__") != null;
        PyDescriptor getDescr = builtinData && genericGet && !hook ? (PyDescriptor) attr : null;
        PyDescriptor setDescr = builtinData && genericSet ? (PyDescriptor) attr : null;
        // What a dict miss yields: a plain class value as it is, or a built-in non-data descriptor's get.
        PyObject classValue = null;
        PyDescriptor classDescr = null;
        if (attr != null && !data) {
            if (builtinDescriptor(attr)) {
                classDescr = hook ? null : (PyDescriptor) attr;
            } else if (!(attr instanceof PyDescriptor) && !attr.type().isHeapType()
                    && attr.type().lookup("__get__") == null) {
                classValue = attr;
            }
        }
        return new AttributeCache(t, version, genericGet && !data && !isType, genericSet && !data && !isType, attr,
                getDescr, setDescr, classValue, classDescr, null);
    }

    private static boolean builtinDescriptor(PyObject attr) {
        return attr instanceof PyDescriptor && !attr.type().isHeapType();
    }

    /**
     * The value of {@code o.name} when this entry can tell it without the full protocol, or null to
     * take {@code Ops.getattr}: the same steps as object's generic {@code __getattribute__}.
     */
    public PyObject read(PyObject o, PyStr key, AttributeSite site) {
        if (getDescr != null) {
            return getDescr.get(o, type);
        }
        if (!plainRead) {
            return null;
        }
        PyObject v = site.read(o, version);
        if (v == AttributeSite.NOT_SHAPED) {
            PyDict d = o.getDict();
            v = d == null ? null : d.getItem(key);
        }
        if (v != null) {
            return v;
        }
        if (classValue != null) {
            return classValue;
        }
        if (classDescr != null) {
            return classDescr.get(o, type);
        }
        return null;
    }

    /** Stores {@code o.name = value} when this entry allows it without the full protocol; false otherwise. */
    public boolean write(PyObject o, PyStr key, PyObject value, AttributeSite site) {
        if (setDescr != null) {
            setDescr.set(o, value);
            return true;
        }
        if (plainWrite) {
            if (site.write(o, value)) {
                return true;
            }
            PyDict d = o.getDict();
            if (d != null) {
                d.setItem(key, value);
                return true;
            }
        }
        return false;
    }

    /**
     * True when every class in the MRO declares {@code __slots__} without {@code __dict__}: its
     * instances must reject new attributes even if the runtime gave them a dict.
     */
    static boolean slotsOnly(PyType t) {
        boolean anyHeap = false;
        for (PyType m : t.getMro()) {
            if (!m.isHeapType()) {
                continue;
            }
            anyHeap = true;
            PyObject slots = m.getDict().getItem("__slots__");
            if (slots == null) {
                return false;
            }
            if (org.weft.python.runtime.Ops.contains(slots, org.weft.python.runtime.PyStr.of("__dict__"))) {
                return false;
            }
        }
        return anyHeap;
    }

    boolean valid(PyType t) {
        return type == t && version == t.version();
    }

    static boolean isDataDescriptor(PyObject d) {
        PyType dt = d.type();
        if (d instanceof PyDescriptor pd && !dt.isHeapType()) {
            return pd.isData();
        }
        return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }
}
