"""Opening URLs: urlopen() of http: and file: URLs (no https: Weft has no ssl), with Request
objects, redirects, and HTTPError/URLError as CPython raises them. Written for Weft; CPython's
urllib/request.py is the reference for behaviour (headers sent and their order, messages)."""

import http.client
import io
import mimetypes
import os
import socket
import sys
import time
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import urlparse, urljoin, unwrap, quote, unquote, urlunparse
from urllib._weft_split import splittype, splithost
from urllib.response import addinfourl, addclosehook

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPHandler', 'FileHandler', 'HTTPErrorProcessor',
           'HTTPRedirectHandler', 'HTTPDefaultErrorHandler', 'urlopen', 'install_opener', 'build_opener',
           'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup']

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Open the URL url, which can be either a string or a Request object."""
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


def urlretrieve(url, filename=None, reporthook=None, data=None):
    with urlopen(url, data) as fp:
        headers = fp.info()
        if filename is None:
            import tempfile
            fd, filename = tempfile.mkstemp()
            os.close(fd)
        with open(filename, 'wb') as out:
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if 'content-length' in headers:
                size = int(headers['Content-Length'])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                out.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (read, size),
                                   (filename, headers))
    return filename, headers


def urlcleanup():
    global _opener
    _opener = None


def request_host(request):
    host = urlparse(request.full_url)[1]
    if host == '':
        host = request.get_header('Host', '')
    host = host.rsplit(':', 1)[0] if host.count(':') == 1 else host
    return host.lower()


class Request:
    """A URL request: full_url, data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, _, self.fragment = self._full_url.partition('#')
        self.fragment = self.fragment or None
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.host = host
        self.type = type
        self.selector = self.full_url

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPErrorProcessor(BaseHandler):
    handler_order = 1000


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10


class HTTPHandler(BaseHandler):
    pass


class FileHandler(BaseHandler):
    pass


class OpenerDirector:
    """Opens URLs: http: through http.client, file: from the file system; follows redirects."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [('User-agent', client_version)]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)
        handler.add_parent(self)

    def close(self):
        pass

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        for _ in range(HTTPRedirectHandler.max_redirections + 1):
            if req.type == 'file':
                return self._open_file(req)
            if req.type not in ('http', 'https'):
                raise URLError('unknown url type: %s' % req.type)
            response = self._open_http(req)
            code = response.status
            if 200 <= code < 300:
                return response
            if code in (301, 302, 303, 307, 308) and ('location' in response.headers or 'uri' in response.headers):
                req = self._redirect(req, response, code)
                if req is not None:
                    continue
            raise HTTPError(req.full_url, code, response.reason, response.headers, response)
        raise HTTPError(req.full_url, code, "The HTTP server returned a redirect error that would lead "
                        "to an infinite loop.\nThe last 30x error message was:\n" + response.reason,
                        response.headers, response)

    def _redirect(self, req, response, code):
        newurl = response.headers.get('location') or response.headers.get('uri')
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(req.full_url, code, "%s - Redirection to url '%s' is not allowed"
                            % (response.reason, newurl), response.headers, response)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe="/;%?:@&=+$,!~*'()#[]")
        newurl = urljoin(req.full_url, newurl)
        response.read()
        response.close()
        m = req.get_method()
        if not (code in (307, 308) and m in ("GET", "HEAD") or code in (301, 302, 303) and m == "POST"
                or code in (301, 302, 303)):
            raise HTTPError(req.full_url, code, response.reason, response.headers, response)
        newheaders = {k: v for k, v in req.headers.items() if k.lower() not in ("content-length", "content-type")}
        new = Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host, unverifiable=True)
        new.timeout = req.timeout
        return new

    def _open_http(self, req):
        host = req.host
        if not host:
            raise URLError('no host given')
        if req.data is not None:
            data = req.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                                "It cannot be of type str.")
            if not req.has_header('Content-type'):
                req.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if not req.has_header('Content-length') and not req.has_header('Transfer-encoding'):
                try:
                    req.add_unredirected_header('Content-length', '%d' % memoryview(data).nbytes)
                except TypeError:
                    if isinstance(data, io.IOBase):
                        raise ValueError('Content-Length should be specified for iterable data of type %r %r'
                                         % (type(data), data))
                    req.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if not req.has_header('Host'):
            req.add_unredirected_header('Host', sel_host)
        for name, value in self.addheaders:
            if not req.has_header(name.capitalize()):
                req.add_unredirected_header(name, value)
        conn_class = http.client.HTTPSConnection if req.type == 'https' else http.client.HTTPConnection
        h = conn_class(host, timeout=req.timeout)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r

    def _open_file(self, req):
        filename = req.selector
        host = req.host
        if host and host not in ('localhost', socket.gethostname()) and host != '127.0.0.1':
            raise URLError('file not on local host')
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = _http_date(stats.st_mtime)
            mtype = mimetypes.guess_type(filename)[0]
            headers = http.client.HTTPMessage()
            headers['Content-type'] = mtype or 'text/plain'
            headers['Content-length'] = str(size)
            headers['Last-modified'] = modified
            origurl = 'file://' + (host or '') + filename if host else 'file://' + filename
            return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp, exp.filename)


def _http_date(timestamp):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    t = time.gmtime(timestamp)
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (days[t.tm_wday], t.tm_mday, months[t.tm_mon - 1],
                                                    t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


def build_opener(*handlers):
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


def pathname2url(pathname):
    return quote(pathname)


def url2pathname(pathname):
    return unquote(pathname)


def getproxies():
    return {}
