package org.weft.python.runtime;

import java.util.Map;

/**
 * CPython 3.11's {@code tp_basicsize} (64-bit) of built-in types whose {@code __sizeof__} is
 * object's, and whether its garbage collector tracks their instances (then {@code sys.getsizeof}
 * adds a 16-byte header): iterators, views, descriptors and the like, whose size programs print to
 * show that they are small and do not copy their data.
 *
 * <p>Threads: immutable tables.
 */
public final class CPythonSizes {

    private CPythonSizes() {}

    /** Name of a built-in type: its basic size and whether instances are tracked. */
    private record Size(int basic, boolean tracked) {}

    private static final Map<String, Size> SIZES = Map.ofEntries(
            Map.entry("list_iterator", new Size(32, true)),
            Map.entry("list_reverseiterator", new Size(32, true)),
            Map.entry("tuple_iterator", new Size(32, true)),
            Map.entry("str_iterator", new Size(32, true)),
            Map.entry("str_ascii_iterator", new Size(32, true)),
            Map.entry("bytes_iterator", new Size(32, true)),
            Map.entry("bytearray_iterator", new Size(32, true)),
            Map.entry("callable_iterator", new Size(32, true)),
            Map.entry("dict_keyiterator", new Size(56, true)),
            Map.entry("dict_valueiterator", new Size(56, true)),
            Map.entry("dict_itemiterator", new Size(56, true)),
            Map.entry("dict_reversekeyiterator", new Size(56, true)),
            Map.entry("dict_reversevalueiterator", new Size(56, true)),
            Map.entry("dict_reverseitemiterator", new Size(56, true)),
            Map.entry("dict_keys", new Size(24, true)),
            Map.entry("dict_values", new Size(24, true)),
            Map.entry("dict_items", new Size(24, true)),
            Map.entry("set_iterator", new Size(48, true)),
            Map.entry("range_iterator", new Size(48, false)),
            Map.entry("longrange_iterator", new Size(48, false)),
            Map.entry("map", new Size(32, true)),
            Map.entry("filter", new Size(32, true)),
            Map.entry("zip", new Size(48, true)),
            Map.entry("enumerate", new Size(56, true)),
            Map.entry("slice", new Size(40, true)),
            Map.entry("module", new Size(56, true)),
            Map.entry("builtin_function_or_method", new Size(56, true)),
            Map.entry("method-wrapper", new Size(32, true)),
            Map.entry("wrapper_descriptor", new Size(56, true)),
            Map.entry("method_descriptor", new Size(56, true)),
            Map.entry("property", new Size(64, true)),
            Map.entry("staticmethod", new Size(32, true)),
            Map.entry("classmethod", new Size(32, true)),
            Map.entry("super", new Size(40, true)),
            Map.entry("memoryview", new Size(168, true)),
            Map.entry("cycle", new Size(48, true)),
            Map.entry("islice", new Size(56, true)),
            Map.entry("accumulate", new Size(48, true)),
            Map.entry("product", new Size(48, true)),
            Map.entry("permutations", new Size(64, true)),
            Map.entry("starmap", new Size(32, true)),
            Map.entry("takewhile", new Size(40, true)),
            Map.entry("dropwhile", new Size(40, true)),
            Map.entry("zip_longest", new Size(56, true)),
            Map.entry("compress", new Size(32, true)),
            Map.entry("pairwise", new Size(32, true)));

    /** The built-in type an instance of {@code t} is laid out as: the first non-heap type of its MRO. */
    private static PyType solid(PyType t) {
        for (PyType c : t.getMro()) {
            if (!c.isHeapType()) {
                return c;
            }
        }
        return t;
    }

    /** CPython's basic size of {@code t}'s built-in base, or -1 when not in the table. */
    static int basicSize(PyType t) {
        Size s = SIZES.get(solid(t).getName());
        return s == null ? -1 : s.basic();
    }

    /** Whether CPython's collector tracks instances of this built-in type (per the table). */
    public static boolean tracked(PyType t) {
        Size s = SIZES.get(solid(t).getName());
        return s != null && s.tracked();
    }
}
