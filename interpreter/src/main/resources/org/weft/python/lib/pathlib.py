"""pathlib: object-oriented filesystem paths (weft's own implementation): concrete paths are POSIX;
PureWindowsPath parses and compares with Windows rules.

Relative paths resolve against os.getcwd() (weft's per-interpreter current directory).
Path objects are immutable, so they are safe to share between threads.
"""
import os
import fnmatch
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where __fspath__ '
                                'returns a str, not %r' % type(a).__name__)
        if a.startswith('/'):
            parts = []
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts.append(root)
        for p in a.split('/'):
            if p and p != '.':
                parts.append(p)
    return parts


class PurePath:
    """A path without I/O; PurePath(...) makes a PurePosixPath on weft."""
    __slots__ = ('_parts', '_str', '_hash')
    _parse = staticmethod(_parse)

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(cls._parse(args))

    @classmethod
    def _from_parts(cls, parts):
        self = object.__new__(cls)
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, self.parts)

    def __str__(self):
        if self._str is None:
            parts = self._parts
            if parts and parts[0] in ('/', '//'):
                s = parts[0] + '/'.join(parts[1:])
            else:
                s = '/'.join(parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        # percent-encoded UTF-8, keeping only unreserved characters and '/' (urllib's quote)
        safe = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')
        path = str(self).encode('utf-8', 'surrogateescape')
        return 'file://' + ''.join(chr(b) if b in safe else '%%%02X' % b for b in path)

    def _key(self):
        return self._parts

    def _same_flavour(self, other):
        return isinstance(other, PurePath) and isinstance(other, PureWindowsPath) == isinstance(self, PureWindowsPath)

    def __eq__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._key()))
        return self._hash

    def __lt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return self._from_parts(self._parse((self, key)))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts(self._parse((key, self)))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_parts(self._parse((self,) + args))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return '/' if self._parts and self._parts[0] in ('/', '//') else ''

    @property
    def anchor(self):
        return self.drive + self.root

    @property
    def parts(self):
        return tuple(self._parts)

    def _tail(self):
        return self._parts[1:] if self.root else self._parts

    @property
    def name(self):
        tail = self._tail()
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        tail = self._tail()
        if not tail:
            return self
        return self._from_parts(self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q is p or q == p:
                break
            out.append(q)
            p = q
        return _PathParents(self, out)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = self._parse(other)
        n = len(base)
        if self._parts[:n] != base or (n == 0 and self.root):
            formatted = str(PurePosixPath._from_parts(base)) if base else ''
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is '
                             'absolute.'.format(str(self), formatted))
        return self._from_parts(self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = self._parse((path_pattern,))
        if not pat:
            raise ValueError('empty pattern')
        parts = self._parts
        if pat[0] in ('/', '//'):
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def __class_getitem__(cls, item):
        return cls


class PurePosixPath(PurePath):
    __slots__ = ()


_DRIVE_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')


def _split_windows_root(text):
    """(drive, root, rest) of a Windows path whose separators are all backslashes, as CPython
    3.11's pathlib splits it (which differs from ntpath.splitdrive at the edges)."""
    prefix = ''
    if text.startswith('\\\\?\\'):
        # an extended path: what follows is split as usual, and keeps the prefix on its drive
        prefix, text = text[:4], text[4:]
        if text.startswith('UNC\\'):
            prefix, text = prefix + 'UNC', '\\' + text[3:]
    if text[:2] == '\\\\' and text[2:3] != '\\':
        server_end = text.find('\\', 2)
        if server_end != -1:
            share_end = text.find('\\', server_end + 1)
            if share_end != server_end + 1:
                # \\server\share (a share may only be empty at the end) is the drive; always rooted
                if share_end == -1:
                    share_end = len(text)
                drive = prefix + text[1:share_end] if prefix else text[:share_end]
                return drive, '\\', text[share_end + 1:]
    drive = ''
    if text[1:2] == ':' and text[:1] in _DRIVE_LETTERS:
        drive, text = text[:2], text[2:]
    if text.startswith('\\'):
        return prefix + drive, '\\', text.lstrip('\\')
    return prefix + drive, '', text


class _Anchor(str):
    """The first part of a PureWindowsPath that has a drive or root: drive + root, remembering
    where one ends, since the text alone cannot always tell (an empty UNC share, "./C:")."""

    def __new__(cls, drive, root):
        self = super().__new__(cls, drive + root)
        self.drive = drive
        self.root = root
        return self


def _parse_windows(args):
    """Windows rules: '/' and '\\' separate, a drive or UNC share anchors, a later drive
    replaces an earlier one, a later root keeps the drive. Returns parts whose first
    item is an _Anchor when there is a drive or root."""
    drv = root = ''
    rel = []
    for a in args:
        if isinstance(a, PureWindowsPath):
            d, r = a._split_anchor()
            names = a._tail()
        else:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError('argument should be a str or an os.PathLike object where __fspath__ '
                                    'returns a str, not %r' % type(a).__name__)
            d, r, rest = _split_windows_root(a.replace('/', '\\'))
            names = [n for n in rest.split('\\') if n and n != '.']
        if d:
            drv, root, rel = d, r, names
        elif r:
            root, rel = r, names
        else:
            rel = rel + names
    return ([_Anchor(drv, root)] if drv or root else []) + rel


_WINDOWS_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                     | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                     | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


class PureWindowsPath(PurePath):
    """A Windows path: drive letters and UNC shares, backslashes, case-insensitive comparison."""
    __slots__ = ()
    _parse = staticmethod(_parse_windows)

    def _anchor_parts(self):
        parts = self._parts
        return parts[0] if parts and isinstance(parts[0], _Anchor) else ''

    def _split_anchor(self):
        anchor = self._anchor_parts()
        return (anchor.drive, anchor.root) if anchor else ('', '')

    @property
    def parts(self):
        return tuple(str(p) for p in self._parts)

    @property
    def drive(self):
        return self._split_anchor()[0]

    @property
    def root(self):
        return self._split_anchor()[1]

    def _tail(self):
        return self._parts[1:] if self._anchor_parts() else self._parts

    def _child(self, args):
        # a drive-relative child on this path's drive ("C:b" under "c:\\a") continues this path,
        # as CPython 3.11 joins; the constructor instead lets every later drive start afresh
        child = PureWindowsPath._from_parts(_parse_windows(args))
        drive = child.drive
        if drive and not child.root and drive.lower() == self.drive.lower():
            return self._from_parts(self._parts + child._parts[1:])
        return self._from_parts(_parse_windows((self,) + tuple(args)))

    def __truediv__(self, key):
        try:
            return self._child((key,))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._child(args)

    def __str__(self):
        if self._str is None:
            anchor = self._anchor_parts()
            tail = self._tail()
            self._str = (anchor + '\\'.join(tail)) or '.'
        return self._str

    def as_posix(self):
        return str(self).replace('\\', '/')

    def _key(self):
        return [p.lower() for p in self._parts]

    def is_absolute(self):
        drive, root = self._split_anchor()
        return bool(root) and bool(drive)

    def is_reserved(self):
        tail = self._tail()
        if not tail or self.drive.startswith('\\\\'):
            return False
        name = tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        d, r, rest = _split_windows_root(name.replace('/', '\\'))
        if not name or d or r or '\\' in rest or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._parts[:-1] + [name])

    def with_suffix(self, suffix):
        if '\\' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        return super().with_suffix(suffix)

    def _abs_parts(self):
        # drive and root as two items when rooted ('', '\\' for a bare root), as CPython 3.11
        # compares them in relative_to: so 'c:\\a' is under 'c:' but not under '\\'
        drive, root = self._split_anchor()
        return [drive, root] + self._tail() if root else list(self._parts)

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = PureWindowsPath._from_parts(self._parse(other))
        mine, theirs = self._abs_parts(), base._abs_parts()
        n = len(theirs)
        if (self.drive or self.root) if n == 0 else [p.lower() for p in mine[:n]] != [p.lower() for p in theirs]:
            formatted = str(base) if base._parts else ''
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is '
                             'absolute.'.format(str(self), formatted))
        rest = mine[n:]
        if n == 1 and self.root:
            rest[0] = _Anchor('', self.root)
        return self._from_parts(rest)

    def match(self, path_pattern):
        pat = self._parse((path_pattern.lower(),))
        if not pat:
            raise ValueError('empty pattern')
        drive, root = PureWindowsPath._from_parts(pat)._split_anchor()
        if drive and drive != self.drive.lower() or root and root != self.root.lower():
            return False
        parts = [p.lower() for p in self._parts]
        if drive or root:
            if len(pat) != len(parts):
                return False
            pat = pat[1:]
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            prefix, rest = 'file:///' + drive, self.as_posix()[2:]
        else:
            prefix, rest = 'file:', self.as_posix()
        data = rest.encode('utf-8', 'surrogateescape')
        return prefix + ''.join(chr(b) if b in safe else '%%%02X' % b for b in data)


class Path(PurePath):
    """A concrete path; Path(...) makes a PosixPath."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(cls._parse(args))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other):
        """Whether other (a path) names the same file: the same device and inode, so hard links too."""
        st = self.stat()
        try:
            other_st = other.stat()
        except AttributeError:
            other_st = self.__class__(other).stat()
        return os.path.samestat(st, other_st)

    def _mode_is(self, test):
        # CPython: a path that does not exist (or is no directory on the way) is simply not one
        try:
            return test(self.stat().st_mode)
        except OSError as e:
            if e.errno not in (2, 20, 9, 40):  # ENOENT, ENOTDIR, EBADF, ELOOP
                raise
            return False
        except ValueError:
            return False

    def is_block_device(self):
        import stat
        return self._mode_is(stat.S_ISBLK)

    def is_char_device(self):
        import stat
        return self._mode_is(stat.S_ISCHR)

    def is_fifo(self):
        import stat
        return self._mode_is(stat.S_ISFIFO)

    def is_socket(self):
        import stat
        return self._mode_is(stat.S_ISSOCK)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(str(self), 'r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(str(self), 'rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with open(str(self), 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with open(str(self), 'wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(str(self), None)
            return
        open(str(self), 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), target)
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link to the same file as target."""
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated: hardlink_to goes the other way)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in Python 3.12. "
                      "Use pathlib.Path.hardlink_to() instead.", DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def lchmod(self, mode):
        """Like chmod(), of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def readlink(self):
        return self.__class__(os.readlink(str(self)))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _child(self, name):
        return self._from_parts(self._parts + [name])

    def absolute(self):
        if self.is_absolute():
            return self
        return self.__class__(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.realpath(str(self.absolute()))
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self.__class__(p)

    def expanduser(self):
        return self.__class__(os.path.expanduser(str(self)))

    def owner(self):
        raise NotImplementedError('Path.owner() is unsupported on this system')

    def group(self):
        raise NotImplementedError('Path.group() is unsupported on this system')

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pat = self._parse((pattern,))
        if pat and pat[0] in ('/', '//'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern.endswith('/'):
            pat.append('')
        yield from self._select(pat, 0)

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def _select(self, pat, i):
        if i == len(pat):
            yield self
            return
        part = pat[i]
        if part == '':
            if self.is_dir():
                yield self
            return
        if part == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(pat, i + 1):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif part == '..':
            yield from self._child('..')._select(pat, i + 1)
        elif any(c in part for c in '*?['):
            try:
                names = sorted(os.listdir(str(self))) if False else os.listdir(str(self))
            except OSError:
                return
            last = i == len(pat) - 1
            for name in names:
                if fnmatch.fnmatchcase(name, part):
                    child = self._child(name)
                    if last or child.is_dir():
                        yield from child._select(pat, i + 1)
        else:
            child = self._child(part)
            if child.exists() if i == len(pat) - 1 else child.is_dir():
                yield from child._select(pat, i + 1)

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")


class _PathParents:
    """The sequence of a path's ancestors (p.parents): indexable, negative indexes and slices
    included; an index out of range is IndexError(index), as CPython's."""

    __slots__ = ('_path', '_items')

    def __init__(self, path, items):
        self._path = path
        self._items = tuple(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return self._items[idx]
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        return self._items[idx]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, item):
        return item in self._items

    def __reversed__(self):
        return reversed(self._items)

    def index(self, value, *args):
        return self._items.index(value, *args)

    def count(self, value):
        return self._items.count(value)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


from collections.abc import Sequence as _Sequence  # noqa: E402
_Sequence.register(_PathParents)
del _Sequence
