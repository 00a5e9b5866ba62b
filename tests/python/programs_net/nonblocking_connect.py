# A non-blocking connect: BlockingIOError EINPROGRESS, then select() says writable.
import errno
import select
import socket

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
c = socket.socket()
c.setblocking(False)
try:
    c.connect(('127.0.0.1', port))
    print('connected at once')
except BlockingIOError as e:
    print('in progress:', errno.errorcode[e.errno])
r, w, x = select.select([], [c], [], 5)
print('writable', w == [c], 'SO_ERROR', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
c.setblocking(True)
c.sendall(b'after connect')
print(conn.recv(100))
try:
    conn.setblocking(False)
    conn.recv(100)
except BlockingIOError as e:
    print('nothing to read:', e.errno == errno.EAGAIN)
for s in (c, conn, srv):
    s.close()

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
dead = probe.getsockname()[1]
probe.close()
d = socket.socket()
d.setblocking(False)
print('connect_ex', errno.errorcode.get(d.connect_ex(('127.0.0.1', dead))))
select.select([], [d], [], 5)
print('SO_ERROR', errno.errorcode.get(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)))
d.close()
