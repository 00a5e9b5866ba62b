# A callback event loop on selectors.DefaultSelector: accept and read handlers in key.data.
import selectors
import socket
import threading

sel = selectors.DefaultSelector()
print(type(sel).__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)
srv = socket.create_server(('127.0.0.1', 0))
srv.setblocking(False)
port = srv.getsockname()[1]
closed = []


def accept(sock, mask):
    conn, _ = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn, mask):
    data = conn.recv(1000)
    if data:
        conn.sendall(data[::-1])
    else:
        sel.unregister(conn)
        conn.close()
        closed.append(1)


sel.register(srv, selectors.EVENT_READ, accept)
answers = []


def client(word):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(word.encode())
        answers.append(c.recv(1000).decode())


words = ['level', 'stressed', 'drawer', 'parts']
threads = [threading.Thread(target=client, args=(w,)) for w in words]
for t in threads:
    t.start()
while len(closed) < len(words):
    for key, mask in sel.select(timeout=5):
        key.data(key.fileobj, mask)
for t in threads:
    t.join()
print(sorted(answers))
print('registered now:', len(sel.get_map()))
sel.unregister(srv)
srv.close()
sel.close()
