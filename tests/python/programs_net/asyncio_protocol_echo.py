# asyncio with protocols: loop.create_server and loop.create_connection, as in the asyncio docs.
import asyncio

events = []


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        events.append('server: connection made')

    def data_received(self, data):
        events.append('server: received %r' % data.decode())
        self.transport.write(data.upper())

    def eof_received(self):
        events.append('server: eof')
        return False  # close

    def connection_lost(self, exc):
        events.append('server: connection lost %r' % (exc,))


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.received = []

    def connection_made(self, transport):
        transport.write(self.message.encode())
        self.transport = transport

    def data_received(self, data):
        self.received.append(data.decode())
        if ''.join(self.received) == self.message.upper():
            self.transport.write_eof()

    def connection_lost(self, exc):
        self.on_con_lost.set_result(''.join(self.received))


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol('hello protocols', on_con_lost), '127.0.0.1', port)
    print(isinstance(transport, asyncio.Transport), isinstance(protocol, asyncio.Protocol))
    print('client got:', await on_con_lost)
    transport.close()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print('\n'.join(events))


asyncio.run(main())
