import threading
import queue

CHAIRS = 3
waiting_room = queue.Queue(maxsize=CHAIRS)
served = []
turned_away = []
log_lock = threading.Lock()
barber_ready = threading.Event()
all_arrived = threading.Event()

def barber():
    while True:
        customer = waiting_room.get()
        if customer is None:
            waiting_room.task_done()
            break
        with log_lock:
            served.append(customer)
        waiting_room.task_done()

def customer(name, gate):
    gate.wait()
    try:
        waiting_room.put(name, block=False)
    except queue.Full:
        with log_lock:
            turned_away.append(name)

# Fill the room while the barber is not yet working, so who is turned away is fixed.
gate = threading.Event()
first_wave = [threading.Thread(target=customer, args=(f"c{i}", gate)) for i in range(5)]
for c in first_wave: c.start()
gate.set()
for c in first_wave: c.join()
print("waiting:", waiting_room.qsize(), "turned away:", len(turned_away))

b = threading.Thread(target=barber, name="barber")
b.start()
waiting_room.join()
print("served so far:", len(served))

second = threading.Event()
second.set()
for i in range(5, 8):
    t = threading.Thread(target=customer, args=(f"c{i}", second))
    t.start()
    t.join()
    waiting_room.join()
waiting_room.put(None)
b.join()
print("served total:", len(served), "turned away total:", len(turned_away))
print("everyone accounted for:", sorted(served + turned_away, key=lambda s: int(s[1:])) == [f"c{i}" for i in range(8)])
print("barber alive:", b.is_alive(), "| last three served:", served[-3:])
