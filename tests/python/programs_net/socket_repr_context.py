# repr of sockets before binding and after closing, fileno, and the context manager.
import socket

s = socket.socket()
print(repr(s).split(' laddr')[0])
print(isinstance(s.fileno(), int) and s.fileno() >= 0)
with s:
    print('inside', s.fileno() >= 0)
print(repr(s))
print(s.fileno())
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(repr(u).replace(str(u.fileno()), 'N'))
u.close()
print(repr(u))
s.close()  # closing twice is fine
try:
    s.getsockname()
except OSError as e:
    print('OSError', e)
