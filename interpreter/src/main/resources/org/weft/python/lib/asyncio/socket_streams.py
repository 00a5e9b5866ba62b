"""Network streams for asyncio: open_connection() and start_server() over Weft's sockets.

Weft's event loop has no selector, so a connection's reading runs in a thread of its own that
feeds the StreamReader through call_soon_threadsafe (as the pipes of asyncio.subprocess are fed),
and a server accepts in a thread that starts a task per client. Writes go to the socket at once
(sendall), so drain() never has to wait. Programs see CPython's API: StreamReader/StreamWriter
pairs, a Server with close/wait_closed/serve_forever/sockets and its async context manager.
"""

__all__ = ('open_connection', 'start_server', 'open_unix_connection', 'start_unix_server', 'Server')

import select

import socket
import threading

from . import events
from . import exceptions
from . import streams
from . import tasks
from . import transports

_DEFAULT_LIMIT = streams._DEFAULT_LIMIT


class _SocketTransport(transports.Transport):
    """A connected socket as a transport: write/writelines/write_eof/close, extra info. With a
    protocol, its reading thread calls data_received, eof_received and connection_lost on the loop."""

    def __init__(self, sock, loop, protocol=None):
        extra = {'socket': sock}
        try:
            extra['sockname'] = sock.getsockname()
        except OSError:
            extra['sockname'] = None
        try:
            extra['peername'] = sock.getpeername()
        except OSError:
            extra['peername'] = None
        super().__init__(extra)
        self._sock = sock
        self._loop = loop
        self._closing = False
        self._protocol = protocol
        self._pump_done = False
        self._lost = False
        self._fd = sock.fileno()

    def __repr__(self):
        state = 'closing' if self._closing else 'open'
        return f'<_SelectorSocketTransport fd={self._fd} {state}>'

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_reading(self):
        return not self._closing and not self._pump_done

    def pause_reading(self):
        pass

    def resume_reading(self):
        pass

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._closing or not data:
            return
        try:
            self._sock.sendall(data)
        except OSError:
            self._closing = True  # the peer is gone: drain() reports it

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        try:
            self._sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._closing = True
            self._sock.close()
            self._maybe_lost(None)

    def abort(self):
        self.close()

    def get_write_buffer_size(self):
        return 0

    # ----- the protocol's side, on the loop

    def _start_protocol(self):
        self._protocol.connection_made(self)
        threading.Thread(target=self._pump, daemon=True, name='asyncio-socket-reader').start()

    def _pump(self):
        exc = None
        try:
            while True:
                data = self._sock.recv(_DEFAULT_LIMIT)
                if not data:
                    break
                _call(self._loop, self._data_received, data)
        except OSError as e:
            exc = e
        _call(self._loop, self._pump_ended, exc)

    def _data_received(self, data):
        if not self._closing:
            self._protocol.data_received(data)

    def _pump_ended(self, exc):
        self._pump_done = True
        if self._closing:
            self._maybe_lost(None)
        elif exc is not None:
            self._closing = True
            self._sock.close()
            self._maybe_lost(exc)
        else:
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()

    def _maybe_lost(self, exc):
        if self._protocol is not None and self._closing and self._pump_done and not self._lost:
            self._lost = True
            self._loop.call_soon(self._protocol.connection_lost, exc)


class _DatagramTransport(transports.DatagramTransport):
    """A datagram socket as a transport: sendto; its reading thread calls datagram_received."""

    def __init__(self, sock, loop, protocol, address=None):
        super().__init__({'socket': sock, 'sockname': sock.getsockname(), 'peername': address})
        self._sock = sock
        self._loop = loop
        self._protocol = protocol
        self._address = address
        self._closing = False

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return 0

    def sendto(self, data, addr=None):
        if self._closing:
            return
        try:
            if addr is None:
                if self._address is None:
                    raise ValueError('Invalid address: must be None or (host, port)')
                self._sock.send(data)
            else:
                self._sock.sendto(data, addr)
        except OSError as exc:
            self._protocol.error_received(exc)

    def close(self):
        if not self._closing:
            self._closing = True
            self._sock.close()
            self._loop.call_soon(self._protocol.connection_lost, None)

    def abort(self):
        self.close()

    def _start_protocol(self):
        self._protocol.connection_made(self)
        threading.Thread(target=self._pump, daemon=True, name='asyncio-datagram-reader').start()

    def _pump(self):
        try:
            while True:
                data, addr = self._sock.recvfrom(65536)
                _call(self._loop, self._datagram_received, data, addr)
        except OSError:
            pass

    def _datagram_received(self, data, addr):
        if not self._closing:
            self._protocol.datagram_received(data, addr)


def _call(loop, callback, *args):
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        pass  # the loop is closed: nobody reads any more


def _pump(sock, reader, loop, limit):
    """The reading thread of one connection: data to the reader until EOF or close."""
    try:
        while True:
            data = sock.recv(limit)
            if not data:
                break
            _call(loop, reader.feed_data, data)
    except OSError:
        pass
    finally:
        _call(loop, reader.feed_eof)


def _streams_for(sock, loop, limit):
    sock.settimeout(None)
    reader = streams.StreamReader(limit=limit, loop=loop)
    transport = _SocketTransport(sock, loop)
    reader.set_transport(transport)
    writer = streams.StreamWriter(transport, None, reader, loop)
    threading.Thread(target=_pump, args=(sock, reader, loop, limit), daemon=True,
                     name='asyncio-socket-reader').start()
    return reader, writer


def _connect(host, port, local_addr):
    errors = []
    for family, kind, proto, _, address in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        s = socket.socket(family, kind, proto)
        try:
            if local_addr:
                s.bind(local_addr)
            s.connect(address)
            return s
        except OSError as err:
            s.close()
            # CPython's message for a failed connect (selector_events.sock_connect)
            errors.append(OSError(err.errno, f'Connect call failed {address}'))
    if len(errors) == 1:
        raise errors[0]
    raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, ssl=None, family=0, proto=0,
                          flags=0, sock=None, local_addr=None, server_hostname=None, **kwds):
    """Connect to host:port; return a (StreamReader, StreamWriter) pair."""
    if ssl:
        raise NotImplementedError('ssl is not available in Weft')
    loop = events.get_running_loop()
    if sock is None:
        sock = await _in_thread(loop, _connect, host, port, local_addr)
    return _streams_for(sock, loop, limit)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()

    def connect():
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(path)
        except BaseException:
            s.close()
            raise
        return s
    sock = await _in_thread(loop, connect)
    return _streams_for(sock, loop, limit)


class Server:
    """A listening server: each client runs client_connected_cb(reader, writer) in a task."""

    def __init__(self, loop, socks, client_connected_cb, limit, protocol_factory=None):
        self._loop = loop
        self._sockets = list(socks)
        self._callback = client_connected_cb
        self._limit = limit
        self._protocol_factory = protocol_factory
        self._serving = False
        self._closed = threading.Event()
        self._serving_forever_fut = None
        self._threads = []
        self._active = set()

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    @property
    def sockets(self):
        return tuple(self._sockets)

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for s in self._sockets:
            t = threading.Thread(target=self._accept_loop, args=(s,), daemon=True, name='asyncio-server')
            t.start()
            self._threads.append(t)

    def _accept_loop(self, listener):
        while not self._closed.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            _call(self._loop, self._client_connected, conn)

    def _client_connected(self, conn):
        if self._closed.is_set():
            conn.close()
            return
        if self._protocol_factory is not None:
            conn.settimeout(None)
            _SocketTransport(conn, self._loop, self._protocol_factory())._start_protocol()
            return
        reader, writer = _streams_for(conn, self._loop, self._limit)
        res = self._callback(reader, writer)
        if not (hasattr(res, '__await__') or hasattr(res, 'send')):
            return
        task = tasks.ensure_future(res, loop=self._loop)
        self._active.add(task)
        task.add_done_callback(self._client_done)

    def _client_done(self, task):
        self._active.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': task.exception(),
                'transport': None,
            })

    def close(self):
        if self._closed.is_set():
            return
        self._closed.set()
        self._serving = False
        for s in self._sockets:
            s.close()
        self._sockets = []
        fut = self._serving_forever_fut
        if fut is not None and not fut.done():
            fut.cancel()
            self._serving_forever_fut = None

    async def wait_closed(self):
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._closed.is_set():
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _listeners(host, port, sock, backlog, reuse_address):
    if sock is not None:
        return [sock]
    hosts = [host] if isinstance(host, str) or host is None else list(host)
    socks = []
    for h in hosts:
        s = socket.socket(socket.AF_INET6 if h and ':' in h else socket.AF_INET, socket.SOCK_STREAM)
        try:
            if reuse_address is not False:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((h or '', port or 0))
            except OSError as err:
                raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                              % ((h or '0.0.0.0', port or 0), err.strerror.lower())) from None
            s.listen(backlog)
        except BaseException:
            s.close()
            for other in socks:
                other.close()
            raise
        socks.append(s)
    return socks


def _in_thread(loop, fn, *args):
    """A future of fn(*args) run in a daemon thread of its own (a blocking socket call)."""
    fut = loop.create_future()

    def settle(ok, value):
        if not fut.done():
            (fut.set_result if ok else fut.set_exception)(value)

    def run():
        try:
            result = fn(*args)
        except BaseException as exc:
            _call(loop, settle, False, exc)
        else:
            _call(loop, settle, True, result)
    threading.Thread(target=run, daemon=True, name='asyncio-socket-call').start()
    return fut


def _when_ready(sock, op, *args, write=False):
    """op(*args) on a non-blocking socket, waiting until it is ready (select) as often as needed."""
    while True:
        try:
            return op(*args)
        except (BlockingIOError, InterruptedError):
            select.select([] if write else [sock], [sock] if write else [], [])


def _connect_nonblocking(sock, address):
    err = sock.connect_ex(address)
    if err == 115:  # EINPROGRESS
        select.select([], [sock], [])
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        raise OSError(err, f'Connect call failed {address}')


class SocketLoopMixin:
    """The event loop's socket methods: sock_* calls, create_connection, create_server and
    create_datagram_endpoint with protocols. Each blocking wait runs in a thread of its own."""

    async def sock_recv(self, sock, nbytes):
        return await _in_thread(self, _when_ready, sock, sock.recv, nbytes)

    async def sock_recv_into(self, sock, buf):
        return await _in_thread(self, _when_ready, sock, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        return await _in_thread(self, _when_ready, sock, sock.recvfrom, bufsize)

    async def sock_sendall(self, sock, data):
        def sendall():
            view = memoryview(data).cast('B')
            while view:
                n = _when_ready(sock, sock.send, view, write=True)
                view = view[n:]
        return await _in_thread(self, sendall)

    async def sock_sendto(self, sock, data, address):
        return await _in_thread(self, _when_ready, sock, sock.sendto, data, address, write=True)

    async def sock_connect(self, sock, address):
        return await _in_thread(self, _connect_nonblocking, sock, address)

    async def sock_accept(self, sock):
        return await _in_thread(self, _when_ready, sock, sock.accept)

    async def create_connection(self, protocol_factory, host=None, port=None, *, sock=None, local_addr=None,
                                ssl=None, **kwds):
        if ssl:
            raise NotImplementedError('ssl is not available in Weft')
        if sock is None:
            sock = await _in_thread(self, _connect, host, port, local_addr)
        sock.settimeout(None)
        transport = _SocketTransport(sock, self, protocol_factory())
        transport._start_protocol()
        return transport, transport.get_protocol()

    async def create_server(self, protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                            flags=socket.AI_PASSIVE, sock=None, backlog=100, ssl=None, reuse_address=None,
                            reuse_port=None, start_serving=True, **kwds):
        if ssl:
            raise NotImplementedError('ssl is not available in Weft')
        server = Server(self, _listeners(host, port, sock, backlog, reuse_address), None, _DEFAULT_LIMIT,
                        protocol_factory)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0, reuse_port=None, allow_broadcast=None,
                                       sock=None):
        if sock is None:
            sock = socket.socket(socket.AF_INET6 if family == socket.AF_INET6 else socket.AF_INET,
                                 socket.SOCK_DGRAM)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            if local_addr:
                sock.bind(local_addr)
            if remote_addr:
                sock.connect(remote_addr)
        transport = _DatagramTransport(sock, self, protocol_factory(), remote_addr)
        transport._start_protocol()
        return transport, transport.get_protocol()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None, backlog=100,
                       ssl=None, reuse_address=None, reuse_port=None, start_serving=True, **kwds):
    """Start a TCP server; client_connected_cb(reader, writer) runs for each client."""
    if ssl:
        raise NotImplementedError('ssl is not available in Weft')
    loop = events.get_running_loop()
    socks = _listeners(host, port, sock, backlog, reuse_address)
    server = Server(loop, socks, client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)
    return server


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, sock=None,
                            backlog=100, start_serving=True, **kwds):
    loop = events.get_running_loop()
    if sock is None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
            sock.listen(backlog)
        except BaseException:
            sock.close()
            raise
    server = Server(loop, [sock], client_connected_cb, limit)
    if start_serving:
        server._start_serving()
        await tasks.sleep(0)
    return server
