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
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.abspath(os.path.join(dir, prefix + _name() + suffix))
        if os.path.exists(path):
            continue
        xmode = mode.replace('w', 'x') if 'w' in mode else mode
        if 'x' not in xmode and '+' in xmode:
            xmode = 'x' + xmode.replace('r', '').replace('a', '')
        try:
            f = open(path, xmode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
        except FileExistsError:
            continue
        return f, path
    raise FileExistsError('No usable temporary file name found')


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
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile(_TemporaryFileWrapper):
    """Kept in memory (StringIO/BytesIO): weft never needs to roll over to disk for correctness."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        import io
        f = io.BytesIO() if 'b' in mode else io.StringIO(newline=newline)
        super().__init__(f, None, False)
        self._rolled = False

    def rollover(self):
        pass


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
