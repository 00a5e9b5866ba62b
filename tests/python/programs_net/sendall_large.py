# sendall of a megabyte through a socket while the peer reads it with recv_into.
import hashlib
import socket
import threading

payload = bytes(range(256)) * 4096  # 1 MiB
a, b = socket.socketpair()


def writer():
    a.sendall(payload)
    a.shutdown(socket.SHUT_WR)


t = threading.Thread(target=writer)
t.start()
buf = bytearray(65536)
view = memoryview(buf)
h = hashlib.sha256()
total = 0
reads = 0
while True:
    n = b.recv_into(view)
    if n == 0:
        break
    h.update(view[:n])
    total += n
    reads += 1
t.join()
a.close()
b.close()
print(total, total == len(payload), h.hexdigest() == hashlib.sha256(payload).hexdigest(), reads > 1)
