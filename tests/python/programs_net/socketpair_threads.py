# A producer thread writes numbers into one end of a socketpair; the consumer sums them.
import socket
import struct
import threading

left, right = socket.socketpair()
COUNT = 1000


def producer():
    with left:
        for i in range(COUNT):
            left.sendall(struct.pack('!I', i))


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return bytes(buf)
        buf += chunk
    return bytes(buf)


t = threading.Thread(target=producer)
t.start()
total = 0
received = 0
with right:
    while True:
        raw = recv_exact(right, 4)
        if len(raw) < 4:
            break
        total += struct.unpack('!I', raw)[0]
        received += 1
t.join()
print(received, total, total == sum(range(COUNT)))
