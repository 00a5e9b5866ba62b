"""urllib.parse's split*() helpers, deprecated since 3.8 and still in 3.11: each warns
(DeprecationWarning, naming the function and its replacement) and splits as CPython's does.
The underscore versions do the work without the warning.
"""

import re
import warnings


def _deprecated(name, instead='urllib.parse.urlparse()'):
    warnings.warn("urllib.parse.%s() is deprecated as of 3.8, use %s instead" % (name, instead),
                  DeprecationWarning, stacklevel=3)


def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8", DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


_TYPE = re.compile('([^/:]+):(.*)', re.DOTALL)
_HOST = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_PORT = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splittype(url):
    match = _TYPE.match(url)
    if match:
        scheme, data = match.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    match = _HOST.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    match = _PORT.fullmatch(host)
    if match:
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    host, delim, port = host.rpartition(':')
    if not delim:
        host = port
    elif port:
        nport = int(port) if port.isdigit() and port.isascii() else None
        return host, nport
    return host, defport


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    return (path, query) if delim else (url, None)


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    return (path, tag) if delim else (url, None)


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def splittype(url):
    _deprecated('splittype')
    return _splittype(url)


def splithost(url):
    _deprecated('splithost')
    return _splithost(url)


def splituser(host):
    _deprecated('splituser')
    return _splituser(host)


def splitpasswd(user):
    _deprecated('splitpasswd')
    return _splitpasswd(user)


def splitport(host):
    _deprecated('splitport')
    return _splitport(host)


def splitnport(host, defport=-1):
    _deprecated('splitnport')
    return _splitnport(host, defport)


def splitquery(url):
    _deprecated('splitquery')
    return _splitquery(url)


def splittag(url):
    _deprecated('splittag')
    return _splittag(url)


def splitattr(url):
    _deprecated('splitattr')
    return _splitattr(url)


def splitvalue(attr):
    _deprecated('splitvalue', 'urllib.parse.parse_qsl()')
    return _splitvalue(attr)
