# recvfrom on a UDP socket with a timeout: socket.timeout is TimeoutError in 3.10+.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
s.settimeout(0.1)
print('timeout is', s.gettimeout())
try:
    s.recvfrom(100)
except socket.timeout as e:
    print('caught', type(e).__name__, '-', e, '- errno', e.errno)
print(socket.timeout is TimeoutError, issubclass(socket.timeout, OSError))
s.setblocking(False)
print('non-blocking timeout', s.gettimeout(), s.getblocking())
try:
    s.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e.strerror)
s.close()
