import threading
import pickle
import copy
import queue

objs = [threading.Lock(), threading.RLock(), threading.Event(), threading.Condition(), queue.Queue()]
for o in objs:
    name = type(o).__name__
    try:
        pickle.dumps(o)
        print(name, "pickled")
    except Exception as e:
        print(name, type(e).__name__, e)

for o in [threading.Lock(), threading.RLock()]:
    try:
        copy.deepcopy(o)
        print("deepcopied")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        copy.copy(o)
        print("copied")
    except TypeError as e:
        print(type(e).__name__, e)

class Holder:
    def __init__(self):
        self.lock = threading.Lock()
        self.data = [1, 2, 3]
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["lock"]
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.lock = threading.Lock()

h = pickle.loads(pickle.dumps(h0 := Holder()))
print(h.data, type(h.lock).__name__, h.lock is not h0.lock)
h2 = copy.deepcopy(h0)
print(h2.data, h2.lock.locked())
try:
    hash(threading.Lock())
    print("locks hashable")
except TypeError as e:
    print(e)
l1, l2 = threading.Lock(), threading.Lock()
print(l1 == l1, l1 == l2, l1 != l2)
try:
    threading.Lock() < threading.Lock()
except TypeError as e:
    print(type(e).__name__, e)
try:
    threading.Lock().foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    with threading.Lock() as got:
        print("with returns", got)
except Exception as e:
    print(type(e).__name__, e)
with threading.RLock() as got:
    print("rlock with returns", got)
with threading.Condition() as got:
    print("condition with returns", got)
with threading.Semaphore() as got:
    print("semaphore with returns", got)
