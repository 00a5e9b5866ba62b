"""tempfile: temporary files and directories (weft's own implementation).

Names come from os.urandom, so no generator state is shared between threads; the chosen
directory is cached per interpreter in tempdir (a lost race only recomputes the same value).
"""
import os
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _candidate_dirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = os.getenv(env)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp', os.getcwd())


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            raise FileNotFoundError('No usable temporary directory found')
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _resolve(suffix, prefix, dir):
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except AttributeError:
            if os.path.exists(path):
                continue
            open(path, 'xb').close()
            fd = -1
        return fd, os.path.abspath(path)
    raise FileExistsError('No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError('No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError('No usable temporary filename found')


def _create(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    # the name is taken with O_EXCL, as mkstemp does; the file is then opened by its path in the
    # mode asked for, so that its name and mode read as CPython's (which opens through an opener)
    fd, path = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        f = open(path, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.unlink(path)
        raise
    return f, path


class _TemporaryFileWrapper:
    """A file object whose name is a path on disk, removed on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    f, path = _create(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A file with no name: as CPython on POSIX, it is unlinked at once and named by its descriptor."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(path)
        return open(fd, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """Kept in memory until it grows past max_size (or fileno() is asked for), then a TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.TextIOWrapper(io.BytesIO(), encoding=io.text_encoding(encoding), errors=errors,
                                          newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        new = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = old.tell()
        if hasattr(new, 'buffer'):
            old.flush()
            new.buffer.write(old.buffer.getvalue())
        else:
            new.write(old.getvalue())
        new.seek(pos, 0)
        self._file = new
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    """A directory removed, with its contents, by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore)

    def __class_getitem__(cls, item):
        return cls
