import threading

class Singleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            with cls._lock:
                if cls not in cls._instances:
                    cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    created = 0
    def __init__(self, env="prod"):
        Config.created += 1
        self.env = env

class Registry(metaclass=Singleton):
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()
    def add(self, x):
        with self.lock:
            self.items.append(x)

got = []
glock = threading.Lock()
def grab(i):
    c = Config(env=f"env{i}")
    Registry().add(i)
    with glock:
        got.append(c)

ts = [threading.Thread(target=grab, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("instances created:", Config.created)
print("all same object:", all(g is got[0] for g in got))
print("registry size:", len(Registry().items), sorted(Registry().items))
print(sorted(k.__name__ for k in Singleton._instances))

class Lazy:
    def __init__(self, factory):
        self._factory = factory
        self._lock = threading.Lock()
        self._value = None
        self._done = False
        self.calls = 0
    def get(self):
        if not self._done:
            with self._lock:
                if not self._done:
                    self.calls += 1
                    self._value = self._factory()
                    self._done = True
        return self._value

lazy = Lazy(lambda: {"db": "connected", "pool": 5})
vals = []
ts = [threading.Thread(target=lambda: vals.append(lazy.get())) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(lazy.calls, vals[0], all(v is vals[0] for v in vals))
