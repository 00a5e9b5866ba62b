# An AF_UNIX stream server on a path in a temporary directory.
import os
import socket
import tempfile
import threading

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'server.sock')
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen()
    print('socket file exists:', os.path.exists(path))
    print('server name is the path:', srv.getsockname() == path)

    peers = []

    def serve():
        conn, addr = srv.accept()
        with conn:
            peers.append(addr)
            conn.sendall(conn.recv(100).replace(b'unix', b'UNIX'))

    t = threading.Thread(target=serve)
    t.start()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as c:
        c.connect(path)
        print('client peer is the path:', c.getpeername() == path)
        c.sendall(b'hello over a unix socket')
        print(c.recv(100))
    t.join()
    print('peer address:', repr(peers[0]))
    srv.close()
    os.unlink(path)
    try:
        socket.socket(socket.AF_UNIX).connect(path)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)
