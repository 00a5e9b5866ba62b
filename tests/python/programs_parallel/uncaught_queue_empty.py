import queue
import threading

q = queue.Queue()
def fill():
    for i in range(3):
        q.put(i * 11)
t = threading.Thread(target=fill)
t.start()
t.join()
while True:
    print("got", q.get_nowait())
