"""gzip: read and write gzip files (RFC 1952), weft's own implementation over zlib's raw
deflate streams (java.util.zip). A GzipFile may hold several members, read one after another."""
import builtins
import io
import os
import time

import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = 65536


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b''):
    flags = FNAME if fname else 0
    return (b'\x1f\x8b\x08' + bytes([flags]) + (int(mtime) & 0xffffffff).to_bytes(4, 'little')
            + bytes([_xfl(compresslevel), 255]) + (fname + b'\x00' if fname else b''))


class _MemberReader:
    """Decompresses the members of a gzip stream read from `fileobj`, one chunk at a time."""

    def __init__(self, fileobj, crc_detail=True):
        self._fp = fileobj
        self._crc_detail = crc_detail
        self._pending = b''         # read from the file, not yet decompressed
        self._new_member = True
        self._decomp = None
        self._crc = 0
        self._size = 0
        self.mtime = None
        self.eof = False

    def _read_exact(self, n):
        while len(self._pending) < n:
            chunk = self._fp.read(_CHUNK)
            if not chunk:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            self._pending += chunk
        data, self._pending = self._pending[:n], self._pending[n:]
        return data

    def _fill_pending(self):
        if not self._pending:
            self._pending = self._fp.read(_CHUNK)
        return bool(self._pending)

    def _read_header(self):
        """Reads a member's header; False at the end of the stream (after padding zeros)."""
        while self._fill_pending() and self._pending[:1] == b'\x00':
            self._pending = self._pending.lstrip(b'\x00')
        if not self._fill_pending():
            return False
        magic = self._read_exact(1)
        if self._fill_pending():
            magic += self._read_exact(1)
        if magic != b'\x1f\x8b':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag = self._read_exact(2)
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        self.mtime = int.from_bytes(self._read_exact(4), 'little')
        self._read_exact(2)
        if flag & FEXTRA:
            self._read_exact(int.from_bytes(self._read_exact(2), 'little'))
        for f in (FNAME, FCOMMENT):
            if flag & f:
                while self._read_exact(1) != b'\x00':
                    pass
        if flag & FHCRC:
            self._read_exact(2)
        return True

    def _read_trailer(self):
        crc = int.from_bytes(self._read_exact(4), 'little')
        size = int.from_bytes(self._read_exact(4), 'little')
        if crc != self._crc & 0xffffffff:
            if not self._crc_detail:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc & 0xffffffff)))
        if size != self._size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")

    def read_chunk(self):
        """The next decompressed bytes (possibly empty while a member starts); b'' and eof at the end."""
        if self.eof:
            return b''
        if self._new_member:
            if not self._read_header():
                self.eof = True
                return b''
            self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
            self._crc = 0
            self._size = 0
            self._new_member = False
        if not self._fill_pending():
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data, self._pending = self._pending, b''
        out = self._decomp.decompress(data, _CHUNK)
        self._pending = self._decomp.unconsumed_tail or self._decomp.unused_data
        self._crc = zlib.crc32(out, self._crc)
        self._size += len(out)
        if self._decomp.eof:
            self._read_trailer()
            self._new_member = True
        return out


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object, with the exception of
    the truncate() method."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buffer = b''
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self._pos = 0
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader.mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        self.fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        if data:
            self.fileobj.write(self._compress.compress(data))
            self._size += len(data)
            self._crc = zlib.crc32(data, self._crc)
            self._pos += len(data)
        return len(data)

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "%s() on write-only GzipFile object" % what)

    def _fill(self, n):
        """Decompresses until the buffer holds n bytes (all, when n < 0) or the stream ends."""
        while n < 0 or len(self._buffer) < n:
            chunk = self._reader.read_chunk()
            if not chunk and self._reader.eof:
                break
            self._buffer += chunk

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        self._check_read('read')
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buffer))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_read('read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE if hasattr(io, 'DEFAULT_BUFFER_SIZE') else 8192
        self._fill(1)
        return self._take(size)

    def peek(self, n):
        self._check_read('peek')
        self._fill(max(n, 1))
        return self._buffer

    def readline(self, size=-1):
        self._check_read('readline')
        while True:
            nl = self._buffer.find(b'\n')
            if nl >= 0 or (size is not None and 0 <= size <= len(self._buffer)):
                break
            before = len(self._buffer)
            self._fill(before + _CHUNK)
            if len(self._buffer) == before:
                break
        end = nl + 1 if nl >= 0 else len(self._buffer)
        if size is not None and 0 <= size < end:
            end = size
        return self._take(end)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write((self._crc & 0xffffffff).to_bytes(4, 'little'))
                fileobj.write((self._size & 0xffffffff).to_bytes(4, 'little'))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buffer = b''
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._pos + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._pos:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._pos))
            return self._pos
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            self._fill(-1)
            offset = self._pos + len(self._buffer) + offset
        if offset < self._pos:
            self.rewind()
        self.read(offset - self._pos)
        return self._pos

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # as CPython: zlib frames it, so the header says the OS is Unix
        return zlib.compress(data, compresslevel, wbits=31)
    header = _header(compresslevel, time.time() if mtime is None else mtime)
    data = bytes(data)
    raw = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    return (header + raw + (zlib.crc32(data) & 0xffffffff).to_bytes(4, 'little')
            + (len(data) & 0xffffffff).to_bytes(4, 'little'))


def decompress(data):
    """Decompress a gzip compressed string in one shot. Return the decompressed string."""
    out = []
    reader = _MemberReader(io.BytesIO(bytes(data)), crc_detail=False)
    while True:
        chunk = reader.read_chunk()
        if not chunk and reader.eof:
            return b''.join(out)
        out.append(chunk)


def main():
    """The command line of python -m gzip: CPython's options; the input file is kept, as CPython keeps it."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description=
        "A simple command line interface for the gzip module: act like gzip, "
        "but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar='file')
    args = parser.parse_args()

    compresslevel = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        compresslevel = _COMPRESS_LEVEL_FAST
    elif args.best:
        compresslevel = _COMPRESS_LEVEL_BEST

    for arg in args.args:
        if args.decompress:
            if arg == "-":
                f = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                g = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {arg!r}")
                f = open(arg, "rb")
                g = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                f = sys.stdin.buffer
                g = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                             compresslevel=compresslevel)
            else:
                f = builtins.open(arg, "rb")
                g = open(arg + ".gz", "wb")
        while True:
            chunk = f.read(io.DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            g.write(chunk)
        if g is not sys.stdout.buffer:
            g.close()
        if f is not sys.stdin.buffer:
            f.close()


if __name__ == '__main__':
    main()
