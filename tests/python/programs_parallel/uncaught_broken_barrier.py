import threading

b = threading.Barrier(3, timeout=0.05)
arrived = []
def party(n):
    arrived.append(n)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        pass

t = threading.Thread(target=party, args=(1,))
t.start()
t.join()
print("only", len(arrived), "party arrived; broken:", b.broken)
b.wait()
