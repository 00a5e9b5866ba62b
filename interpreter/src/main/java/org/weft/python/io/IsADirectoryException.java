package org.weft.python.io;

import java.nio.file.FileSystemException;

/** Opening a directory as a file: Python's IsADirectoryError (errno 21); Java has no such type. */
public final class IsADirectoryException extends FileSystemException {

    public IsADirectoryException(String file) {
        super(file);
    }
}
