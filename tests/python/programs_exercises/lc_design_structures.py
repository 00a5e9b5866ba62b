import random
from typing import List


class MyHashMap:
    SIZE = 7

    def __init__(self):
        self.buckets: List[List[List[int]]] = [[] for _ in range(self.SIZE)]

    def put(self, key: int, value: int) -> None:
        b = self.buckets[key % self.SIZE]
        for pair in b:
            if pair[0] == key:
                pair[1] = value
                return
        b.append([key, value])

    def get(self, key: int) -> int:
        return next((v for k, v in self.buckets[key % self.SIZE] if k == key), -1)

    def remove(self, key: int) -> None:
        b = self.buckets[key % self.SIZE]
        b[:] = [p for p in b if p[0] != key]


class RandomizedSet:
    def __init__(self):
        self.pos = {}
        self.items = []

    def insert(self, val: int) -> bool:
        if val in self.pos:
            return False
        self.pos[val] = len(self.items)
        self.items.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.pos:
            return False
        i, last = self.pos[val], self.items[-1]
        self.items[i], self.pos[last] = last, i
        self.items.pop()
        del self.pos[val]
        return True

    def getRandom(self) -> int:
        return random.choice(self.items)


class MyCircularQueue:
    def __init__(self, k: int):
        self.q = [None] * k
        self.head = self.size = 0

    def enQueue(self, v):
        if self.size == len(self.q):
            return False
        self.q[(self.head + self.size) % len(self.q)] = v
        self.size += 1
        return True

    def deQueue(self):
        if not self.size:
            return False
        self.head = (self.head + 1) % len(self.q)
        self.size -= 1
        return True

    def Front(self):
        return self.q[self.head] if self.size else -1

    def Rear(self):
        return self.q[(self.head + self.size - 1) % len(self.q)] if self.size else -1

    def isFull(self):
        return self.size == len(self.q)


class MyCalendar:
    def __init__(self):
        self.booked = []

    def book(self, start: int, end: int) -> bool:
        if any(s < end and start < e for s, e in self.booked):
            return False
        self.booked.append((start, end))
        return True


def drive(cls, ops, args):
    obj, out = None, []
    for op, a in zip(ops, args):
        if op == cls.__name__:
            obj = cls(*a)
            out.append(None)
        else:
            out.append(getattr(obj, op)(*a))
    return out


print(drive(MyHashMap, ["MyHashMap", "put", "put", "get", "get", "put", "get", "remove", "get", "put", "get"],
            [[], [1, 1], [2, 2], [1], [3], [2, 1], [2], [2], [2], [8, 80], [8]]))
random.seed(3)
print(drive(RandomizedSet, ["RandomizedSet", "insert", "remove", "insert", "getRandom", "remove", "insert", "getRandom"],
            [[], [1], [2], [2], [], [1], [2], []]))
print(drive(MyCircularQueue, ["MyCircularQueue", "enQueue", "enQueue", "enQueue", "enQueue", "Rear", "isFull", "deQueue", "enQueue", "Rear", "Front"],
            [[3], [1], [2], [3], [4], [], [], [], [4], [], []]))
print(drive(MyCalendar, ["MyCalendar", "book", "book", "book"], [[], [10, 20], [15, 25], [20, 30]]))
hm = MyHashMap()
for k in range(0, 30, 4):
    hm.put(k, k * k)
print(hm.buckets)
