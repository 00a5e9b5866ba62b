# A line protocol over makefile(): the client sends commands, the server answers one line each.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile('r', encoding='utf-8') as rf, conn.makefile('w', encoding='utf-8') as wf:
        store = {}
        for line in rf:
            cmd, *args = line.split()
            if cmd == 'SET':
                store[args[0]] = args[1]
                wf.write('OK\n')
            elif cmd == 'GET':
                wf.write(store.get(args[0], '(nil)') + '\n')
            elif cmd == 'ADD':
                wf.write(str(sum(int(a) for a in args)) + '\n')
            elif cmd == 'QUIT':
                wf.write('BYE\n')
                wf.flush()
                break
            else:
                wf.write('ERR unknown command %r\n' % cmd)
            wf.flush()


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(('127.0.0.1', port)) as c:
    f = c.makefile('rw', encoding='utf-8', newline='\n')
    for command in ['SET name weft', 'GET name', 'GET other', 'ADD 1 2 3 4', 'PING', 'QUIT']:
        f.write(command + '\n')
        f.flush()
        print('%-14s -> %s' % (command, f.readline().rstrip('\n')))
    f.close()
t.join()
srv.close()
