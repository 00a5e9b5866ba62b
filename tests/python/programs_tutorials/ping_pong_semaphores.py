# Two threads taking turns with a pair of semaphores: ping, pong, ping, pong...
import threading

ping_turn = threading.Semaphore(1)
pong_turn = threading.Semaphore(0)
out = []

def ping(n):
    for i in range(n):
        ping_turn.acquire()
        out.append(f"ping {i}")
        pong_turn.release()

def pong(n):
    for i in range(n):
        pong_turn.acquire()
        out.append(f"pong {i}")
        ping_turn.release()

threads = [threading.Thread(target=ping, args=(5,)), threading.Thread(target=pong, args=(5,))]
for t in threads: t.start()
for t in threads: t.join()
print("\n".join(out))
