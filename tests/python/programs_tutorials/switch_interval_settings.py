# sys.getswitchinterval / setswitchinterval, as used when explaining the GIL's time slices.
import sys
import threading

print("default interval:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("after set:", sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(0.005)

total = [0]
lock = threading.Lock()
def work():
    for _ in range(1000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total:", total[0])
print("stack size default:", threading.stack_size())
try:
    threading.stack_size(1)
except ValueError as e:
    print("ValueError:", e)
print(threading.TIMEOUT_MAX > 0, type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
