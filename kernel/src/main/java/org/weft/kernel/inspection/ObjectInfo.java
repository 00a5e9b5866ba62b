package org.weft.kernel.inspection;

/**
 * What IPython's {@code Inspector.info} finds out about an object: each field is the text shown
 * after its title, or null when IPython would leave the field out. Field order follows
 * {@code oinspect.info_fields}.
 */
record ObjectInfo(
        String typeName,
        String stringForm,
        String namespace,
        String length,
        String file,
        String definition,
        String docstring,
        String source,
        String initDefinition,
        String classDocstring,
        String initDocstring,
        String callDefinition,
        String callDocstring,
        String subclasses,
        boolean isClass,
        boolean isSimpleCallable) {
}
