package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.ExprNode;
import org.weft.python.nodes.Frame;
import org.weft.python.nodes.StmtNode;
import org.weft.python.nodes.local.NameRead;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/** {@code __annotations__} of module and class bodies (CPython's SETUP_ANNOTATIONS and its stores). */
public final class AnnotationNodes {
    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    private AnnotationNodes() {
    }

    /** Makes {@code __annotations__} in the namespace unless it exists. */
    public static final class Setup extends StmtNode {
        public Setup(int lineno) {
            super(lineno);
        }

        @Override
        public int execute(Frame f) {
            if (NameRead.lookupNamespace(f.namespace, ANNOTATIONS) == null) {
                Ops.setitem(f.namespace, ANNOTATIONS, new PyDict());
            }
            return NORMAL;
        }
    }

    /** {@code __annotations__[name] = annotation}. */
    public static final class Store extends StmtNode {
        private final PyStr name;
        private final ExprNode annotation;

        public Store(int lineno, String name, ExprNode annotation) {
            super(lineno);
            this.name = PyStr.of(name);
            this.annotation = annotation;
        }

        @Override
        public int execute(Frame f) {
            PyObject value = annotation.execute(f);
            PyObject ann = NameRead.lookupNamespace(f.namespace, ANNOTATIONS);
            if (ann == null) {
                ann = new PyDict();
                Ops.setitem(f.namespace, ANNOTATIONS, ann);
            }
            Ops.setitem(ann, name, value);
            return NORMAL;
        }
    }
}
