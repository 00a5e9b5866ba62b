"""tarfile: read and write tar archives (weft's own implementation): the POSIX ustar layout
with pax extended headers (and GNU long names when reading), uncompressed or gzip-compressed.
bz2 and xz cannot be read or written (no compressor is built in), though opening tells their data
from other data as CPython does; the '|' stream modes read and write sequentially like the ':' modes."""
import copy
import io
import os
import shutil
import stat
import struct
import sys
import time

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT",
           "PAX_FORMAT", "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter",
           "FilterError", "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError",
           "AbsolutePathError", "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
ENCODING = sys.getfilesystemencoding() if hasattr(sys, 'getfilesystemencoding') else 'utf-8'
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int, "size": int}


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, which is outside the destination')


def _nts(s, encoding, errors):
    """Bytes up to the first NUL, as str."""
    p = s.find(b"\0")
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def _nti(s):
    """A number field: octal text, or base-256 when its first byte says so."""
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n <<= 8
            n += s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    try:
        s = _nts(s, "ascii", "strict")
        return int(s.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def _itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number field of `digits` bytes: octal when it fits, else base-256 (GNU and pax)."""
    original_n = n
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == USTAR_FORMAT or not -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        raise ValueError("overflow in number field")
    if n >= 0:
        s = bytearray([0o200])
    else:
        s = bytearray([0o377])
        n = 256 ** digits + n
    for _ in range(digits - 1):
        s.insert(1, n & 0o377)
        n >>= 8
    return bytes(s)


def _checksums(buf):
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


class TarInfo:
    """Informational class which holds the details about an archive member given by a tar header
    block."""

    __slots__ = dict(name='Name of the archive member.', mode='Permission bits.', uid='User ID.',
                     gid='Group ID.', size='Size in bytes.', mtime='Time of last modification.',
                     chksum='Header checksum.', type='File type.', linkname='Link target.',
                     uname='User name.', gname='Group name.', devmajor='Device major number.',
                     devminor='Device minor number.', offset='The tar header starts here.',
                     offset_data="The file's data starts here.", pax_headers='A dictionary of pax headers.',
                     sparse='Sparse member information.', tarfile=None, _sparse_structs=None,
                     _link_target=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=..., mtime=..., mode=..., linkname=..., uid=..., gid=..., uname=...,
                gname=..., deep=True):
        """Return a deep copy of self with the given attributes replaced."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for key, value in (('name', name), ('mtime', mtime), ('mode', mode), ('linkname', linkname),
                           ('uid', uid), ('gid', gid), ('uname', uname), ('gname', gname)):
            if value is not ...:
                setattr(result, key, value)
        return result

    def __deepcopy__(self, memo):
        other = TarInfo(self.name)
        for slot in TarInfo.__slots__:
            if hasattr(self, slot):
                value = getattr(self, slot)
                setattr(other, slot, dict(value) if isinstance(value, dict) else value)
        return other

    def __copy__(self):
        return self.__deepcopy__({})

    def get_info(self):
        """Return the TarInfo's attributes as a dictionary."""
        mode = None if self.mode is None else self.mode & 0o7777
        info = {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """Return a tar header as a string of 512 byte blocks."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            info["magic"] = POSIX_MAGIC
            if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
                raise ValueError("linkname is too long")
            if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
                info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
            return self._create_header(info, USTAR_FORMAT, encoding, errors)
        if format == GNU_FORMAT:
            return self._create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self._create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def _create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def _long_header(self, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return self._create_header(info, USTAR_FORMAT, encoding, errors) + self._pad(name)

    def _create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue
            try:
                info[name].encode("ascii", "strict")
            except UnicodeEncodeError:
                pax_headers[hname] = info[name]
                continue
            if len(info[name]) > length:
                pax_headers[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            needs_pax = False
            val = info[name]
            val_is_float = isinstance(val, float)
            val_int = round(val) if val_is_float else val
            if not 0 <= val_int < 8 ** (digits - 1):
                info[name] = 0
                needs_pax = True
            elif val_is_float:
                info[name] = val_int
                needs_pax = True
            if needs_pax and name not in pax_headers:
                pax_headers[name] = str(val)
        if pax_headers:
            buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding)
        else:
            buf = b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    @staticmethod
    def _create_pax_generic_header(pax_headers, type, encoding):
        records = b""
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            value = value.encode("utf-8")
            l = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = l + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return TarInfo._create_header(info, USTAR_FORMAT, "ascii", "replace") + TarInfo._pad(records)

    @staticmethod
    def _pad(payload):
        blocks, remainder = divmod(len(payload), BLOCKSIZE)
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @staticmethod
    def _posix_split_name(name, encoding, errors):
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            name = "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(name.encode(encoding, errors)) <= LENGTH_NAME:
                break
        else:
            raise ValueError("name is too long")
        return prefix, name

    @staticmethod
    def _create_header(info, format, encoding, errors):
        has_device_fields = info.get("type") in (CHRTYPE, BLKTYPE)
        if has_device_fields:
            devmajor = _itn(info.get("devmajor", 0), 8, format)
            devminor = _itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = NUL * 8
        name = info.get("name", "")
        prefix = info.get("prefix", "")
        parts = [
            _stn(name, 100, encoding, errors),
            _itn(info.get("mode", 0) & 0o7777, 8, format),
            _itn(info.get("uid", 0), 8, format),
            _itn(info.get("gid", 0), 8, format),
            _itn(info.get("size", 0), 12, format),
            _itn(info.get("mtime", 0), 12, format),
            b"        ",
            info.get("type", REGTYPE),
            _stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            _stn(info.get("uname", ""), 32, encoding, errors),
            _stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            _stn(prefix, 155, encoding, errors),
        ]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(parts))
        chksum = _checksums(buf[-BLOCKSIZE:])[0]
        return buf[:-364] + bytes("%06o\0" % chksum, "ascii") + buf[-357:]

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Construct a TarInfo object from a 512 byte bytes object."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = _nti(buf[148:156])
        if chksum not in _checksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = _nts(buf[0:100], encoding, errors)
        obj.mode = _nti(buf[100:108])
        obj.uid = _nti(buf[108:116])
        obj.gid = _nti(buf[116:124])
        obj.size = _nti(buf[124:136])
        obj.mtime = _nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = _nts(buf[157:257], encoding, errors)
        obj.uname = _nts(buf[265:297], encoding, errors)
        obj.gname = _nts(buf[297:329], encoding, errors)
        obj.devmajor = _nti(buf[329:337])
        obj.devminor = _nti(buf[337:345])
        prefix = _nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, XHDTYPE, XGLTYPE) \
                and buf[257:265] == POSIX_MAGIC:
            obj.name = prefix + "/" + obj.name
        return obj

    def isreg(self):
        """Return True if the Tarinfo object is a regular file."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """Return True if the Tarinfo object is a regular file."""
        return self.isreg()

    def isdir(self):
        """Return True if it is a directory."""
        return self.type == DIRTYPE

    def issym(self):
        """Return True if it is a symbolic link."""
        return self.type == SYMTYPE

    def islnk(self):
        """Return True if it is a hard link."""
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """Return True if it is one of character device, block device or FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _stn(s, length, encoding, errors):
    """A string field: encoded, cut to length, NUL-padded."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


class _MemberFile(io.BufferedIOBase):
    """A member's data inside the archive, read through the archive's file object."""

    def __init__(self, fileobj, offset, size, name):
        self._fileobj = fileobj
        self._offset = offset
        self._size = size
        self._pos = 0
        self.name = name

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, position, whence=io.SEEK_SET):
        self._check_closed()
        if whence == io.SEEK_CUR:
            position += self._pos
        elif whence == io.SEEK_END:
            position += self._size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid argument")
        self._pos = max(0, min(position, self._size))
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        left = self._size - self._pos
        if size is None or size < 0 or size > left:
            size = left
        if size <= 0:
            return b""
        self._fileobj.seek(self._offset + self._pos)
        data = self._fileobj.read(size)
        if len(data) != size:
            raise ReadError("unexpected end of data")
        self._pos += len(data)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        out = b""
        while size is None or size < 0 or len(out) < size:
            chunk = self.read(1 if size is None or size < 0 else min(1, size - len(out)))
            if not chunk:
                break
            out += chunk
            if chunk == b"\n":
                break
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


ExFileObject = _MemberFile


def _names_by_id(path):
    """uid/gid to name from /etc/passwd or /etc/group (as pwd and grp would)."""
    names = {}
    try:
        with builtins_open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2].isdigit():
                    names.setdefault(int(fields[2]), fields[0])
    except OSError:
        pass
    return names


builtins_open = open


class TarFile(object):
    """The TarFile Class provides an interface to tar archives."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = builtins_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.pax_headers = dict(pax_headers) if pax_headers is not None and self.format == PAX_FORMAT else {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell() if hasattr(self.fileobj, 'tell') else 0
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self._read_member()
                        if tarinfo is None:
                            break
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
                self._loaded = True
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # -- opening -----------------------------------------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive for reading, writing or appending. Return an appropriate TarFile
        class. mode: 'r' or 'r:*', 'r:', 'r:gz', 'a' or 'a:', 'w' or 'w:', 'w:gz', 'x' or 'x:',
        'x:gz'; the stream forms 'r|*', 'r|', 'r|gz', 'w|', 'w|gz' work the same way here."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*", "r|*"):
            def not_compressed(comptype):
                return cls.OPEN_METH[comptype] == 'taropen'
            error_msgs = []
            for comptype in sorted(cls.OPEN_METH, key=not_compressed):
                func = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved_pos = fileobj.tell()
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    error_msgs.append(f'- method {comptype}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
                    continue
            error_msgs_summary = '\n'.join(error_msgs)
            raise ReadError(f"file could not be opened successfully:\n{error_msgs_summary}")
        for sep in (":", "|"):
            if sep in mode:
                filemode, comptype = mode.split(sep, 1)
                filemode = filemode or "r"
                comptype = comptype or "tar"
                if filemode not in ("r", "w", "a", "x") or (sep == "|" and filemode not in ("r", "w")):
                    raise ValueError("mode must be 'r', 'a', 'w' or 'x'" if sep == ":" else "mode must be 'r' or 'w'")
                if comptype in cls.OPEN_METH:
                    func = getattr(cls, cls.OPEN_METH[comptype])
                else:
                    raise CompressionError("unknown compression type %r" % comptype)
                return func(name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open uncompressed tar archive name for reading or writing."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open gzip compressed tar archive name for reading or writing."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        try:
            fileobj = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (OSError, EOFError) as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """bz2 is not built in: reading what is no bzip2 data fails as CPython's ('not a bzip2 file')."""
        return cls._unavailable(name, mode, fileobj, b"BZh", "bz2", "not a bzip2 file")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """lzma is not built in: reading what is no xz data fails as CPython's ('not an lzma file')."""
        return cls._unavailable(name, mode, fileobj, b"\xfd7zXZ\x00", "lzma", "not an lzma file")

    @classmethod
    def _unavailable(cls, name, mode, fileobj, magic, module, not_this):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        if mode == "r":
            if fileobj is not None:
                pos = fileobj.tell()
                head = fileobj.read(len(magic))
                fileobj.seek(pos)
            else:
                with io.open(name, "rb") as f:
                    head = f.read(len(magic))
            if head != magic:
                raise ReadError(not_this)
        raise CompressionError("%s module is not available" % module)

    # CPython's order of trial for mode 'r': tar last
    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # -- reading -----------------------------------------------------------------------------------

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _read_block(self, n=BLOCKSIZE):
        return self.fileobj.read(n)

    def _read_member(self):
        """The next member's TarInfo from self.offset (its extended headers applied), or None."""
        self.fileobj.seek(self.offset)
        buf = self._read_block()
        tarinfo = self.tarinfo.frombuf(buf, self.encoding, self.errors)
        tarinfo.offset = self.offset
        extra = {}
        # extended headers describe the header after them
        while tarinfo.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            data = self.fileobj.read(tarinfo.size)
            if len(data) != tarinfo.size:
                raise TruncatedHeaderError("truncated header")
            if tarinfo.type == GNUTYPE_LONGNAME:
                extra['name'] = _nts(data, self.encoding, self.errors)
            elif tarinfo.type == GNUTYPE_LONGLINK:
                extra['linkname'] = _nts(data, self.encoding, self.errors)
            else:
                records = self._pax_records(data)
                if tarinfo.type == XGLTYPE:
                    self.pax_headers.update(records)
                else:
                    extra.setdefault('pax', {}).update(records)
            self.offset += BLOCKSIZE + _blocks(tarinfo.size)
            self.fileobj.seek(self.offset)
            buf = self._read_block()
            start = self.offset
            tarinfo = self.tarinfo.frombuf(buf, self.encoding, self.errors)
            tarinfo.offset = start
        if 'name' in extra:
            tarinfo.name = extra['name']
            if tarinfo.isdir():
                tarinfo.name = tarinfo.name.rstrip('/')
        if 'linkname' in extra:
            tarinfo.linkname = extra['linkname']
        pax = dict(self.pax_headers)
        pax.update(extra.get('pax', {}))
        if pax:
            self._apply_pax(tarinfo, pax)
        tarinfo.offset_data = tarinfo.offset + BLOCKSIZE
        self.offset = tarinfo.offset_data
        if tarinfo.isreg() or tarinfo.type not in (SYMTYPE, LNKTYPE, DIRTYPE, CHRTYPE, BLKTYPE, FIFOTYPE):
            self.offset += _blocks(tarinfo.size)
        tarinfo.tarfile = self
        return tarinfo

    @staticmethod
    def _pax_records(data):
        records = {}
        pos = 0
        while pos < len(data) and data[pos:pos + 1] != b"\0":
            space = data.find(b" ", pos)
            if space < 0:
                raise InvalidHeaderError("invalid header")
            length = int(data[pos:space])
            record = data[space + 1:pos + length - 1]
            keyword, _, value = record.partition(b"=")
            records[keyword.decode("utf-8")] = value.decode("utf-8", "surrogateescape")
            pos += length
        return records

    def _apply_pax(self, tarinfo, pax):
        for keyword, value in pax.items():
            if keyword == "path":
                tarinfo.name = value.rstrip("/") if tarinfo.isdir() else value
            elif keyword == "linkpath":
                tarinfo.linkname = value
            elif keyword in PAX_NUMBER_FIELDS:
                try:
                    setattr(tarinfo, keyword, PAX_NUMBER_FIELDS[keyword](value))
                except ValueError:
                    setattr(tarinfo, keyword, 0)
            elif keyword in ("uname", "gname"):
                setattr(tarinfo, keyword, value)
        tarinfo.pax_headers = dict(pax)

    def next(self):
        """Return the next member of the archive as a TarInfo object, when TarFile is opened for
        reading. Return None if there is no more available."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self._loaded:
            return None
        tarinfo = None
        while True:
            try:
                tarinfo = self._read_member()
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _load(self):
        if not self._loaded:
            while self.next() is not None:
                pass
            self._loaded = True

    def getmembers(self):
        """Return the members of the archive as a list of TarInfo objects."""
        self._check()
        self._load()
        return self.members

    def getnames(self):
        """Return the members of the archive as a list of their names."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def getmember(self, name):
        """Return a TarInfo object for member 'name'."""
        tarinfo = self._getmember(name.rstrip('/'))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                index = members.index(tarinfo)
            except ValueError:
                skipping = True
            else:
                members = members[:index]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        return None

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def extractfile(self, member):
        """Extract a member from the archive as a file object (None for what is not a file)."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in (SYMTYPE, LNKTYPE, DIRTYPE, CHRTYPE, BLKTYPE, FIFOTYPE):
            return self.fileobject(self.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def list(self, verbose=True, *, members=None):
        """Print a table of contents to sys.stdout."""
        self._check()
        if members is None:
            members = self
        for tarinfo in members:
            # CPython 3.11 prints each field followed by a space, and stat.filemode of the mode as
            # stored, whose type bits are not there ('?rw-r--r--')
            if verbose:
                if tarinfo.mode is None:
                    print("??????????", end=' ')
                else:
                    print(stat.filemode(tarinfo.mode), end=' ')
                print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid), end=' ')
                if tarinfo.ischr() or tarinfo.isblk():
                    print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)), end=' ')
                else:
                    print("%10d" % tarinfo.size, end=' ')
                if tarinfo.mtime is None:
                    print("????-??-?? ??:??:??", end=' ')
                else:
                    print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6], end=' ')
            print(tarinfo.name + ("/" if tarinfo.isdir() else ""), end=' ')
            if verbose:
                if tarinfo.issym():
                    print("-> " + tarinfo.linkname, end=' ')
                if tarinfo.islnk():
                    print("link to " + tarinfo.linkname, end=' ')
            print()

    # -- writing -----------------------------------------------------------------------------------

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """Create a TarInfo object from the result of os.stat or equivalent on an existing file."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/")
        arcname = arcname.lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        statres = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            type = REGTYPE
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        tarinfo.uname = _names_by_id('/etc/passwd').get(tarinfo.uid, '')
        tarinfo.gname = _names_by_id('/etc/group').get(tarinfo.gid, '')
        return tarinfo

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file 'name' to the archive (directories recursively unless recursive is False);
        filter may change or drop (None) each TarInfo."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with builtins_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add the TarInfo object 'tarinfo' to the archive; its data (tarinfo.size bytes) is read
        from fileobj."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            left = tarinfo.size
            while left > 0:
                chunk = fileobj.read(min(left, 16384))
                if not chunk:
                    raise OSError("unexpected end of data")
                self.fileobj.write(chunk)
                left -= len(chunk)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def close(self):
        """Close the TarFile. In write-mode, two finishing zero blocks are appended to the
        archive."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += (BLOCKSIZE * 2)
                blocks, remainder = divmod(self.offset, RECORDSIZE)
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    # -- extracting --------------------------------------------------------------------------------

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError('String names are not supported for TarFile.extraction_filter. '
                                'Use a function such as tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract all members from the archive to the current working directory (or path)."""
        filter_function = self._get_filter_function(filter)
        directories = []
        if members is None:
            members = self
        for member in members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir())
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self._set_attrs(tarinfo, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract a member from the archive to the current working directory (or path)."""
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs)

    def _get_extract_tarinfo(self, member, filter_function, path):
        unfiltered = self.getmember(member) if isinstance(member, str) else member
        try:
            tarinfo = filter_function(unfiltered, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        else:
            if tarinfo is None:
                return None
            if tarinfo.islnk():
                tarinfo = copy.copy(tarinfo)
                tarinfo._link_target = os.path.join(path, tarinfo.linkname)
            return tarinfo
        return None

    def _extract_one(self, tarinfo, path, set_attrs):
        self._check("r")
        try:
            target = os.path.join(path, tarinfo.name)
            upperdirs = os.path.dirname(target)
            if upperdirs and not os.path.exists(upperdirs):
                os.makedirs(upperdirs)
            if tarinfo.isreg():
                with self.extractfile(tarinfo) as source, builtins_open(target, "wb") as dest:
                    shutil.copyfileobj(source, dest)
            elif tarinfo.isdir():
                try:
                    os.mkdir(target, 0o700)
                except FileExistsError:
                    if not os.path.isdir(target):
                        raise
            elif tarinfo.issym():
                if os.path.lexists(target):
                    os.unlink(target)
                os.symlink(tarinfo.linkname, target)
            elif tarinfo.islnk():
                # no hard links here: a copy of the linked member's data
                if os.path.lexists(target):
                    os.unlink(target)
                source = self._find_link_target(tarinfo)
                with self.extractfile(source) as src, builtins_open(target, "wb") as dest:
                    shutil.copyfileobj(src, dest)
            elif tarinfo.isfifo():
                raise ExtractError("fifo not supported by system")
            elif tarinfo.ischr() or tarinfo.isblk():
                raise ExtractError("special devices not supported by system")
            else:
                with self.extractfile(tarinfo) as source, builtins_open(target, "wb") as dest:
                    shutil.copyfileobj(source, dest)
            if set_attrs and not tarinfo.issym():
                self._set_attrs(tarinfo, target)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _set_attrs(self, tarinfo, targetpath):
        if tarinfo.mode is not None:
            try:
                os.chmod(targetpath, tarinfo.mode & 0o7777)
            except OSError as e:
                raise ExtractError("could not change mode") from e
        if tarinfo.mtime is not None:
            try:
                os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
            except OSError as e:
                raise ExtractError("could not change modification time") from e

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e


def _blocks(size):
    blocks, remainder = divmod(size, BLOCKSIZE)
    return (blocks + (1 if remainder else 0)) * BLOCKSIZE


# -- extraction filters (PEP 706) ---------------------------------------------------------------------

def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode = mode & 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                new_attrs[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


def is_tarfile(name):
    """Return True if name points to a tar archive that we are able to handle, else return False.
    'name' should be a string, file, or file-like object."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """python -m tarfile (see _weft_tarfile_cli)."""
    import _weft_tarfile_cli
    _weft_tarfile_cli.main()


if __name__ == '__main__':
    main()
