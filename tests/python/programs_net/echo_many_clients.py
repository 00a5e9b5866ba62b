# One server thread per connection; several client threads talk to it at once.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(16)
port = srv.getsockname()[1]
N = 6


def handle(conn):
    with conn:
        buf = b''
        while not buf.endswith(b'\n'):
            chunk = conn.recv(64)
            if not chunk:
                break
            buf += chunk
        conn.sendall(b'echo:' + buf)


def acceptor():
    workers = []
    for _ in range(N):
        conn, _ = srv.accept()
        w = threading.Thread(target=handle, args=(conn,))
        w.start()
        workers.append(w)
    for w in workers:
        w.join()


replies = []
lock = threading.Lock()


def client(i):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(('client %d says hi\n' % i).encode())
        data = b''
        while True:
            chunk = c.recv(64)
            if not chunk:
                break
            data += chunk
    with lock:
        replies.append(data.decode().strip())


a = threading.Thread(target=acceptor)
a.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in clients:
    t.start()
for t in clients:
    t.join()
a.join()
srv.close()
for r in sorted(replies):
    print(r)
print(len(replies), 'replies')
