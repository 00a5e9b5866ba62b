import heapq


class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.push(x)

    def push(self, x):
        self.data.append(x)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i, n = 0, len(self.data)
            while True:
                small = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and self.data[c] < self.data[small]:
                        small = c
                if small == i:
                    break
                self.data[i], self.data[small] = self.data[small], self.data[i]
                i = small
        return top

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)


nums = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
h = MinHeap(nums)
print(h.data)
print([h.pop() for _ in range(len(h))])
hq = nums[:]
heapq.heapify(hq)
print(hq, heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
print(heapq.heappushpop(hq, -1), heapq.heapreplace(hq, 100), hq)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge("ace", "bdf", reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


th = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(th)
print(th[0], sorted(th), min(th), max(th))
try:
    heapq.heappush([], 1) or heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapify([1, "a", 2, None])
except TypeError as e:
    print(type(e).__name__, e)
h2 = MinHeap()
print(bool(h2), len(h2))
kth = heapq.nsmallest(4, [(abs(x - 5), x) for x in nums])
print(kth)
h2.pop()
