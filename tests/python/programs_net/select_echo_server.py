# A single-threaded echo server on select.select, serving client threads.
import select
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
srv.setblocking(False)
port = srv.getsockname()[1]
N = 4
results = {}


def client(i):
    with socket.create_connection(('127.0.0.1', port)) as c:
        msg = ('message %d' % i).encode()
        c.sendall(msg)
        got = b''
        while len(got) < len(msg):
            got += c.recv(100)
        results[i] = got.decode()


threads = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
inputs = [srv]
finished = 0
while finished < N:
    readable, _, _ = select.select(inputs, [], [], 5)
    for s in readable:
        if s is srv:
            conn, _ = srv.accept()
            inputs.append(conn)
        else:
            data = s.recv(100)
            if data:
                s.sendall(data)
            else:
                inputs.remove(s)
                s.close()
                finished += 1
for t in threads:
    t.join()
srv.close()
for i in sorted(results):
    print(i, results[i])
