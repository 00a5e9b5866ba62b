"""HTTP/1.1 client: HTTPConnection sends requests and HTTPResponse reads the answers, over Weft's
sockets (no TLS: HTTPS is not available). HTTPMessage, the headers, is an email.message.Message
parsed by email's parser, as CPython's is. Written for Weft; CPython's
http/client.py is the reference for behaviour (headers sent and their order, errors)."""

import email.message
import email.parser
import io
import socket
from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPSConnection', 'HTTPException', 'NotConnected', 'UnknownProtocol',
           'UnknownTransferEncoding', 'UnimplementedFileMode', 'IncompleteRead', 'InvalidURL',
           'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error', 'responses', 'HTTPMessage',
           'parse_headers', 'HTTP_PORT', 'HTTPS_PORT']

HTTP_PORT = 80
HTTPS_PORT = 443

_MAXLINE = 65536
_MAXHEADERS = 100
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

globals().update(HTTPStatus.__members__)
responses = {v: v.phrase for v in HTTPStatus.__members__.values()}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage(email.message.Message):
    """The header fields of a response (or of a request, for http.server): an email message
    without a body, so get_content_type(), get_param(), get_all() and the rest are email's."""

    def getallmatchingheaders(self, name):
        """The header lines whose text starts with ``name:``, continuation lines included.
        As in CPython, it scans the header names (keys()), which never hold the colon, so it finds
        nothing: kept for old callers."""
        prefix = name.lower() + ':'
        found = []
        hit = False
        for line in self.keys():
            if line[:len(prefix)].lower() == prefix:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                found.append(line)
        return found


def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def _parse_header_lines(lines, _class):
    # The header block goes through email's parser, as CPython's parse_headers does.
    return email.parser.Parser(_class=_class).parsestr(b''.join(lines).decode('iso-8859-1'))


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from `fp` up to the blank line; an HTTPMessage of them."""
    return _parse_header_lines(_read_headers(fp), _class)


def _host_ascii(host):
    try:
        return host.encode('ascii').decode('ascii')
    except UnicodeEncodeError:
        return host.encode('idna').decode('ascii')


class HTTPResponse(io.BufferedIOBase):
    """A response: status, reason, version, headers, and the body through read()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self._sock = sock
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = 'UNKNOWN'
        self.status = 'UNKNOWN'
        self.reason = 'UNKNOWN'
        self.chunked = 'UNKNOWN'
        self.chunk_left = 'UNKNOWN'
        self.length = 'UNKNOWN'
        self.will_close = 'UNKNOWN'
        self.url = url

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ''
            except ValueError:
                version = ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line) from None
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            _read_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for hdr, val in self.headers.items():
                print("header:", hdr + ":", val)
        te = self.headers.get('transfer-encoding')
        self.chunked = bool(te and te.lower() == 'chunked')
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if status in (204, 304) or 100 <= status < 200 or self._method == 'HEAD':
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        if self.headers.get('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        return True

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()
        sock, self._sock = self._sock, None
        if sock is not None and self.will_close is not False:
            sock.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._safe_read(self.length)
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(n if n >= 0 else None)

    def peek(self, n=-1):
        return b''

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            return super().readline(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('chunk size')
        i = line.find(b';')
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt=None):
        parts = []
        while amt is None or amt > 0:
            if not self.chunk_left:
                if self.chunk_left is not None:
                    self._safe_read(2)  # the CRLF after a chunk
                self.chunk_left = self._read_next_chunk_size()
                if self.chunk_left == 0:
                    _read_headers(self.fp)  # the trailer
                    self._close_conn()
                    break
            n = self.chunk_left if amt is None else min(amt, self.chunk_left)
            parts.append(self._safe_read(n))
            self.chunk_left -= n
            if amt is not None:
                amt -= n
        return b''.join(parts)

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """A connection to one HTTP server: request() then getresponse(), as often as wanted."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = 'Idle'
        self._method = None
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise RuntimeError("Can't set up tunnel: Weft has no HTTP proxy support")

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self.__state = 'Idle'
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        # set_debuglevel(1) shows the conversation on stdout, as CPython's does.
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, 'read'):
            if self.debuglevel > 0:
                print("sending a readable")
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.sock.sendall(data)
            return
        for block in data:
            self.sock.sendall(block)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b'', b''))
        msg = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if isinstance(message_body, (bytes, bytearray, memoryview)):
            chunks = (bytes(message_body),)
        elif hasattr(message_body, 'read'):
            if self.debuglevel > 0:
                print("reading a readable")
            chunks = iter(lambda: message_body.read(self.blocksize), b'')
        else:
            chunks = message_body
        for chunk in chunks:
            if isinstance(chunk, str):
                chunk = chunk.encode('iso-8859-1')
            if encode_chunked:
                if not chunk:
                    if self.debuglevel > 0:
                        print('Zero length chunk ignored')
                    continue
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == 'Idle':
            self.__state = 'Request-started'
        else:
            raise CannotSendRequest(self.__state)
        self._method = method
        url = url or '/'
        for ch in url:
            if ord(ch) <= 32 or ord(ch) == 127:
                raise InvalidURL(f"URL can't contain control characters. {url!r} (found at least {ch!r})")
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if not skip_host:
            host_enc = _host_ascii(self.host)
            if ':' in host_enc:
                host_enc = '[' + host_enc + ']'
            if self.port == self.default_port:
                self.putheader('Host', host_enc)
            else:
                self.putheader('Host', '%s:%s' % (host_enc, self.port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != 'Request-started':
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
        value = b'\r\n\t'.join(values)
        self._output(header + b': ' + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == 'Request-started':
            self.__state = 'Request-sent'
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != 'Request-sent' or self.__response:
            raise ResponseNotReady(self.__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = 'Idle'
            if response.will_close:
                self.sock = None  # the response closes it once read
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    """HTTPS needs TLS, which Weft lacks: the host is still looked up first, so an unknown host
    fails as in CPython (socket.gaierror), and a known one with ConnectionRefusedError's cousin."""

    default_port = HTTPS_PORT

    def __init__(self, host, port=None, *, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 context=None, blocksize=8192, **kwargs):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)

    def connect(self):
        socket.getaddrinfo(self.host, self.port, 0, socket.SOCK_STREAM)
        raise OSError(97, 'HTTPS is not available in Weft (no ssl module)')
