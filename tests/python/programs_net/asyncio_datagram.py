# asyncio datagram endpoints: a UDP echo server protocol and a client protocol.
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(b'echo ' + data, addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done
        self.replies = []

    def connection_made(self, transport):
        self.transport = transport
        for word in (b'one', b'two', b'three'):
            transport.sendto(word)

    def datagram_received(self, data, addr):
        self.replies.append(data.decode())
        if len(self.replies) == 3:
            self.done.set_result(self.replies)


async def main():
    loop = asyncio.get_running_loop()
    server_transport, _ = await loop.create_datagram_endpoint(EchoServer, local_addr=('127.0.0.1', 0))
    addr = server_transport.get_extra_info('sockname')
    done = loop.create_future()
    client_transport, _ = await loop.create_datagram_endpoint(lambda: Client(done), remote_addr=addr)
    print(sorted(await asyncio.wait_for(done, 5)))
    client_transport.close()
    server_transport.close()


asyncio.run(main())
