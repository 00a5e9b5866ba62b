package org.weft.python.modules;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;

/**
 * The less common file functions of {@code os}: {@code access}, {@code chmod}, {@code utime},
 * {@code symlink}, {@code readlink}, and the {@code scandir} and {@code walk} entry points.
 */
final class OsFileExtras {

    private OsFileExtras() {
    }

    static final int F_OK = 0;
    static final int X_OK = 1;
    static final int W_OK = 2;
    static final int R_OK = 4;

    /** access("") is False, as the system finds no file named "" (where the other functions raise). */
    private static boolean isEmptyPath(PyObject arg) {
        return arg instanceof PyStr s && s.value().isEmpty();
    }

    static void define(PyModule m) {
        OsFiles.fn(m, "access", "access($module, /, path, mode, *, dir_fd=None, effective_ids=False, "
                + "follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path.",
                ArgParser.of("access", "path", "mode", "*", "dir_fd=", "effective_ids=", "follow_symlinks="),
                a -> PyBool.of(!isEmptyPath(a[0]) && access(OsFiles.path(a[0], "access"),
                        Ops.index(a[1]).longValue())));
        OsFiles.fn(m, "chmod", "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
                + "Change the access permissions of a file.",
                ArgParser.of("chmod", "path", "mode", "*", "dir_fd=", "follow_symlinks="), a -> {
                    OsFiles.chmod(OsFiles.path(a[0], "chmod"), a[0], Ops.index(a[1]).longValue() & 07777);
                    return PyNone.NONE;
                });
        OsFiles.fn(m, "utime", "utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, "
                + "follow_symlinks=True)\n--\n\nSet the access and modified time of path.",
                ArgParser.of("utime", "path", "times=", "*", "ns=", "dir_fd=", "follow_symlinks="),
                a -> OsFiles.utime(a[0], a[1], a[2], a[4] == null || Ops.isTrue(a[4])));
        OsFiles.fn(m, "symlink", "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\n"
                + "Create a symbolic link pointing to src named dst.",
                ArgParser.of("symlink", "src", "dst", "target_is_directory=", "*", "dir_fd="), a -> {
                    Path link = OsFiles.path(a[1], "symlink");
                    Path target = Path.of(org.weft.python.io.FsPath.of(a[0], "symlink", "src"));
                    try {
                        Files.createSymbolicLink(link, target);
                    } catch (java.io.IOException e) {
                        throw OsFiles.twoNames(org.weft.python.io.OsErrors.of(e, a[0]), a[1]);
                    }
                    return PyNone.NONE;
                });
        OsFiles.fn(m, "readlink", "readlink($module, /, path, *, dir_fd=None)\n--\n\nReturn a string "
                + "representing the path to which the symbolic link points.",
                ArgParser.of("readlink", "path", "*", "dir_fd="), a -> {
                    Path p = OsFiles.path(a[0], "readlink");
                    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                        throw org.weft.python.io.OsErrors.withErrno(org.weft.python.io.OsErrors.EINVAL, a[0]);
                    }
                    return PyStr.of(OsFiles.io(a[0], () -> Files.readSymbolicLink(p)).toString());
                });
        OsFiles.fn(m, "scandir", "scandir($module, /, path=None)\n--\n\nReturn an iterator of DirEntry objects "
                + "for given path.", ArgParser.of("scandir", "path="), a -> OsScandir.open(a[0]));
        OsFiles.fn(m, "walk", "walk(top, topdown=True, onerror=None, followlinks=False)\n\nDirectory tree "
                + "generator.", ArgParser.of("walk", "top", "topdown=", "onerror=", "followlinks="),
                a -> new OsWalk(a[0], a[1] == null || Ops.isTrue(a[1]), a[2] == null ? PyNone.NONE : a[2],
                        a[3] != null && Ops.isTrue(a[3])));
    }

    private static boolean access(Path p, long mode) {
        if (!Files.exists(p)) {
            return false;
        }
        return ((mode & R_OK) == 0 || Files.isReadable(p)) && ((mode & W_OK) == 0 || Files.isWritable(p))
                && ((mode & X_OK) == 0 || Files.isExecutable(p));
    }
}
