package org.weft.kernel.inspection;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays an {@link ObjectInfo} out as IPython's inspector does in {@code text/plain}: titled fields
 * in IPython's order, the titles padded to one width, a one-line value after the title and a
 * longer one on the lines below it.
 */
final class PinfoText {
    private PinfoText() {
    }

    private record Field(String title, String body) {
    }

    // IPython: oinspect.Inspector._get_info
    static String format(ObjectInfo info, int detailLevel) {
        List<Field> fields = new ArrayList<>();
        boolean showSource = detailLevel > 0 && info.source() != null && !info.source().isEmpty();
        if (info.isClass() || info.isSimpleCallable()) {
            add(fields, "Signature", info.definition());
            add(fields, "Init signature", info.initDefinition());
            add(fields, "Docstring", info.docstring());
            if (showSource) {
                add(fields, "Source", info.source());
            } else {
                add(fields, "Init docstring", info.initDocstring());
            }
            add(fields, "File", info.file());
            add(fields, "Type", info.typeName());
            add(fields, "Subclasses", info.subclasses());
        } else {
            add(fields, "Signature", info.definition());
            add(fields, "Call signature", info.callDefinition());
            add(fields, "Type", info.typeName());
            add(fields, "String form", info.stringForm());
            if (!"Interactive".equals(info.namespace())) {
                add(fields, "Namespace", info.namespace());
            }
            add(fields, "Length", info.length());
            add(fields, "File", info.file());
            // source or docstring, depending on detail level and whether source was found
            if (showSource) {
                add(fields, "Source", info.source());
            } else {
                add(fields, "Docstring", info.docstring());
            }
            add(fields, "Class docstring", info.classDocstring());
            add(fields, "Init docstring", info.initDocstring());
            add(fields, "Call docstring", info.callDocstring());
        }
        return layout(fields);
    }

    private static void add(List<Field> fields, String title, String body) {
        if (body != null) {
            fields.add(new Field(title, body));
        }
    }

    // IPython: oinspect.Inspector.format_mime
    private static String layout(List<Field> fields) {
        int width = 0;
        for (Field f : fields) {
            width = Math.max(width, f.title().length());
        }
        StringBuilder text = new StringBuilder();
        for (Field f : fields) {
            String body = stripNewlines(f.body());
            String delim = body.contains("\n") ? "\n" : " ";
            text.append(f.title()).append(':').append(" ".repeat(width - f.title().length()))
                    .append(delim).append(body).append('\n');
        }
        return text.toString();
    }

    /** Python's {@code body.strip('\n')}. */
    private static String stripNewlines(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '\n') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == '\n') {
            e--;
        }
        return s.substring(b, e);
    }
}
