# accept() with a timeout on a listening socket, and a server loop that checks a stop flag.
import socket
import threading

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout as e:
    print('accept timed out:', e)

stop = threading.Event()
served = []


def loop():
    while not stop.is_set():
        try:
            conn, _ = srv.accept()
        except TimeoutError:
            continue
        with conn:
            served.append(conn.recv(10))
            print('accepted socket timeout', conn.gettimeout())


t = threading.Thread(target=loop)
t.start()
port = srv.getsockname()[1]
for msg in (b'one', b'two'):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(msg)
        c.recv(1)  # the server closes: b''
stop.set()
t.join()
srv.close()
print(served)
