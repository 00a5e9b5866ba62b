package org.weft.python.nodes.expression;

import org.weft.python.runtime.PyException;
import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.TargetNode;
import org.weft.python.runtime.AttributeSite;
import org.weft.python.runtime.Finalizers;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * {@code obj.name} as an assignment or deletion target. Stores go straight to the instance dict
 * when the receiver's type (cached per site with its version) sets attributes generically and has
 * no data descriptor of this name.
 */
public final class AttributeTarget extends TargetNode {
    private final ExprNode obj;
    private final String name;
    private final PyStr key;
    private AttributeCache cache;
    private final AttributeSite site;

    public AttributeTarget(ExprNode obj, String name) {
        this.obj = obj;
        this.name = name.intern();
        this.key = PyStr.of(this.name);
        this.site = new AttributeSite(this.name, key);
    }

    @Override
    public void assign(Frame f, PyObject value) {
        try {
            PyObject o = obj.execute(f);
            PyType t = o.type();
            AttributeCache c = AttributeCache.find(cache, t, name);
            if (c == null) {
                cache = AttributeCache.add(cache, t, name);
                c = AttributeCache.entry(cache, t, name);
            }
            if (!c.write(o, key, value, site)) {
                Ops.setattr(o, name, value);
            }
        } catch (PyException e) {
            throw e.at(f, span);
        }
    }

    @Override
    public void delete(Frame f) {
        try {
            Ops.delattr(obj.execute(f), name);
        } catch (PyException e) {
            throw e.at(f, span);
        }
    }

    /**
     * Deletes the attribute; returns what it held when the object is a plain instance and objects
     * with {@code __del__} exist (for DeleteStmt to see whether that frees one), else null.
     */
    @Override
    public PyObject deleteName(Frame f) {
        PyObject o = obj.execute(f);
        PyObject old = null;
        if (Finalizers.isInstance(o) && Finalizers.anyMade(f.ts)) {
            PyDict d = o.getDict();
            old = d == null ? null : d.getItem(key);
        }
        Ops.delattr(o, name);
        return old;
    }
}
