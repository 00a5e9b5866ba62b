package org.weft.kernel.inspection;

import java.util.ArrayList;
import java.util.List;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyObject;

/**
 * A call signature as IPython writes it after {@code Signature:}: the name, then the parameters
 * as {@code inspect.Signature.__str__} does, one per line when the whole would pass 75 characters.
 */
final class SignatureText {
    private static final int POSITIONAL_ONLY = 0;
    private static final int VAR_POSITIONAL = 2;
    private static final int KEYWORD_ONLY = 3;

    private SignatureText() {
    }

    // IPython: oinspect._render_signature
    static String render(PyInspect inspect, PyObject signature, String name) {
        List<String> result = new ArrayList<>();
        boolean positionalOnly = false;
        boolean keywordOnlyMarkerDue = true;
        PyObject params = Ops.callMethod(Ops.getattr(signature, "parameters"), "values");
        PyObject it = Ops.iter(params);
        for (PyObject p = Ops.next(it); p != null; p = Ops.next(it)) {
            long kind = Ops.index(Ops.getattr(p, "kind")).longValue();
            if (kind == POSITIONAL_ONLY) {
                positionalOnly = true;
            } else if (positionalOnly) {
                result.add("/");
                positionalOnly = false;
            }
            if (kind == VAR_POSITIONAL) {
                keywordOnlyMarkerDue = false;
            } else if (kind == KEYWORD_ONLY && keywordOnlyMarkerDue) {
                result.add("*");
                keywordOnlyMarkerDue = false;
            }
            result.add(Ops.str(p).value());
        }
        if (positionalOnly) {
            result.add("/");
        }
        String rendered = layout(result, name);
        PyObject ret = Ops.getattr(signature, "return_annotation");
        if (!inspect.isEmpty(ret)) {
            rendered += " -> " + inspect.formatAnnotation(ret);
        }
        return rendered;
    }

    private static String layout(List<String> params, String name) {
        int width = length(name);
        for (String r : params) {
            width += length(r) + 2;
        }
        if (width > 75) {
            // This doesn't fit behind "Signature: " in an inspect window.
            StringBuilder sb = new StringBuilder(name).append("(\n");
            for (String r : params) {
                sb.append("    ").append(r).append(",\n");
            }
            return sb.append(')').toString();
        }
        return name + "(" + String.join(", ", params) + ")";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
