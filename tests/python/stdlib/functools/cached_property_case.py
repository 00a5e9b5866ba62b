from functools import cached_property, partialmethod

class Data:
    def __init__(self, values):
        self.values = values
        self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.calls, 'total' in d.__dict__)
del d.total
print(d.total, d.calls)
print(type(Data.total).__name__)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
