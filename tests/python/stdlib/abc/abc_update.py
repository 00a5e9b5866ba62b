import abc
from abc import ABC, abstractmethod
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default
class MemRepo(Repo):
    def __init__(self): self.d = {}
    def get(self, key): return self.d[key]
    def put(self, key, value): self.d[key] = value
r = MemRepo(); r.put('a', 1)
print(r.get('a'), r.get_or('b', 'none'), isinstance(r, Repo))
class Half(Repo):
    def get(self, key): return None
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
Half.put = lambda self, k, v: None
print(sorted(Half.__abstractmethods__))
abc.update_abstractmethods(Half)
print(sorted(Half.__abstractmethods__), Half().get(1))
print(getattr(Repo.get, '__isabstractmethod__', False), getattr(Repo.get_or, '__isabstractmethod__', False))
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain)
