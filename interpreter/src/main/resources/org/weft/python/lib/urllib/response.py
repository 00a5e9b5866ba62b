"""Response objects of urllib.request: a file with headers (info()), a URL (geturl()) and, for
HTTP, a status (getcode()). Written for Weft; CPython's urllib/response.py is the reference."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like wrapper that closes the wrapped file."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.name = '<urllib response>'
        self.delete = False

    def __getattr__(self, name):
        return getattr(self.__dict__['fp'], name)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return iter(self.fp)

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def close(self):
        self.fp.close()

    @property
    def closed(self):
        return self.fp.closed


class addclosehook(addbase):
    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook, self.closehook = self.closehook, None
            if closehook is not None:
                closehook(*self.hookargs)
        finally:
            super().close()


class addinfo(addbase):
    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
