# Binding a port that a listening socket holds: [Errno 98] Address already in use.
import socket

a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
port = a.getsockname()[1]
b = socket.socket()
try:
    b.bind(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
finally:
    b.close()
try:
    socket.create_server(('127.0.0.1', port))
except OSError as e:
    print('create_server:', str(e).replace(str(port), 'PORT'))
a.close()
try:
    socket.socket().bind(('127.0.0.1', 70000))
except OverflowError as e:
    print('OverflowError', e)
try:
    socket.socket().bind('127.0.0.1')
except TypeError as e:
    print('TypeError', e)
