"""dbm: a generic interface to key-value database files (weft's own implementation).

Only dbm.dumb is built in (as in a CPython built without gdbm and ndbm, the usual case): it is the
default for new databases; whichdb still recognises the files of the others, whose modules are
then reported missing.
"""
import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

# what the modules raise: `except dbm.error` catches them all
error = (error, OSError)


def _load_modules():
    global _defaultmod
    for name in _names:
        try:
            mod = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        if not _defaultmod:
            _defaultmod = mod
        _modules[name] = mod
    if not _defaultmod:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open or create the database at file: flag 'r' (read-only, the default), 'w' (read-write,
    existing), 'c' (read-write, created if missing) or 'n' (read-write, always new)."""
    if _defaultmod is None:
        _load_modules()
    result = None if 'n' in flag else whichdb(file)
    if result is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        mod = _defaultmod
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """Which dbm module made the database at filename: None if it cannot be read, '' if it is not
    recognised, else the module's name ('dbm.dumb', 'dbm.ndbm', 'dbm.gnu')."""
    filename = os.fsencode(filename)
    # ndbm: a .pag and a .dir file (or a Berkeley .db file, which only ndbm itself could confirm)
    if _readable(filename + b".pag") and _readable(filename + b".dir"):
        return "dbm.ndbm"
    # dumb: a .dat file and a .dir file that is empty or starts with a quoted key
    try:
        os.stat(filename + b".dat")
        if os.stat(filename + b".dir").st_size == 0:
            return "dbm.dumb"
        with io.open(filename + b".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


def _readable(path):
    try:
        io.open(path, "rb").close()
        return True
    except OSError:
        return False


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)
