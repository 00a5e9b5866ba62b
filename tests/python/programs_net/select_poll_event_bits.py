# select.poll and epoll report readable data as POLLIN (and POLLRDNORM when registered), never
# POLLPRI: that is urgent data. asyncore registers POLLIN | POLLPRI and relies on it.
import select, socket
a, b = socket.socketpair()
b.send(b"x")
for mask in [select.POLLIN | select.POLLPRI, select.POLLIN | select.POLLPRI | select.POLLRDNORM,
             select.POLLRDNORM, select.POLLPRI, select.POLLIN | select.POLLOUT]:
    p = select.poll()
    p.register(a, mask)
    print(mask, [(fd == a.fileno(), ev) for fd, ev in p.poll(0)])
e = select.epoll()
e.register(a.fileno(), select.EPOLLIN | select.EPOLLPRI | select.EPOLLRDNORM)
print([(fd == a.fileno(), ev) for fd, ev in e.poll(0)])
