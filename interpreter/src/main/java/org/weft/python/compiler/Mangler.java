package org.weft.python.compiler;

/** Private name mangling inside class bodies: {@code __x} in class {@code C} is {@code _C__x}. */
public final class Mangler {
    private Mangler() {
    }

    // CPython: _Py_Mangle in compile.c
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
