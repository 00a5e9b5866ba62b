# Name resolution that needs no network: numeric hosts and localhost; gaierror for the rest.
import socket

for family, kind, proto, canon, addr in socket.getaddrinfo('127.0.0.1', 80):
    print(family, kind, proto, repr(canon), addr)
print(socket.getaddrinfo('localhost', 8080, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
print(socket.gethostbyname_ex('127.0.0.1'))
print(isinstance(socket.gethostname(), str), len(socket.gethostname()) > 0)
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(443))
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print(e)
