# create_server / create_connection and socket options that programs commonly set and read.
import socket

srv = socket.create_server(('127.0.0.1', 0), backlog=5)
print('SO_REUSEADDR on:', srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print('SO_TYPE', srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
port = srv.getsockname()[1]
c = socket.create_connection(('localhost', port), timeout=3)
conn, _ = srv.accept()
print('client timeout', c.gettimeout(), 'accepted timeout', conn.gettimeout())
print('TCP_NODELAY before', c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print('TCP_NODELAY after', c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print('SO_KEEPALIVE', c.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
fresh = socket.socket()
print('fresh SO_REUSEADDR', fresh.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
fresh.close()
print('peer matches', c.getpeername() == conn.getsockname(), conn.getpeername() == c.getsockname())
for s in (c, conn, srv):
    s.close()
