package org.weft.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyType;

/**
 * {@code os.stat_result} and how a file's attributes become one: Java's "unix" attribute view
 * gives what POSIX {@code stat} does, except the block fields, estimated from the size.
 * CPython: _pystat_fromstructstat in posixmodule.c.
 */
final class OsStat {

    private OsStat() {
    }

    static final PyType STAT_RESULT = StructSeq.newType("os.stat_result",
            "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple "
                    + "of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes "
                    + "st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform "
                    + "supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes "
                    + "only.\n\nSee os.stat for more information.", 10, true,
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
            "st_blocks", "st_rdev");

    /** The stat of {@code path}; IOExceptions are the caller's to turn into OSError. */
    static PyObject stat(Path path, boolean followSymlinks) throws IOException {
        LinkOption[] opts = followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a = Files.readAttributes(path, "unix:*", opts);
        long size = ((Number) a.get("size")).longValue();
        long atime = nanos(a.get("lastAccessTime"));
        long mtime = nanos(a.get("lastModifiedTime"));
        long ctime = nanos(a.get("ctime"));
        return StructSeq.make(STAT_RESULT, num(a.get("mode")), num(a.get("ino")), num(a.get("dev")),
                num(a.get("nlink")), num(a.get("uid")), num(a.get("gid")), PyInt.of(size),
                PyInt.of(Math.floorDiv(atime, 1_000_000_000L)), PyInt.of(Math.floorDiv(mtime, 1_000_000_000L)),
                PyInt.of(Math.floorDiv(ctime, 1_000_000_000L)), seconds(atime), seconds(mtime), seconds(ctime),
                PyInt.of(atime), PyInt.of(mtime), PyInt.of(ctime), PyInt.of(4096),
                PyInt.of((size + 4095) / 4096 * 8), num(a.get("rdev")));
    }

    /**
     * The stat of an open file whose name is gone (unlinked, as TemporaryFile's): a regular file
     * of mode 0600 with no links; the JVM gives no fstat of its own to ask for the rest.
     */
    static PyObject ofUnlinked(long size) {
        PyInt zero = PyInt.of(0);
        PyFloat zeroTime = seconds(0);
        return StructSeq.make(STAT_RESULT, PyInt.of(0100600), zero, zero, zero, zero, zero, PyInt.of(size),
                zero, zero, zero, zeroTime, zeroTime, zeroTime, zero, zero, zero, PyInt.of(4096),
                PyInt.of((size + 4095) / 4096 * 8), zero);
    }

    private static PyInt num(Object o) {
        return PyInt.of(o == null ? 0 : ((Number) o).longValue());
    }

    private static long nanos(Object fileTime) {
        return fileTime instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0;
    }

    /** CPython: fill_time, float seconds as {@code sec + nsec * 1e-9} */
    private static PyFloat seconds(long nanos) {
        long sec = Math.floorDiv(nanos, 1_000_000_000L);
        long ns = Math.floorMod(nanos, 1_000_000_000L);
        return PyFloat.of(sec + ns * 1e-9);
    }

    /** The mode bits of {@code path} ({@code st_mode}), for the S_IS* tests of DirEntry. */
    static int mode(Path path, boolean followSymlinks) throws IOException {
        LinkOption[] opts = followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        return ((Number) Files.getAttribute(path, "unix:mode", opts)).intValue();
    }
}
