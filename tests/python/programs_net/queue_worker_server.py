# An acceptor thread hands connections to a pool of worker threads through a queue.Queue.
import queue
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
jobs = queue.Queue()
done = []
done_lock = threading.Lock()
NCLIENTS = 8


def worker(wid):
    while True:
        conn = jobs.get()
        if conn is None:
            break
        with conn:
            text = conn.recv(100).decode()
            conn.sendall(str(len(text)).encode())
        with done_lock:
            done.append(text)


def acceptor():
    for _ in range(NCLIENTS):
        conn, _ = srv.accept()
        jobs.put(conn)


workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
acc = threading.Thread(target=acceptor)
acc.start()
answers = {}
for i in range(NCLIENTS):
    with socket.create_connection(('127.0.0.1', port)) as c:
        word = 'x' * (i + 1)
        c.sendall(word.encode())
        answers[word] = int(c.recv(10))
acc.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
srv.close()
print(sorted(answers.values()))
print(sorted(done) == sorted(answers))
