package org.weft.python.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.11's docstrings and text signatures of the built-in types' methods and of the math
 * and cmath functions, for those Weft defines without one of its own: {@code str.upper.__doc__},
 * {@code help(list.append)}. Read from the resource {@code builtin_docs.txt}, which
 * {@code interpreter/tools/builtin_docs.py} writes from CPython (an entry: the key
 * {@code type.name} or {@code module.name}, the text signature or an empty line, the docstring,
 * a form-feed line).
 *
 * <p>Threads: the table is read once, when first needed, and never changes (class-holder idiom).
 */
public final class BuiltinDocs {
    private BuiltinDocs() {
    }

    /** Signature and docstring by key. */
    private static final class Table {
        static final Map<String, String[]> ENTRIES = load();
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> m = new HashMap<>();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("/org/weft/python/builtin_docs.txt")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key; (key = r.readLine()) != null;) {
                String sig = r.readLine();
                StringBuilder doc = new StringBuilder();
                for (String line; (line = r.readLine()) != null && !line.equals("\f");) {
                    doc.append(line).append('\n');
                }
                doc.setLength(Math.max(0, doc.length() - 1));
                m.put(key, new String[] {sig == null || sig.isEmpty() ? null : sig, doc.toString()});
            }
        } catch (IOException e) {
            return m; // no docs: __doc__ stays None, as before
        }
        return m;
    }

    /** The docstring of {@code key} ("str.upper"), or null. */
    static String doc(String key) {
        String[] e = Table.ENTRIES.get(key);
        return e == null ? null : e[1];
    }

    /**
     * The doc of {@code owner.name} in MethodDef's convention ("name(sig)\n--\n\ndoc", or only the
     * docstring when it has no text signature), or null.
     */
    static String methodDoc(String owner, String name) {
        String[] e = Table.ENTRIES.get(owner + "." + name);
        if (e == null) {
            return null;
        }
        return e[0] == null ? e[1] : name + e[0] + "\n--\n\n" + e[1];
    }

    /**
     * Gives the functions of the built-in module {@code m} that have no doc CPython's doc and text
     * signature, and binds them to the module, as CPython's module functions are
     * ({@code __self__}, {@code __module__}, {@code help()}).
     */
    public static void completeModule(PyModule m) {
        PyDict d = m.getDict();
        String module = m.name();
        for (PyObject k : d.keys()) {
            if (d.getItem(k) instanceof PyBuiltinFunction f && DescriptorMethods.docOf(f.def.doc) == null && f.def.owner == null
                    && f.self == null && k instanceof PyStr name) {
                String doc = methodDoc(module, name.value());
                if (doc != null && f.def.name.equals(name.value())) {
                    d.setItem(k, new PyBuiltinFunction(f.def.withDoc(doc), m));
                }
            }
        }
    }
}
