# A TCP echo server in a thread and a client in the main thread, on an ephemeral port.
import socket
import threading

ready = threading.Event()
address = {}


def server():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind(('127.0.0.1', 0))
        srv.listen()
        address['port'] = srv.getsockname()[1]
        ready.set()
        conn, addr = srv.accept()
        with conn:
            print('server: connection from', addr[0])
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data)
        print('server: client went away')


t = threading.Thread(target=server)
t.start()
ready.wait()
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(('127.0.0.1', address['port']))
    for word in ['hello', 'threads', 'and', 'sockets']:
        c.sendall(word.encode())
        reply = c.recv(1024)
        print('client got', reply)
t.join()
print('done')
