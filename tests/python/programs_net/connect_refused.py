# Connecting to a port nobody listens on: ConnectionRefusedError, and connect_ex's errno.
import errno
import socket

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()  # now nothing listens there

try:
    socket.create_connection(('127.0.0.1', port), timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
    print('errno', e.errno, errno.errorcode[e.errno], e.strerror)

with socket.socket() as s:
    code = s.connect_ex(('127.0.0.1', port))
    print('connect_ex ->', code, errno.errorcode.get(code))

try:
    with socket.socket() as s:
        s.connect(('127.0.0.1', port))
except OSError as e:
    print('OSError subclass:', type(e).__name__, isinstance(e, ConnectionError))
