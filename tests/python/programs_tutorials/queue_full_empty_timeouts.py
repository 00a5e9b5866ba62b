# queue.Full / queue.Empty with non-blocking calls and timeouts.
import queue

q = queue.Queue(maxsize=2)
q.put("a"); q.put_nowait("b")
print("full:", q.full(), "size:", q.qsize())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full", type(e).__name__, repr(str(e)))
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put("c", block=False)
except queue.Full:
    print("Full non-blocking")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(str(e)))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), queue.Full.__mro__[1].__name__)
unbounded = queue.Queue()
print("unbounded maxsize:", unbounded.maxsize, "full:", unbounded.full())
neg = queue.Queue(maxsize=-3)
for i in range(5):
    neg.put_nowait(i)
print("negative maxsize size:", neg.qsize())
