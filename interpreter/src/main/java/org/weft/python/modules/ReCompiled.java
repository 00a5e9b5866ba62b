package org.weft.python.modules;

import java.util.regex.Pattern;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * A translated, compiled regular expression: the handle that {@code re.py}'s Pattern objects hold.
 * Immutable, so threads share it freely (java.util.regex.Pattern is thread-safe; each match makes
 * its own Matcher).
 */
final class ReCompiled extends PyObject {

    static final PyType TYPE = PyType.builtin("_weft_re.compiled", ReCompiled.class, () -> PyObject.TYPE,
            b -> b.notBaseType());

    final Pattern pattern;
    /** Java's group number for each Python group (index 0 is the whole match). */
    final int[] javaGroups;
    final int flags;

    ReCompiled(Pattern pattern, int[] javaGroups, int flags) {
        super(TYPE);
        this.pattern = pattern;
        this.javaGroups = javaGroups;
        this.flags = flags;
    }
}
