# A simulated chat room: clients as tasks, a broadcast hub with per-client queues.
import asyncio


class Hub:
    def __init__(self):
        self.clients = {}
        self.history = []

    def join(self, name):
        q = asyncio.Queue()
        self.clients[name] = q
        self.broadcast("server", f"{name} joined")
        return q

    def leave(self, name):
        del self.clients[name]
        self.broadcast("server", f"{name} left")

    def broadcast(self, sender, text):
        self.history.append((sender, text))
        for name, q in self.clients.items():
            if name != sender:
                q.put_nowait(f"{sender}: {text}")


async def client(hub, name, lines, inbox_log):
    q = hub.join(name)
    for line in lines:
        await asyncio.sleep(0)
        hub.broadcast(name, line)
    await asyncio.sleep(0)
    received = []
    while not q.empty():
        received.append(q.get_nowait())
    hub.leave(name)
    inbox_log[name] = received


async def main():
    hub = Hub()
    inbox = {}
    await asyncio.gather(
        client(hub, "alice", ["hi all", "how are you?"], inbox),
        client(hub, "bob", ["hey alice"], inbox),
        client(hub, "carol", [], inbox),
    )
    for name in sorted(inbox):
        print(f"{name} received {len(inbox[name])}:")
        for msg in inbox[name]:
            print("   ", msg)
    print("history:")
    for sender, text in hub.history:
        print(f"  {sender:>6} | {text}")


asyncio.run(main())
