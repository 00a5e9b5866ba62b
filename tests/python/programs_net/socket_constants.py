# Socket constants and their enums, as 3.11 prints them.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
print(socket.AddressFamily(2), socket.SocketKind(1).name, int(socket.AF_INET6))
print(isinstance(socket.AF_INET, int), socket.AF_INET == 2)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.SO_RCVBUF, socket.SO_SNDBUF)
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.socket.__module__, socket.SocketType is socket.socket)
print(hex(socket.INADDR_LOOPBACK), socket.INADDR_ANY, socket.has_ipv6)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.family, s.type, s.proto, type(s.family).__name__, type(s.type).__name__)
s.close()
