"""zipfile: read and write ZIP archives (PKWARE's APPNOTE), weft's own implementation.
Stored and deflated members (deflate through zlib, java.util.zip); bzip2 and lzma are missing
as in a CPython built without those modules; no encryption, no ZIP64 (archives and members
under 4 GiB)."""
import binascii
import io
import os
import shutil
import stat
import struct
import threading
import time
import warnings

import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile, the zipfile requires ZIP64 extensions and those extensions
    are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
    18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# Record layouts (APPNOTE 4.3.7, 4.3.12, 4.3.16)
_LOCAL = struct.Struct('<4s2B4HL2L2H')
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')
_END = struct.Struct('<4s4H2LH')
_LOCAL_SIG = b'PK\x03\x04'
_CENTRAL_SIG = b'PK\x01\x02'
_END_SIG = b'PK\x05\x06'
_DESCRIPTOR_FLAG = 0x08
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.compress_size = 0
        self.file_size = 0
        # CRC stays unset until the member is written or read, as in CPython
        self._end_offset = None

    @property
    def compress_level(self):
        return self._compresslevel

    @compress_level.setter
    def compress_level(self, value):
        self._compresslevel = value

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename[-1:] == '/'

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = os.path.isdir(filename)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def _dos_time(self):
        dt = self.date_time
        return (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2], dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        dosdate, dostime = self._dos_time()
        name, flags = self._encoded_name()
        if flags & _DESCRIPTOR_FLAG:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        return _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags, self.compress_type,
                           dostime, dosdate, crc, compress_size, file_size, len(name),
                           len(self.extra)) + name + self.extra

    def _central_header(self):
        dosdate, dostime = self._dos_time()
        name, flags = self._encoded_name()
        if self.header_offset > ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        return _CENTRAL.pack(_CENTRAL_SIG, self.create_version, self.create_system, self.extract_version,
                             self.reserved, flags, self.compress_type, dostime, dosdate, self.CRC,
                             self.compress_size, self.file_size, len(name), len(self.extra),
                             len(self.comment), 0, self.internal_attr, self.external_attr,
                             self.header_offset) + name + self.extra + self.comment


def _end_record(fp):
    """(offset of the end record, its fields, the archive comment), or None when there is none."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    start = max(0, size - _END.size - ZIP_MAX_COMMENT)
    fp.seek(start)
    data = fp.read()
    pos = data.rfind(_END_SIG)
    while pos >= 0:
        if len(data) - pos >= _END.size:
            fields = _END.unpack(data[pos:pos + _END.size])
            comment = data[pos + _END.size:pos + _END.size + fields[7]]
            if len(comment) == fields[7]:
                return start + pos, fields, comment
        pos = data.rfind(_END_SIG, 0, pos)
    return None


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipExtFile(io.BufferedIOBase):
    """File-like object for reading an archive member. Is returned by ZipFile.open()."""

    def __init__(self, fileobj, mode, zipinfo, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._left = zipinfo.compress_size
        self._decompressor = zlib.decompressobj(-15) if self._compress_type == ZIP_DEFLATED else None
        self._expected_crc = zipinfo.CRC
        self._crc = 0
        self._size = zipinfo.file_size
        self._produced = 0
        self._buffer = b''
        self._eof = False
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(self._compress_type, self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def readable(self):
        self._check_closed()
        return True

    def _more(self):
        """Decompresses the next piece; False at the end of the member."""
        if self._eof:
            return False
        chunk = b''
        if self._left > 0:
            chunk = self._fileobj.read(min(self._left, 65536))
            if not chunk:
                raise EOFError
            self._left -= len(chunk)
        if self._decompressor is None:
            out = chunk
            done = self._left <= 0
        else:
            out = self._decompressor.decompress(chunk)
            done = self._decompressor.eof or self._left <= 0
            if done and not self._decompressor.eof:
                raise EOFError
        self._crc = zlib.crc32(out, self._crc)
        self._produced += len(out)
        self._buffer += out
        if done:
            self._eof = True
            if self._crc != self._expected_crc:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            while self._more():
                pass
            data, self._buffer = self._buffer, b''
            return data
        while len(self._buffer) < n and self._more():
            pass
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read1(self, n=-1):
        self._check_closed()
        while not self._buffer and self._more():
            pass
        if n is None or n < 0:
            n = len(self._buffer)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def peek(self, n=1):
        while len(self._buffer) < n and self._more():
            pass
        return self._buffer[:512] if len(self._buffer) > 512 else self._buffer

    def readline(self, limit=-1):
        self._check_closed()
        while b'\n' not in self._buffer and (limit is None or limit < 0 or len(self._buffer) < limit):
            if not self._more():
                break
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        if limit is not None and 0 <= limit < end:
            end = limit
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return data

    def seekable(self):
        self._check_closed()
        return True

    def seek(self, offset, whence=0):
        """Seeks by decompressing again from the start when going back, as CPython does."""
        self._check_closed()
        pos = self.tell()
        if whence == 1:
            offset += pos
        elif whence == 2:
            offset += self._size
        elif whence != 0:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        offset = max(0, min(offset, self._size))
        if offset < pos:
            self._restart()
            pos = 0
        self.read(offset - pos)
        return self.tell()

    def tell(self):
        self._check_closed()
        return self._produced - len(self._buffer)

    def _restart(self):
        self._fileobj.seek(0)
        self._left = self._zinfo.compress_size
        self._decompressor = zlib.decompressobj(-15) if self._compress_type == ZIP_DEFLATED else None
        self._crc = 0
        self._produced = 0
        self._buffer = b''
        self._eof = False

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """An archive member being written (ZipFile.open(name, 'w'))."""

    def __init__(self, zf, zinfo):
        self._zinfo = zinfo
        self._zipfile = zf
        self._fileobj = zf.fp
        level = zinfo._compresslevel
        self._compressor = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15) \
            if zinfo.compress_type == ZIP_DEFLATED else None
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        n = len(data)
        self._file_size += n
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._fileobj.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor:
                buf = self._compressor.flush()
                self._compress_size += len(buf)
                self._fileobj.write(buf)
            zi = self._zinfo
            zi.compress_size = self._compress_size
            zi.CRC = self._crc
            zi.file_size = self._file_size
            # the sizes are known now: rewrite the local header in place
            end = self._fileobj.tell()
            self._fileobj.seek(zi.header_offset)
            self._fileobj.write(zi.FileHeader())
            self._fileobj.seek(end)
            self._zipfile.start_dir = end
            self._zipfile._add_member(zi)
        finally:
            self._zipfile._writing = False


class ZipFile:
    """Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None)"""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None,
                 *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        self._didModify = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not a zip file: the archive is appended to it (a self-extracting stub)
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_directory(self):
        found = _end_record(self.fp)
        if found is None:
            raise BadZipFile("File is not a zip file")
        offset, fields, comment = found
        self._comment = comment
        count, size_cd, offset_cd = fields[4], fields[5], fields[6]
        # data before the archive (a stub) shifts every offset by the same amount
        concat = offset - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        self.fp.seek(self.start_dir)
        data = self.fp.read(size_cd)
        pos = 0
        while pos + _CENTRAL.size <= len(data):
            f = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if f[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            raw_name = data[pos:pos + f[12]]
            pos += f[12]
            flags = f[5]
            if flags & _UTF8_FLAG:
                name = raw_name.decode('utf-8')
            else:
                name = raw_name.decode(self.metadata_encoding or 'cp437')
            x = ZipInfo(name)
            x.extra = data[pos:pos + f[13]]
            pos += f[13]
            x.comment = data[pos:pos + f[14]]
            pos += f[14]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = f[1:12]
            x.volume, x.internal_attr, x.external_attr, x.header_offset = f[15:19]
            x.header_offset += concat
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.orig_filename = name
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        if len(self.filelist) != count and count != 0xFFFF:
            raise BadZipFile("Truncated central directory")

    def namelist(self):
        """Return a list of file names in the archive."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC. Return None if OK, else the first bad file's name."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return file bytes for name."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return file-like object for 'name'."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        with self._lock:
            self.fp.seek(zinfo.header_offset)
            header = self.fp.read(_LOCAL.size)
            if len(header) != _LOCAL.size:
                raise BadZipFile("Truncated file header")
            f = _LOCAL.unpack(header)
            if f[0] != _LOCAL_SIG:
                raise BadZipFile("Bad magic number for file header")
            fname = self.fp.read(f[10])
            self.fp.read(f[11])
            if zinfo.flag_bits & _ENCRYPTED_FLAG:
                raise RuntimeError("File %r is encrypted, password required for extraction" % name)
            if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
                _check_compression(zinfo.compress_type)
            fname_str = fname.decode('utf-8' if f[3] & _UTF8_FLAG else (self.metadata_encoding or 'cp437'))
            if fname_str != zinfo.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, fname))
            data = self.fp.read(zinfo.compress_size)
        return ZipExtFile(io.BytesIO(data), mode, zinfo, True)

    def _open_to_write(self, zinfo):
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        _check_compression(zinfo.compress_type)
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        if zinfo.compress_type == ZIP_DEFLATED:
            zinfo.flag_bits |= 0x02 if zinfo._compresslevel == 9 else 0x04 if zinfo._compresslevel == 1 else 0
        if not self._seekable():
            raise io.UnsupportedOperation('seek')
        if zinfo.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        zinfo.header_offset = self.start_dir
        self.fp.seek(self.start_dir)
        self._writing = True
        self._didModify = True
        self.fp.write(zinfo.FileHeader())
        return _ZipWriteFile(self, zinfo)

    def _seekable(self):
        try:
            self.fp.seek(self.fp.tell())
            return True
        except (AttributeError, OSError):
            return False

    def _add_member(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def _sanitize_path(self, arcname, targetpath):
        arcname = arcname.replace('/', os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        return os.path.normpath(targetpath)

    def extract(self, member, path=None, pwd=None):
        """Extract a member from the archive to the current working directory (or path);
        return its full path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members from the archive to the current working directory (or path)."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        targetpath = self._sanitize_path(member.filename, targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive. The contents is 'data', which may be either a 'str' or a
        'bytes' instance; if it is a 'str', it is encoded as UTF-8 first."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._writing:
                raise ValueError("Can't create a directory while an open writing handle exists.")
            if self.mode == 'r':
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            zinfo.flag_bits = 0
            zinfo.header_offset = self.start_dir
            self.fp.seek(self.start_dir)
            self.fp.write(zinfo.FileHeader())
            self.start_dir = self.fp.tell()
            self._didModify = True
            self._add_member(zinfo)

    def close(self):
        """Close the file, and for mode 'w', 'x' and 'a' write the ending records."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        start = self.fp.tell()
        for zinfo in self.filelist:
            self.fp.write(zinfo._central_header())
        end = self.fp.tell()
        count = len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT or start > ZIP64_LIMIT:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, end - start, start, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == 'a':
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """Class to create ZIP archives with Python library files and packages (sources only: weft
    compiles no .pyc files)."""

    def writepy(self, pathname, basename="", filterfunc=None):
        if filterfunc and not filterfunc(pathname):
            return
        if os.path.isdir(pathname):
            for name in sorted(os.listdir(pathname)):
                path = os.path.join(pathname, name)
                arc = basename + '/' + os.path.basename(pathname) if basename else os.path.basename(pathname)
                if os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                    self.writepy(path, arc, filterfunc)
                elif name.endswith('.py'):
                    if filterfunc and not filterfunc(path):
                        continue
                    self.write(path, arc + '/' + name)
        elif pathname.endswith('.py'):
            self.write(pathname, (basename + '/' if basename else '') + os.path.basename(pathname))
        else:
            raise RuntimeError('Files added with writepy() must end with ".py"')


from _weft_zipfile_path import Path  # noqa: E402  (it needs ZipFile, defined above)


def main(args=None):
    """The command line of python -m zipfile (-l, -e, -c, -t): CPython's options and messages."""
    import argparse
    import sys

    description = 'A simple command-line interface for zipfile module.'
    parser = argparse.ArgumentParser(description=description)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>',
                       help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2,
                       metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+',
                       metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>',
                       help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    args = parser.parse_args(args)
    encoding = args.metadata_encoding

    if args.test is not None:
        with ZipFile(args.test, 'r', metadata_encoding=encoding) as zf:
            badfile = zf.testzip()
        if badfile:
            print("The following enclosed file is corrupted: {!r}".format(badfile))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, curdir = args.extract
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(curdir)
    elif args.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        zip_name = args.create.pop(0)
        with ZipFile(zip_name, 'w') as zf:
            for path in args.create:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                _add_to_zip(zf, path, zippath)


def _add_to_zip(zf, path, zippath):
    # Files deflated, directories recursed in sorted order; anything else is skipped, as CPython does.
    if os.path.isfile(path):
        zf.write(path, zippath, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if zippath:
            zf.write(path, zippath)
        for nm in sorted(os.listdir(path)):
            _add_to_zip(zf, os.path.join(path, nm), os.path.join(zippath, nm))


if __name__ == "__main__":
    main()
