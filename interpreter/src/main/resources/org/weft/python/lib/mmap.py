"""Memory-mapped files, emulated: the mapped bytes live in a bytearray, and
a shared writable mapping writes every change through to the file at once,
so the file shows the change as a real shared mapping would.  Changes made
to the file by other means after mapping are not seen by the map."""

import os

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3
PAGESIZE = 4096
ALLOCATIONGRANULARITY = 4096
MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANONYMOUS = MAP_ANON = 32
MAP_DENYWRITE = 2048
MAP_EXECUTABLE = 4096
MAP_POPULATE = 32768
MAP_STACK = 131072
PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MADV_NORMAL = 0
MADV_RANDOM = 1
MADV_SEQUENTIAL = 2
MADV_WILLNEED = 3
MADV_DONTNEED = 4

error = OSError

_ACCESS_NAMES = {ACCESS_DEFAULT: 'ACCESS_DEFAULT', ACCESS_READ: 'ACCESS_READ',
                 ACCESS_WRITE: 'ACCESS_WRITE', ACCESS_COPY: 'ACCESS_COPY'}


class mmap:
    """mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
    access=ACCESS_DEFAULT, offset=0)"""

    def __init__(self, fileno, length, flags=MAP_SHARED,
                 prot=PROT_WRITE | PROT_READ, access=ACCESS_DEFAULT, offset=0,
                 **kwargs):
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or
                                         prot != (PROT_WRITE | PROT_READ)):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags, prot = MAP_SHARED, PROT_READ
        elif access == ACCESS_WRITE:
            flags, prot = MAP_SHARED, PROT_READ | PROT_WRITE
        elif access == ACCESS_COPY:
            flags, prot = MAP_PRIVATE, PROT_READ | PROT_WRITE
        elif access != ACCESS_DEFAULT:
            raise ValueError("mmap invalid access parameter.")
        if offset % ALLOCATIONGRANULARITY:
            raise OSError(22, 'Invalid argument')
        self._access = access
        self._offset = offset
        self._readonly = not (prot & PROT_WRITE)
        self._fd = -1
        self._closed = False
        self._pos = 0
        if fileno == -1:
            if length == 0:
                raise OSError(22, 'Invalid argument')
            self._data = bytearray(length)
            self._shared = False
            return
        size = os.fstat(fileno).st_size
        if length == 0:
            if size == 0:
                raise ValueError("cannot mmap an empty file")
            if offset >= size:
                raise ValueError("mmap offset is greater than file size")
            length = size - offset
        elif offset > size or size - offset < length:
            raise ValueError("mmap length is greater than file size")
        self._fd = fileno
        self._shared = bool(flags & MAP_SHARED) and not self._readonly
        self._data = bytearray(self._pread(offset, length))

    # --- file access that leaves the caller's file position alone ------

    def _pread(self, offset, length):
        here = os.lseek(self._fd, 0, os.SEEK_CUR)
        try:
            os.lseek(self._fd, offset, os.SEEK_SET)
            chunks = []
            while length > 0:
                chunk = os.read(self._fd, length)
                if not chunk:
                    break
                chunks.append(chunk)
                length -= len(chunk)
            return b''.join(chunks)
        finally:
            os.lseek(self._fd, here, os.SEEK_SET)

    def _pwrite(self, start, data):
        if not self._shared or not data:
            return
        here = os.lseek(self._fd, 0, os.SEEK_CUR)
        try:
            os.lseek(self._fd, self._offset + start, os.SEEK_SET)
            view = memoryview(bytes(data))
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
        finally:
            os.lseek(self._fd, here, os.SEEK_SET)

    # --- checks ---------------------------------------------------------

    def _check_valid(self):
        if self._closed:
            raise ValueError("mmap closed or invalid")

    def _check_writeable(self):
        self._check_valid()
        if self._readonly:
            raise TypeError("mmap can't modify a readonly memory map.")

    def _check_resizeable(self):
        self._check_writeable()
        if self._access not in (ACCESS_WRITE, ACCESS_DEFAULT):
            raise TypeError("mmap can't resize a readonly or copy-on-write "
                            "memory map.")

    # --- the object -----------------------------------------------------

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        if self._closed:
            return '<mmap.mmap closed=True>'
        return ('<mmap.mmap closed=False, access=%s, length=%d, pos=%d, '
                'offset=%d>' % (_ACCESS_NAMES[self._access], len(self._data),
                                self._pos, self._offset))

    def __enter__(self):
        self._check_valid()
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._closed = True
        self._data = bytearray()

    def __len__(self):
        self._check_valid()
        return len(self._data)

    def __iter__(self):
        self._check_valid()
        for i in range(len(self._data)):
            yield bytes(self._data[i:i + 1])

    def _index(self, i):
        n = len(self._data)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("mmap index out of range")
        return i

    def __getitem__(self, key):
        self._check_valid()
        if isinstance(key, slice):
            return bytes(self._data[key])
        if not hasattr(key, '__index__'):
            raise TypeError("mmap indices must be integers")
        return self._data[self._index(key.__index__())]

    def __setitem__(self, key, value):
        self._check_writeable()
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self._data))
            value = memoryview(value).tobytes()
            count = len(range(start, stop, step))
            if len(value) != count:
                raise IndexError("mmap slice assignment is wrong size")
            self._data[key] = value
            if step == 1:
                self._pwrite(start, value)
            else:
                for i in range(start, stop, step):
                    self._pwrite(i, self._data[i:i + 1])
            return
        if not hasattr(key, '__index__'):
            raise TypeError("mmap indices must be integer")
        i = self._index(key.__index__())
        if not isinstance(value, int):
            raise TypeError("mmap item value must be an int")
        if not 0 <= value <= 255:
            raise ValueError("mmap item value must be in range(0, 256)")
        self._data[i] = value
        self._pwrite(i, self._data[i:i + 1])

    def __delitem__(self, key):
        raise TypeError("mmap object doesn't support item deletion")

    def __getstate__(self):
        raise TypeError("cannot pickle 'mmap.mmap' object")

    # --- file-like methods ----------------------------------------------

    def size(self):
        """The size of the mapped file (of the map, for anonymous maps)."""
        self._check_valid()
        if self._fd == -1:
            # CPython asks fstat() about fd -1 too.
            raise OSError(9, 'Bad file descriptor')
        return os.fstat(self._fd).st_size

    def tell(self):
        self._check_valid()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_valid()
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = len(self._data) + pos
        else:
            raise ValueError("unknown seek type")
        if where < 0 or where > len(self._data):
            raise ValueError("seek out of range")
        self._pos = where

    def read(self, n=None):
        self._check_valid()
        remaining = max(0, len(self._data) - self._pos)
        if n is None or n < 0 or n > remaining:
            n = remaining
        data = bytes(self._data[self._pos:self._pos + n])
        self._pos += n
        return data

    def read_byte(self):
        self._check_valid()
        if self._pos >= len(self._data):
            raise ValueError("read byte out of range")
        b = self._data[self._pos]
        self._pos += 1
        return b

    def readline(self):
        self._check_valid()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        line = bytes(self._data[self._pos:end])
        self._pos = end
        return line

    def write(self, data):
        self._check_writeable()
        data = memoryview(data).tobytes()
        if self._pos > len(self._data) or len(self._data) - self._pos < len(data):
            raise ValueError("data out of range")
        start = self._pos
        self._data[start:start + len(data)] = data
        self._pos += len(data)
        self._pwrite(start, data)
        return len(data)

    def write_byte(self, byte):
        self._check_writeable()
        if self._pos >= len(self._data):
            raise ValueError("write byte out of range")
        self._data[self._pos] = byte
        self._pwrite(self._pos, self._data[self._pos:self._pos + 1])
        self._pos += 1

    def find(self, sub, start=None, end=None):
        self._check_valid()
        return self._data.find(sub, *_bounds(start, end))

    def rfind(self, sub, start=None, end=None):
        self._check_valid()
        return self._data.rfind(sub, *_bounds(start, end))

    def move(self, dest, src, count):
        self._check_writeable()
        n = len(self._data)
        if (dest < 0 or src < 0 or count < 0 or src + count > n or
                dest + count > n):
            raise ValueError("source, destination, or count out of range")
        chunk = bytes(self._data[src:src + count])
        self._data[dest:dest + count] = chunk
        self._pwrite(dest, chunk)

    def flush(self, offset=0, size=None):
        self._check_valid()
        if size is None:
            size = len(self._data) - offset
        if offset < 0 or size < 0 or offset + size > len(self._data):
            raise ValueError("flush values out of range")
        if self._access in (ACCESS_READ, ACCESS_COPY):
            return None
        if self._fd != -1 and self._shared:
            os.fsync(self._fd)
        return None

    def madvise(self, option, start=0, length=None):
        self._check_valid()
        if start < 0 or start >= len(self._data):
            raise ValueError("madvise start out of bounds")
        return None

    def resize(self, newsize):
        self._check_resizeable()
        if newsize < 0:
            raise ValueError("new size out of range")
        if self._fd != -1:
            os.ftruncate(self._fd, self._offset + newsize)
            self._data = bytearray(self._pread(self._offset, newsize))
        elif newsize < len(self._data):
            del self._data[newsize:]
        else:
            self._data.extend(bytes(newsize - len(self._data)))
        if self._pos > newsize:
            self._pos = newsize


def _bounds(start, end):
    args = []
    if start is not None or end is not None:
        args.append(0 if start is None else start)
    if end is not None:
        args.append(end)
    return args
