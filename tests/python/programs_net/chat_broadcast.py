# A chat server: every message from one client is broadcast to all clients, in arrival order.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
N = 3
clients = []
clients_lock = threading.Lock()
all_joined = threading.Barrier(2)


def serve_client(conn, name):
    f = conn.makefile('rb')
    for line in f:
        msg = b'[' + name.encode() + b'] ' + line
        with clients_lock:
            for c in clients:
                c.sendall(msg)
    f.close()


def acceptor():
    workers = []
    for i in range(N):
        conn, _ = srv.accept()
        with clients_lock:
            clients.append(conn)
        w = threading.Thread(target=serve_client, args=(conn, 'user%d' % i))
        w.start()
        workers.append(w)
    all_joined.wait()
    for w in workers:
        w.join()
    for c in clients:
        c.close()


acc = threading.Thread(target=acceptor)
acc.start()
socks = []
for i in range(N):
    s = socket.create_connection(('127.0.0.1', port))
    socks.append(s)
    # wait until the server has registered this client before the next one connects
    while True:
        with clients_lock:
            if len(clients) == i + 1:
                break
all_joined.wait()
files = [s.makefile('rb') for s in socks]
for turn in range(2):
    for i, s in enumerate(socks):
        s.sendall(b'message %d from client %d\n' % (turn, i))
        # every client sees the broadcast before the next one speaks
        lines = [f.readline().decode().rstrip() for f in files]
        assert len(set(lines)) == 1, lines
        print(lines[0])
for s in socks:
    s.shutdown(socket.SHUT_WR)
acc.join()
for f in files:
    print('left over:', f.read())
    f.close()
for s in socks:
    s.close()
srv.close()
