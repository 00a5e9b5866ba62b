package org.weft.python.runtime;

/**
 * An instance's attribute values, read without materializing its {@code __dict__}: what the
 * reference walks ({@link ReferenceCensus}, {@link FreeOrder}) follow from an object to the objects
 * it holds.
 */
final class InstanceAttributes {

    private InstanceAttributes() {
    }

    /**
     * The values of {@code o}'s attributes in the order they were set (shaped values, or slot
     * cells, nulls for empty ones), or null when {@code o} keeps a real dict ({@link #realDict}) or
     * has none.
     */
    static PyObject[] values(PyObject o) {
        Object d = o.dict;
        if (d instanceof InstanceValues iv) {
            Shape s = iv.shape();
            if (s != null) {
                return java.util.Arrays.copyOf(iv.values(), s.size());
            }
            d = o.dict; // materialized meanwhile: a real dict now
        }
        return d instanceof PyObject[] cells ? cells.clone() : null;
    }

    /** {@code o}'s real instance dict, null when it has none or keeps its attributes otherwise. */
    static PyDict realDict(PyObject o) {
        return o.dict instanceof PyDict d && !(d instanceof InstanceValues) ? d : null;
    }
}
