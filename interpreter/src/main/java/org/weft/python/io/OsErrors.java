package org.weft.python.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * Java I/O failures as Python's OSError family, with POSIX errno numbers and strerror texts:
 * {@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}.
 */
public final class OsErrors {

    public static final int ENOENT = 2;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    private OsErrors() {
    }

    /** The Python exception for {@code e}; {@code filename} is the path the caller was given. */
    public static PyException of(IOException e, PyObject filename) {
        if (e instanceof UnsupportedOperationIOException) {
            return PyErr.of(IoTypes.UNSUPPORTED_OPERATION, PyStr.of(e.getMessage()));
        }
        int errno = errnoOf(e);
        if (errno == 0) {
            return PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
        }
        return withErrno(errno, filename);
    }

    /** {@code OSError(errno, strerror(errno), filename)} of the subclass that errno selects. */
    public static PyException withErrno(int errno, PyObject filename) {
        PyType type = typeFor(errno);
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), filename};
        return PyErr.of(type, args);
    }

    static int errnoOf(IOException e) {
        if (e instanceof ErrnoException x) {
            return x.errno;
        } else if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof AccessDeniedException) {
            return EACCES;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof IsADirectoryException) {
            return EISDIR;
        } else if (e instanceof FileSystemLoopException) {
            return ELOOP;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return errnoOfReason(fse.getReason());
        }
        return 0;
    }

    /** The JDK reports some POSIX errors only as strerror text in the reason. */
    private static int errnoOfReason(String reason) {
        for (int errno : new int[] {ENOENT, EACCES, EEXIST, EXDEV, ENOTDIR, EISDIR, EINVAL, ENOTEMPTY, ELOOP}) {
            if (reason.contains(strerror(errno))) {
                return errno;
            }
        }
        return reason.contains("Operation not permitted") ? 1 : 0;
    }

    private static PyType typeFor(int errno) {
        return switch (errno) {
            case ENOENT -> PyExc.FileNotFoundError;
            case EEXIST -> PyExc.FileExistsError;
            case EACCES, 1 -> PyExc.PermissionError;
            case ENOTDIR -> PyExc.NotADirectoryError;
            case EISDIR -> PyExc.IsADirectoryError;
            default -> PyExc.OSError;
        };
    }

    /** Linux's strerror texts, as {@code os.strerror} gives them. */
    public static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case EIO -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case EACCES -> "Permission denied";
            case 16 -> "Device or resource busy";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case 24 -> "Too many open files";
            case 28 -> "No space left on device";
            case 30 -> "Read-only file system";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            default -> org.weft.python.modules.ErrnoModule.strerror(errno);
        };
    }

    /** Errors of the Java io layer that are not OSErrors: closed files and bad arguments ({@link IoValueError});
     * any other Java exception is our bug and becomes SystemError. */
    public static PyException ofRuntime(RuntimeException e) {
        if (e instanceof IoValueError) {
            return PyErr.valueError("%s", e.getMessage());
        }
        return PyErr.fromJava(e);
    }
}
