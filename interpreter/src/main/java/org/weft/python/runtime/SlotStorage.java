package org.weft.python.runtime;

/**
 * Where the {@code __slots__} values of an instance without {@code __dict__} live: a dict kept in
 * the object's {@code dict} field, but never exposed ({@link PyObject#getDict()} returns null for
 * it), so no code path can mistake it for an instance dict. See {@link PyMemberDescriptor}.
 */
final class SlotStorage extends PyDict {

    SlotStorage() {
        super(PyDict.TYPE);
    }
}
