package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * {@code obj.name}. When the receiver's type (cached per site with its version) reads attributes
 * generically and has no data descriptor of this name, an instance-dict hit is returned without
 * the full protocol; everything else takes {@link Ops#getattr}.
 */
public final class GetAttrNode extends ExprNode {
    private final ExprNode obj;
    private final String name;
    private final PyStr key;
    private AttributeCache cache;

    public GetAttrNode(ExprNode obj, String name) {
        this.obj = obj;
        this.name = name.intern();
        this.key = PyStr.of(this.name);
    }

    @Override
    public PyObject execute(Frame f) {
        PyObject o = obj.execute(f);
        PyDict d = o.getDict();
        if (d != null) {
            PyType t = o.type();
            AttributeCache c = cache;
            if (c == null || !c.valid(t)) {
                c = AttributeCache.of(t, name);
                cache = c;
            }
            if (c.plainRead()) {
                PyObject v = d.getItem(key);
                if (v != null) {
                    return v;
                }
            }
        }
        return Ops.getattr(o, name);
    }
}
