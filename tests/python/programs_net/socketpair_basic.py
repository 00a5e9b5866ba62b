# socketpair(): two connected sockets, AF_UNIX by default on Linux.
import socket

a, b = socket.socketpair()
print(a.family, b.type, repr(a.family), repr(b.type))
print(a.getsockname() == '', a.getpeername() == '')
a.sendall(b'ping')
print(b.recv(10))
b.sendall(b'pong')
print(a.recv(10))
a.shutdown(socket.SHUT_WR)
print('after shutdown:', b.recv(10))
a.close()
b.close()
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print('AF_INET pair:', e)
