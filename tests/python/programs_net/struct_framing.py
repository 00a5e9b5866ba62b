# Length-prefixed messages (struct) over makefile('rb'): a tiny RPC between two threads.
import json
import socket
import struct
import threading


def send_msg(sock, obj):
    data = json.dumps(obj).encode()
    sock.sendall(struct.pack('!I', len(data)) + data)


def recv_msg(f):
    header = f.read(4)
    if len(header) < 4:
        return None
    (n,) = struct.unpack('!I', header)
    return json.loads(f.read(n))


server_sock, client_sock = socket.socketpair()


def rpc_server():
    f = server_sock.makefile('rb')
    handlers = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'upper': str.upper}
    while True:
        req = recv_msg(f)
        if req is None:
            break
        try:
            result = {'id': req['id'], 'result': handlers[req['method']](*req['params'])}
        except Exception as e:
            result = {'id': req['id'], 'error': '%s: %s' % (type(e).__name__, e)}
        send_msg(server_sock, result)
    f.close()
    server_sock.close()


t = threading.Thread(target=rpc_server)
t.start()
cf = client_sock.makefile('rb')
calls = [('add', [2, 3]), ('mul', [6, 7]), ('upper', ['weft']), ('div', [1, 0]), ('add', [1])]
for i, (method, params) in enumerate(calls):
    send_msg(client_sock, {'id': i, 'method': method, 'params': params})
    print(recv_msg(cf))
client_sock.shutdown(socket.SHUT_WR)
t.join()
cf.close()
client_sock.close()
