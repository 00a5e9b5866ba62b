# What a closed socket does: fileno -1, EBADF for operations, close() twice is harmless.
import socket

a, b = socket.socketpair()
a.close()
print('fileno after close', a.fileno())
for name, call in [('send', lambda: a.send(b'x')), ('recv', lambda: a.recv(1)),
                   ('getpeername', a.getpeername), ('shutdown', lambda: a.shutdown(socket.SHUT_RDWR))]:
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror)
a.close()
print('peer reads EOF:', b.recv(10))
b.close()
s = socket.socket()
try:
    s.getpeername()
except OSError as e:
    print('unconnected getpeername:', e.errno, e.strerror)
try:
    s.recv(10)
except OSError as e:
    print('unconnected recv:', e.errno, e.strerror)
try:
    s.accept()
except OSError as e:
    print('accept without listen:', e.errno, e.strerror)
s.close()
