package org.weft.python.nodes.expression;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.runtime.AttributeSite;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * {@code obj.name}. When the receiver's type (cached per site with its version, a few types per
 * site) reads attributes generically, {@link AttributeCache#read} answers without the full
 * protocol (instance-dict hit, built-in data descriptor, class value); everything else takes
 * {@link Ops#getattr}.
 */
public final class GetAttrNode extends ExprNode {
    private final ExprNode obj;
    private final String name;
    private final PyStr key;
    private AttributeCache cache;
    private final AttributeSite site;

    public GetAttrNode(ExprNode obj, String name) {
        this.obj = obj;
        this.name = name.intern();
        this.key = PyStr.of(this.name);
        this.site = new AttributeSite(this.name, key);
    }

    @Override
    public PyObject execute(Frame f) {
        try {
            PyObject o = obj.execute(f);
            PyObject mono = site.readMono(o);
            if (mono != null) {
                return mono;
            }
            PyType t = o.type();
            AttributeCache c = AttributeCache.find(cache, t, name);
            if (c == null) {
                cache = AttributeCache.add(cache, t, name);
                c = AttributeCache.entry(cache, t, name);
            }
            try {
                PyObject v = c.read(o, key, site);
                return v != null ? v : Ops.getattr(o, name);
            } catch (PyException e) {
                throw PyErr.withAttributeContext(e, o, name);
            }
        } catch (PyException e) {
            throw e.at(f, span); // the innermost expression is what a traceback underlines
        }
    }
}
