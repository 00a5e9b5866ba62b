package org.weft.python.imports;

/**
 * Where a module written in Python was found: its {@code __file__}, its source text, and for a
 * package the directory that becomes its {@code __path__} (null for a plain module).
 */
public record ModuleSource(String file, String source, String packageDir) {

    /** True when this is a package's {@code __init__.py}. */
    public boolean isPackage() {
        return packageDir != null;
    }
}
