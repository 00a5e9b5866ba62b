"""Low-level networking: sockets over Weft's _socket (java.nio channels), with CPython's names,
constants (Linux's numbers), addresses, errors and messages. Written for Weft; CPython's socket.py
and socketmodule.c are the reference for behaviour."""

import _socket
import io
import operator as _operator
import os
from enum import IntEnum, IntFlag

__all__ = ['socket', 'SocketIO', 'socketpair', 'create_connection', 'create_server', 'has_dualstack_ipv6',
           'fromfd', 'getaddrinfo', 'gethostname', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr',
           'getfqdn', 'getservbyname', 'getservbyport', 'inet_aton', 'inet_ntoa', 'inet_pton', 'inet_ntop',
           'htons', 'ntohs', 'htonl', 'ntohl', 'getdefaulttimeout', 'setdefaulttimeout', 'error', 'herror',
           'gaierror', 'timeout', 'AddressFamily', 'SocketKind']


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10
    AF_PACKET = 17


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_CLOEXEC = 524288
    SOCK_NONBLOCK = 2048


class MsgFlag(IntFlag):
    MSG_OOB = 1
    MSG_PEEK = 2
    MSG_DONTROUTE = 4
    MSG_CTRUNC = 8
    MSG_TRUNC = 32
    MSG_DONTWAIT = 64
    MSG_EOR = 128
    MSG_WAITALL = 256
    MSG_NOSIGNAL = 16384


class AddressInfo(IntFlag):
    AI_PASSIVE = 1
    AI_CANONNAME = 2
    AI_NUMERICHOST = 4
    AI_V4MAPPED = 8
    AI_ALL = 16
    AI_ADDRCONFIG = 32
    AI_NUMERICSERV = 1024


for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    _enum.__module__ = 'socket'
    globals().update(_enum.__members__)
AF_LOCAL = AF_UNIX
del _enum

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_LINGER = 13
SO_REUSEPORT = 15
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SO_ACCEPTCONN = 30
SOL_IP = 0
SOL_TCP = 6
SOL_UDP = 17
IPPROTO_IP = 0
IPPROTO_ICMP = 1
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPPROTO_RAW = 255
IP_TOS = 1
IP_TTL = 2
IP_MULTICAST_TTL = 33
IP_MULTICAST_LOOP = 34
IP_ADD_MEMBERSHIP = 35
IPV6_V6ONLY = 26
TCP_NODELAY = 1
TCP_MAXSEG = 2
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
INADDR_ANY = 0
INADDR_BROADCAST = 0xffffffff
INADDR_LOOPBACK = 0x7f000001
INADDR_NONE = 0xffffffff
EAI_AGAIN = -3
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_NONAME = -2
EAI_SERVICE = -8
EAI_SOCKTYPE = -7
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
NI_NOFQDN = 4
NI_NAMEREQD = 8
NI_DGRAM = 16
NI_MAXHOST = 1025
NI_MAXSERV = 32
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = 'socket'

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    # CPython takes a float as it is and anything else through __index__
    value = float(value) if isinstance(value, float) else float(_operator.index(value))
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def _enum_or_int(enum, value):
    try:
        return enum(value)
    except ValueError:
        return value


def _no_name():
    return gaierror(EAI_NONAME, 'Name or service not known')


def _is_ipv4(host):
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() and p.isascii() and int(p) < 256 for p in parts)


def _numeric_hosts(host, family):
    """The numeric addresses of `host` (a name or a number) for `family` (AF_UNSPEC: any)."""
    if isinstance(host, (bytes, bytearray)):
        host = host.decode('ascii')
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
    if _is_ipv4(host):
        found = [host]
    elif ':' in host:
        found = [inet_ntop(AF_INET6, inet_pton(AF_INET6, host.split('%')[0]))]
    elif host.lower() == 'localhost' or host.lower().endswith('.localhost'):
        found = ['127.0.0.1', '::1']
    else:
        found = _socket.resolve(host)
    if family == AF_INET:
        found = [a for a in found if ':' not in a]
    elif family == AF_INET6:
        found = [a for a in found if ':' in a]
    else:
        found = [a for a in found if ':' not in a] or found
    if not found:
        if family in (AF_INET, AF_INET6) and (':' in host or _is_ipv4(host)):
            raise gaierror(EAI_FAMILY, 'Address family for hostname not supported')
        raise _no_name()
    return found


def _sockaddr(family, address, fn):
    """`address` as the Java half takes it: numeric host and port, or a path."""
    if family == AF_UNIX:
        if isinstance(address, (bytes, bytearray)):
            return bytes(address).decode()
        if isinstance(address, str):
            return address
        raise TypeError('%s(): a bytes-like object is required, not %r' % (fn, type(address).__name__))
    name = 'AF_INET' if family == AF_INET else 'AF_INET6'
    if not isinstance(address, tuple):
        raise TypeError('%s(): %s address must be tuple, not %s' % (fn, name, type(address).__name__))
    if family == AF_INET and len(address) != 2 or family == AF_INET6 and not 2 <= len(address) <= 4:
        raise TypeError('%s address must be a pair (host, port)' % name)
    host, port = address[0], address[1]
    if not isinstance(host, (str, bytes, bytearray)):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if not 0 <= port <= 65535:
        raise OverflowError('%s(): port must be 0-65535.' % fn)
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode()
    if host in ('', '<broadcast>'):
        return (host, port)
    return (_numeric_hosts(host, family)[0], port)


# the option numbers Linux knows at each level; others are ENOPROTOOPT, as the kernel answers
_OPTION_RANGES = {SOL_SOCKET: 76, IPPROTO_IP: 50, IPPROTO_TCP: 37, IPPROTO_UDP: 103, IPPROTO_IPV6: 80}


def _check_option(level, optname):
    top = _OPTION_RANGES.get(level)
    if top is not None and not 1 <= optname <= top and not (level == IPPROTO_IP and optname == 0):
        _raise_errno(92)


def _raise_errno(err):
    raise OSError(err, os.strerror(err))


class SocketType:
    """The base of socket.socket, as _socket.socket is in CPython."""

    __slots__ = ()


SocketType.__name__ = SocketType.__qualname__ = 'socket'
SocketType.__module__ = '_socket'


class socket(SocketType):
    """A network socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)."""

    __slots__ = ['__weakref__', '_h', '_family', '_type', '_proto', '_timeout', '_io_refs', '_closed',
                 '_opts']

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            handle = _socket.handle_of(fileno) if isinstance(fileno, int) else fileno
            if not isinstance(handle, _socket.handle):
                _raise_errno(9)
            if family == -1:
                family = handle.family_number()
            if type == -1:
                type = handle.kind_number()
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        if family not in (AF_INET, AF_INET6, AF_UNIX):
            _raise_errno(97)
        if kind not in (SOCK_STREAM, SOCK_DGRAM):
            _raise_errno(93 if kind == SOCK_RAW else 94)
        if fileno is None:
            handle = _socket.open(family, kind)
        self._h = handle
        self._family = family
        self._type = kind
        self._proto = proto
        self._io_refs = 0
        self._closed = False
        self._opts = {}
        self._timeout = None
        self.settimeout(0.0 if type & SOCK_NONBLOCK else _default_timeout)

    @property
    def family(self):
        return _enum_or_int(AddressFamily, self._family)

    @property
    def type(self):
        return _enum_or_int(SocketKind, self._type)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            self.__class__.__module__, self.__class__.__qualname__, ' [closed]' if closed else '',
            self.fileno(), self._family, self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ', laddr=%s' % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ', raddr=%s' % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    def fileno(self):
        return self._h.fileno()

    def dup(self):
        raise OSError(95, 'Operation not supported')

    def detach(self):
        self._closed = True
        return self._h.detach()

    def _real_close(self):
        self._h.close()

    def close(self):
        # CPython waits for the makefile() objects to close too; they close when the last reference
        # goes, which a garbage-collected runtime cannot tell, so the socket closes now
        self._closed = True
        self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def bind(self, address):
        self._h.bind(_sockaddr(self._family, address, 'bind'))

    def listen(self, backlog=128):
        self._h.listen()

    def accept(self):
        handle, addr = self._h.accept()
        sock = socket(self._family, self._type, self._proto, fileno=handle)
        if addr is None:
            addr = ''
        return sock, addr

    def _accept(self):
        return self._h.accept()

    def connect(self, address):
        err = self._h.connect(_sockaddr(self._family, address, 'connect'))
        if err:
            _raise_errno(err)

    def connect_ex(self, address):
        return self._h.connect(_sockaddr(self._family, address, 'connect_ex'))

    def send(self, data, flags=0):
        return self._h.send(data)

    def sendall(self, data, flags=0):
        self._h.sendall(data)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address = flags_or_address
        return self._h.sendto(data, _sockaddr(self._family, address, 'sendto'))

    def recv(self, bufsize, flags=0):
        return self._h.recv(bufsize)

    def recvfrom(self, bufsize, flags=0):
        return self._h.recvfrom(bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast('B')
        if nbytes < 0:
            raise ValueError('negative buffersize in recv_into')
        if nbytes == 0:
            nbytes = len(view)
        elif nbytes > len(view):
            raise ValueError('buffer too small for requested bytes')
        data = self._h.recv(nbytes)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast('B')
        if nbytes == 0:
            nbytes = len(view)
        data, addr = self._h.recvfrom(nbytes)
        view[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        self._h.shutdown(how)

    def getsockname(self):
        return self._h.getsockname()

    def getpeername(self):
        return self._h.getpeername()

    def settimeout(self, value):
        value = _check_timeout(value)
        self._timeout = value
        self._h.settimeout(-1 if value is None else int(value * 1e9))

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, level, optname, value, optlen=None):
        _check_option(level, optname)
        if isinstance(value, (bytes, bytearray)):
            self._opts[(level, optname)] = bytes(value)
            return
        if not self._h.setopt(level, optname, value):
            self._opts[(level, optname)] = value

    def getsockopt(self, level, optname, buflen=None):
        if level == SOL_SOCKET and optname == SO_TYPE:
            return self._type
        if level == SOL_SOCKET and optname == SO_ERROR:
            return self._h.pending_error()
        _check_option(level, optname)
        value = self._h.getopt(level, optname)
        if value is None:
            value = self._opts.get((level, optname), 0)
        if buflen is not None and isinstance(value, int):
            return value.to_bytes(4, 'little')[:buflen]
        return value

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        pass

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        writing = 'w' in mode
        reading = 'r' in mode or not writing
        binary = 'b' in mode
        rawmode = ('r' if reading else '') + ('w' if writing else '')
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError('unbuffered streams must be binary')
            return raw
        if reading and writing:
            buffer = _RWPair(raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        try:
            text.mode = mode
        except AttributeError:
            pass  # Weft's TextIOWrapper reports its buffer's mode
        return text

    def sendfile(self, file, offset=0, count=None):
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            chunk = file.read(8192 if count is None else min(8192, count - total))
            if not chunk:
                break
            self.sendall(chunk)
            total += len(chunk)
        return total



class SocketIO(io.RawIOBase):
    """The raw stream under socket.makefile(): reads and writes go straight to the socket."""

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError('invalid mode: %r' % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if 'b' not in mode:
            mode += 'b'
        self._mode = mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._timeout_occurred = False

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readinto(self, b):
        self._check_not_closed()
        if self._timeout_occurred:
            raise OSError('cannot read from timed out object')
        view = memoryview(b).cast('B')
        try:
            data = self._sock._h.recv(len(view))
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except BlockingIOError:
            return None
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_not_closed()
        try:
            return self._sock._h.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return False

    def fileno(self):
        self._check_not_closed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


class _RWPair(io.BufferedIOBase):
    """What io.BufferedRWPair(raw, raw) gives makefile('rw'): a reader and a writer over one raw stream."""

    def __init__(self, raw, buffer_size):
        self.raw = raw
        self._reader = io.BufferedReader(raw, buffer_size)
        self._writer = io.BufferedWriter(raw, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def peek(self, size=0):
        return self._reader.peek(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        try:
            self._writer.flush()
        finally:
            self.raw.close()


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, fd)


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    if family != AF_UNIX:
        _raise_errno(95)  # Linux's socketpair(2) makes AF_UNIX pairs only
    if type != SOCK_STREAM:
        _raise_errno(95)
    h1, h2 = _socket.socketpair(family)
    return (socket(family, type, proto, fileno=h1), socket(family, type, proto, fileno=h2))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for family, kind, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise OSError(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


_SERVICES = {'echo': 7, 'discard': 9, 'daytime': 13, 'ftp-data': 20, 'ftp': 21, 'ssh': 22, 'telnet': 23,
             'smtp': 25, 'domain': 53, 'http': 80, 'pop3': 110, 'nntp': 119, 'ntp': 123, 'imap': 143,
             'snmp': 161, 'ldap': 389, 'https': 443, 'submission': 587, 'imaps': 993, 'pop3s': 995,
             'mysql': 3306, 'postgresql': 5432}


def getservbyname(servicename, protocolname=None):
    try:
        return _SERVICES[servicename]
    except KeyError:
        raise OSError('service/proto not found') from None


def getservbyport(port, protocolname=None):
    if not 0 <= port <= 65535:
        raise OverflowError('getservbyport: port must be 0-65535.')
    for name, number in _SERVICES.items():
        if number == port:
            return name
    raise OSError('port/proto not found')


def _port_number(port):
    if port is None:
        return 0
    if isinstance(port, int):
        return port
    if isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode()
    if isinstance(port, str):
        if port.isdigit():
            return int(port)
        if port in _SERVICES:
            return _SERVICES[port]
        raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
    raise OSError('Int or String expected')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    port = _port_number(port)
    if host is None:
        if flags & AI_PASSIVE:
            hosts = ['0.0.0.0', '::']
        else:
            hosts = ['127.0.0.1', '::1']
        if family == AF_INET:
            hosts = hosts[:1]
        elif family == AF_INET6:
            hosts = hosts[1:]
        else:
            hosts = hosts[:1] if not flags & AI_PASSIVE else hosts
    else:
        hosts = _numeric_hosts(host, family)
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP), (SOCK_RAW, 0)]
    if type:
        kinds = [(k, p) for k, p in kinds if k == type] or [(type, proto)]
    if proto:
        kinds = [(k, p) for k, p in kinds if p == proto]
    canon = ''
    if flags & AI_CANONNAME and host is not None:
        canon = host if not isinstance(host, (bytes, bytearray)) else host.decode()
    result = []
    for h in hosts:
        fam = AF_INET6 if ':' in h else AF_INET
        sa = (h, port, 0, 0) if fam == AF_INET6 else (h, port)
        for kind, pr in kinds:
            result.append((AddressFamily(fam), _enum_or_int(SocketKind, kind), pr, canon, sa))
            canon = ''
    return result


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return _numeric_hosts(hostname, AF_INET)[0]


def gethostbyname_ex(hostname):
    return (hostname, [], _numeric_hosts(hostname, AF_INET))


def gethostbyaddr(ip_address):
    ip = _numeric_hosts(ip_address, 0)[0]
    if ip in ('127.0.0.1', '::1'):
        return ('localhost', [], [ip])
    name = _socket.canonical(ip)
    if name == ip:
        raise herror(1, 'Unknown host')
    return (name, [], [ip])


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


def getnameinfo(sockaddr, flags):
    host, port = sockaddr[0], sockaddr[1]
    if not flags & NI_NUMERICHOST:
        try:
            host = gethostbyaddr(host)[0]
        except OSError:
            pass
    serv = str(port)
    if not flags & NI_NUMERICSERV:
        try:
            serv = getservbyport(port)
        except OSError:
            pass
    return (host, serv)


def inet_aton(ip_string):
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_string).__name__)
    parts = ip_string.split('.')
    try:
        if not 1 <= len(parts) <= 4 or not all(parts):
            raise ValueError
        nums = [int(p, 0) if not (len(p) > 1 and p[0] == '0' and p[1] not in 'xX') else int(p, 8)
                for p in parts]
        value = 0
        for n in nums[:-1]:
            if not 0 <= n <= 255:
                raise ValueError
            value = value * 256 + n
        last = nums[-1]
        if not 0 <= last < 256 ** (5 - len(nums)):
            raise ValueError
        value = value * 256 ** (5 - len(nums)) + last
        return value.to_bytes(4, 'big')
    except ValueError:
        raise OSError('illegal IP address string passed to inet_aton') from None


def inet_ntoa(packed_ip):
    packed_ip = bytes(packed_ip)
    if len(packed_ip) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(packed_ip)


def inet_pton(address_family, ip_string):
    if address_family == AF_INET:
        if not _is_ipv4(ip_string) or any(len(p) > 1 and p[0] == '0' for p in ip_string.split('.')):
            raise OSError('illegal IP address string passed to inet_pton')
        return bytes(int(p) for p in ip_string.split('.'))
    if address_family == AF_INET6:
        import ipaddress
        try:
            return ipaddress.IPv6Address(ip_string).packed
        except ValueError:
            raise OSError('illegal IP address string passed to inet_pton') from None
    raise OSError(97, os.strerror(97))


def inet_ntop(address_family, packed_ip):
    packed_ip = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed_ip) != 4:
            raise ValueError('invalid length of packed IP address string')
        return inet_ntoa(packed_ip)
    if address_family == AF_INET6:
        if len(packed_ip) != 16:
            raise ValueError('invalid length of packed IP address string')
        if packed_ip[:12] == bytes(10) + b'\xff\xff':
            return '::ffff:' + inet_ntoa(packed_ip[12:])
        import ipaddress
        return ipaddress.IPv6Address(packed_ip).compressed
    raise ValueError('unknown address family %d' % address_family)


def _swap(x, width, fn):
    """Byte-swaps a 16- or 32-bit value, with the OverflowErrors of CPython's argument conversions."""
    x = _operator.index(x)
    if width == 2:
        if x < 0:
            raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % fn)
        if x >= 1 << 63:
            raise OverflowError('Python int too large to convert to C long')
        if x >= 1 << 31:
            raise OverflowError('signed integer is greater than maximum')
        if x >= 1 << 16:
            raise OverflowError('%s: Python int too large to convert to C 16-bit unsigned integer' % fn)
    else:
        if x < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if x >= 1 << 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if x >= 1 << 32:
            raise OverflowError('int larger than 32 bits')
    return int.from_bytes(x.to_bytes(width, 'little'), 'big')


def htons(x):
    return _swap(x, 2, 'htons')


def ntohs(x):
    return _swap(x, 2, 'ntohs')


def htonl(x):
    return _swap(x, 4, 'htonl')


def ntohl(x):
    return _swap(x, 4, 'ntohl')


# CPython's socket methods below are _socket.socket's, written in C: tracebacks, sys.settrace and
# sys.setprofile show no frame of them, nor of the helpers here that stand in for C code.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(
    globals(), 'getdefaulttimeout', 'setdefaulttimeout', '_check_timeout', '_enum_or_int', '_no_name',
    '_is_ipv4', '_numeric_hosts', '_sockaddr', '_check_option', '_raise_errno') | _weft_hidden.module_code(
    {'__file__': __file__, **{n: socket.__dict__[n] for n in (
        'fileno', '_accept', 'bind', 'listen', 'connect', 'connect_ex', 'send', 'sendall', 'sendto', 'recv',
        'recvfrom', 'recv_into', 'recvfrom_into', 'shutdown', 'getsockname', 'getpeername', 'settimeout',
        'gettimeout', 'setblocking', 'getblocking', 'setsockopt', 'getsockopt', 'proto', 'timeout')}})
del _weft_hidden
