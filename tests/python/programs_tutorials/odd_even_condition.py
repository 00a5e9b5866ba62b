# The interview classic: two threads print odd and even numbers in order, coordinated by a Condition.
import threading

LIMIT = 12
cond = threading.Condition()
current = 1
printed = []

def printer(parity):
    global current
    while True:
        with cond:
            cond.wait_for(lambda: current > LIMIT or current % 2 == parity)
            if current > LIMIT:
                cond.notify_all()
                return
            printed.append((current, "odd" if parity else "even"))
            current += 1
            cond.notify_all()

threads = [threading.Thread(target=printer, args=(1,)), threading.Thread(target=printer, args=(0,))]
for t in threads: t.start()
for t in threads: t.join()
for n, who in printed:
    print(n, who)
print("in order:", [n for n, _ in printed] == list(range(1, LIMIT + 1)))
