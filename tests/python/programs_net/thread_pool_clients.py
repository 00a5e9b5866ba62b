# Many clients from a ThreadPoolExecutor against a ThreadingTCPServer that computes squares.
import concurrent.futures
import socket
import socketserver
import threading


class Square(socketserver.BaseRequestHandler):
    def handle(self):
        n = int(self.request.recv(32))
        self.request.sendall(str(n * n).encode())


server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Square)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
port = server.server_address[1]


def ask(n):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(str(n).encode())
        c.shutdown(socket.SHUT_WR)
        return int(c.recv(32))


with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(ask, range(20)))
print(results)
print(results == [n * n for n in range(20)])
server.shutdown()
t.join()
server.server_close()
