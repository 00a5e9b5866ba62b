"""Exception classes raised by urllib. Weft's own implementation.

URLError is an OSError with a reason; HTTPError, for an HTTP status, also carries the code, the
message, the headers and the response body file (fp), as CPython's does.
"""

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % self.reason


class HTTPError(URLError):
    """Raised when HTTP error occurs, but also acts like non-error return"""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = self.url = url

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url

    def info(self):
        return self.hdrs

    def read(self, *args):
        return self.fp.read(*args) if self.fp is not None else b""

    def close(self):
        if self.fp is not None:
            self.fp.close()


class ContentTooShortError(URLError):
    """Exception raised when downloaded size does not match content-length."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
