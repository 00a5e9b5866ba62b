# asyncio streams over TCP: start_server with an echo handler, open_connection clients.
import asyncio


async def handle_echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b'echo: ' + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for line in lines:
        writer.write(line.encode() + b'\n')
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip())
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return name, replies, rest


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('serving:', server.is_serving())
    async with server:
        print(await client(port, 'first', ['hello', 'asyncio']))
        for result in await asyncio.gather(client(port, 'a', ['x']), client(port, 'b', ['y', 'z'])):
            print(result)
    print('serving after close:', server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__, e.errno, str(e).startswith('[Errno 111] Connect call failed'))


asyncio.run(main())
