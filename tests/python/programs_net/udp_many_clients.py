# One UDP server thread, several client threads each with its own socket; replies go to the sender.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
address = server.getsockname()
N, PER = 4, 5
stop = b'__stop__'


def serve():
    counts = {}
    while True:
        data, client = server.recvfrom(2048)
        if data == stop:
            break
        counts[client] = counts.get(client, 0) + 1
        server.sendto(b'%s #%d' % (data, counts[client]), client)


results = {}


def client(i):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        replies = []
        for j in range(PER):
            s.sendto(b'c%d-m%d' % (i, j), address)
            data, frm = s.recvfrom(2048)
            replies.append(data.decode())
        results[i] = replies


st = threading.Thread(target=serve)
st.start()
threads = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.sendto(stop, address)
st.join()
server.close()
for i in sorted(results):
    print(i, results[i])
