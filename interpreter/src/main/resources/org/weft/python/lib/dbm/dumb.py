"""dbm.dumb: a slow but simple key-value database in plain files (weft's own implementation).

A database is three files: <name>.dat holds the values, each starting at a multiple of 512
bytes; <name>.dir is the index, one line "'key', (pos, size)" per key, appended to as keys are
added and rewritten by sync() and close(); <name>.bak is the index before the last rewrite.
The format is CPython's, so either can read what the other wrote.
"""
import ast as _ast
import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebasename, mode, flag='c'):
        filebasename = _os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = filebasename + b'.dir'
        self._datfile = filebasename + b'.dat'
        self._bakfile = filebasename + b'.bak'
        self._index = None  # key -> (pos, size) in the .dat file
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == 'n':
            for filename in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(filename)
                except OSError:
                    pass
        # the .dat file must exist; 'c' and 'n' make it
        try:
            _io.open(self._datfile, 'r', encoding="Latin-1").close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding="Latin-1"):
                self._chmod(self._datfile)

    def _update(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                key, pos_and_size = _ast.literal_eval(line.rstrip())
                self._index[key.encode('Latin-1')] = pos_and_size

    def _commit(self):
        """Rewrites the index file from the index, keeping the old one as the .bak file."""
        if self._index is None or not self._modified:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, 'w', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, pos_and_size in self._index.items():
                f.write("%r, %r\n" % (key.decode('Latin-1'), pos_and_size))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        pos, size = self._index[key]
        with _io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _addval(self, val):
        """Appends val at the next block boundary of the .dat file."""
        with _io.open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            pos = (end + _BLOCKSIZE - 1) // _BLOCKSIZE * _BLOCKSIZE
            f.write(b'\0' * (pos - end))
            f.write(val)
        return (pos, len(val))

    def _setval(self, pos, val):
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _addkey(self, key, pos_and_size):
        self._index[key] = pos_and_size
        with _io.open(self._dirfile, 'a', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write("%r, %r\n" % (key.decode("Latin-1"), pos_and_size))

    def __setitem__(self, key, val):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._addkey(key, self._addval(val))
            return
        # a new value that fits the old one's blocks replaces it in place
        pos, size = self._index[key]
        old_blocks = (size + _BLOCKSIZE - 1) // _BLOCKSIZE
        new_blocks = (len(val) + _BLOCKSIZE - 1) // _BLOCKSIZE
        self._index[key] = self._setval(pos, val) if new_blocks <= old_blocks else self._addval(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        # the value's bytes stay in the .dat file; the index forgets them at once
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error('DBM object has already been closed') from None
            raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        # where the process umask cannot be read, the files keep the mode the system gave them
        # (what mode & ~umask gives under the usual umask)
        if hasattr(_os, 'umask'):
            _os.chmod(file, self._mode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open the database at file (flag 'r', 'w', 'c' or 'n'), creating it as 'c' and 'n' say;
    mode, less the umask, is the mode of files it creates."""
    if hasattr(_os, 'umask'):
        um = _os.umask(0)
        _os.umask(um)
        mode = mode & ~um
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
