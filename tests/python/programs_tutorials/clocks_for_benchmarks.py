# Clocks used to time parallel code: perf_counter, monotonic, thread_time, process_time.
import threading
import time

def busy(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

t0 = time.perf_counter()
busy(20000)
t1 = time.perf_counter()
print("perf_counter increases:", t1 >= t0, type(t1).__name__)
print("perf_counter_ns is int:", isinstance(time.perf_counter_ns(), int))
print("monotonic increases:", time.monotonic() <= time.monotonic())
for name in ("perf_counter", "monotonic", "thread_time", "process_time", "time"):
    info = time.get_clock_info(name)
    print(name, "monotonic:", info.monotonic, "adjustable:", info.adjustable)

thread_times = {}
def measure(label):
    start = time.thread_time()
    busy(20000)
    thread_times[label] = time.thread_time() - start >= 0

ts = [threading.Thread(target=measure, args=(f"t{i}",)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(thread_times.items()))
print("thread_time_ns:", type(time.thread_time_ns()).__name__, "process_time:", time.process_time() >= 0)
sleep_start = time.monotonic()
time.sleep(0.01)
print("slept at least 10ms:", time.monotonic() - sleep_start >= 0.009)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
