# socketserver.UDPServer with a DatagramRequestHandler, one request at a time.
import socket
import socketserver
import threading


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])


server = socketserver.UDPServer(('127.0.0.1', 0), Reverse)
print(server.socket_type, server.max_packet_size)


def serve(n):
    for _ in range(n):
        server.handle_request()


words = [b'socket', b'server', b'datagram']
t = threading.Thread(target=serve, args=(len(words),))
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for w in words:
    c.sendto(w, server.server_address)
    print(c.recvfrom(100)[0])
t.join()
c.close()
server.server_close()
