package org.weft.python.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Lists every {@link Located} node of a tree with its position, one per line, in the order
 * {@code ast.dump} visits them: {@code "name 1 0 1 5"}, the class name in lower case so that
 * {@code Keyword} and CPython's {@code keyword} agree. The test corpus compares it with CPython.
 */
public final class PositionDump {
    private PositionDump() {
    }

    public static String dump(Object tree) {
        StringBuilder sb = new StringBuilder();
        walk(tree, sb);
        return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 1);
    }

    private static void walk(Object node, StringBuilder sb) {
        if (node instanceof List<?> list) {
            list.forEach(x -> walk(x, sb));
            return;
        }
        if (!(node instanceof Record r) || node instanceof Bytes || node instanceof Imaginary) {
            return;
        }
        if (node instanceof Located n) {
            sb.append(r.getClass().getSimpleName().toLowerCase()).append(' ').append(n.lineno()).append(' ')
                    .append(n.colOffset()).append(' ').append(n.endLineno()).append(' ').append(n.endColOffset())
                    .append('\n');
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                walk(c.getAccessor().invoke(r), sb);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
