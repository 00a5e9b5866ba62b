# Half close: the client shuts down its writing side; the server reads to EOF, then answers.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def server():
    conn, _ = srv.accept()
    with conn:
        chunks = []
        while True:
            data = conn.recv(7)
            if not data:
                break
            chunks.append(data)
        text = b''.join(chunks)
        conn.sendall(b'received %d bytes in %s' % (len(text), b'one piece' if len(chunks) == 1 else b'pieces'))


t = threading.Thread(target=server)
t.start()
c = socket.create_connection(('127.0.0.1', port))
c.sendall(b'a message that is longer than seven bytes')
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
print(c.recv(100))
try:
    c.send(b'more')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
c.close()
t.join()
srv.close()
