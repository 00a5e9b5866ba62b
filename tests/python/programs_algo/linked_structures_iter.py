class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
    def __repr__(self):
        return f"Node({self.val!r})"
class SinglyLinked:
    def __init__(self, it=()):
        self.head = self.tail = None
        self.size = 0
        for x in it:
            self.append(x)
    def append(self, v):
        n = Node(v)
        if self.tail:
            self.tail.next = n
        else:
            self.head = n
        self.tail = n
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return SinglyLinked(list(self)[i])
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __eq__(self, other):
        return isinstance(other, SinglyLinked) and list(self) == list(other)
    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"
    def __reversed__(self):
        return reversed(list(self))
    def __bool__(self):
        return self.size > 0
    def __add__(self, other):
        return SinglyLinked([*self, *other])
    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                if cur is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
ll = SinglyLinked("abcde")
print(ll, len(ll), "c" in ll, ll[1], ll[-1], ll[1:4], list(reversed(ll)), ll.middle())
ll.remove("a"); ll.remove("e")
print(ll, ll.tail, len(ll), bool(SinglyLinked()), ll + SinglyLinked([1]))
try:
    ll.remove("zz")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    ll[10]
except IndexError as ex:
    print(type(ex).__name__, ex)
print(ll == SinglyLinked("bcd"), ll == ["b", "c", "d"], sorted(ll, reverse=True), max(ll), "-".join(ll))
print(list(enumerate(ll)), dict(zip(ll, range(3))), sum(1 for _ in ll))
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
a, b, c = Node(1), Node(2), Node(3)
a.next, b.next = b, c
print(has_cycle(a))
c.next = a
print(has_cycle(a))
class Ring:
    def __init__(self, n):
        self.buf = [None] * n
        self.start = self.count = 0
    def push(self, x):
        i = (self.start + self.count) % len(self.buf)
        self.buf[i] = x
        if self.count < len(self.buf):
            self.count += 1
        else:
            self.start = (self.start + 1) % len(self.buf)
    def __iter__(self):
        for k in range(self.count):
            yield self.buf[(self.start + k) % len(self.buf)]
    def __repr__(self):
        return f"Ring({list(self)})"
r = Ring(3)
for x in range(5):
    r.push(x)
    print(r)
