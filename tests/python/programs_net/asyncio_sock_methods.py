# The event loop's low-level socket methods on non-blocking sockets: sock_accept, sock_recv, ...
import asyncio
import socket


async def serve_one(loop, listener):
    conn, _ = await loop.sock_accept(listener)
    with conn:
        conn.setblocking(False)
        total = b''
        while True:
            data = await loop.sock_recv(conn, 5)
            if not data:
                break
            total += data
        await loop.sock_sendall(conn, b'got %d bytes' % len(total))


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    server = asyncio.create_task(serve_one(loop, listener))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    await loop.sock_sendall(client, b'x' * 23)
    client.shutdown(socket.SHUT_WR)
    print(await loop.sock_recv(client, 100))
    await server
    client.close()
    listener.close()
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    dead = probe.getsockname()
    probe.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, dead)
    except ConnectionRefusedError as e:
        print('refused', e.errno)
    s.close()


asyncio.run(main())
