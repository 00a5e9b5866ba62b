# select() with nothing ready returns empty lists after its timeout; poll() and epoll() basics.
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0.05))
r, w, x = select.select([a], [a, b], [], 0)
print(r, len(w), x)
b.send(b'data')
r, _, _ = select.select([a, b], [], [], 1)
print(r == [a])
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
events = sorted(p.poll(100))
print([(fd == a.fileno(), ev) for fd, ev in events])
p.unregister(b)
a.recv(100)
print(p.poll(10))
with select.epoll() as ep:
    ep.register(a.fileno(), select.EPOLLIN)
    print(ep.poll(0.01))
    b.send(b'again')
    print([(fd == a.fileno(), ev == select.EPOLLIN) for fd, ev in ep.poll(1)])
print(ep.closed)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print('ValueError', e)
try:
    select.select([a], [], [], -1)
except ValueError as e:
    print('ValueError', e)
try:
    select.select(['x'], [], [], 0)
except TypeError as e:
    print('TypeError', e)
a.close()
b.close()
