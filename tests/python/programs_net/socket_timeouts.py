# Timeouts on a connected socket: settimeout, a recv that times out, then data that arrives.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
go = threading.Event()


def server():
    conn, _ = srv.accept()
    with conn:
        go.wait()
        conn.sendall(b'late data')
        conn.recv(10)  # wait for the client to close


t = threading.Thread(target=server)
t.start()
print('default timeout', socket.getdefaulttimeout())
c = socket.create_connection(('127.0.0.1', port), timeout=0.2)
print('timeout', c.gettimeout(), 'blocking', c.getblocking())
try:
    c.recv(100)
except TimeoutError as e:
    print('recv:', repr(e))
go.set()
c.settimeout(None)
print('timeout', c.gettimeout(), 'blocking', c.getblocking())
print(c.recv(100))
try:
    c.settimeout(-1)
except ValueError as e:
    print('ValueError', e)
try:
    c.settimeout('x')
except TypeError as e:
    print('TypeError', e)
c.close()
t.join()
srv.close()
