# UDP ping-pong: the server answers each datagram with PONG and its sequence number.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
addr = server.getsockname()
print(server.type, server.family, server.proto)


def pong():
    for _ in range(5):
        data, client = server.recvfrom(1024)
        seq = data.split()[1]
        server.sendto(b'PONG ' + seq, client)


t = threading.Thread(target=pong)
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(5)
for seq in range(5):
    client.sendto(b'PING %d' % seq, addr)
    reply, frm = client.recvfrom(1024)
    print(reply.decode(), frm == addr)
t.join()
client.close()
server.close()
