class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value!r})"

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __repr__(self):
        return f"LinkedList([{', '.join(map(repr, self))}])"
    def __str__(self):
        return " -> ".join(map(str, self)) or "(empty)"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def __contains__(self, v):
        print(f"  (__contains__ {v!r})")
        return any(x == v for x in self)
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __iadd__(self, other):
        for x in reversed(list(self) + list(other)):
            pass
        items = list(self) + list(other)
        self.head, self._len = None, 0
        for x in reversed(items):
            self.push(x)
        return self
    def __mul__(self, n):
        return LinkedList(list(self) * n)
    __rmul__ = __mul__
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __bool__(self):
        return self.head is not None
    __hash__ = None

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, repr(ll), len(ll), ll[0], ll[-1], ll[1:3], ll[::-1])
print(4 in ll, 9 in ll, list(reversed(ll)), sorted(ll), sum(ll), max(ll))
print(ll == LinkedList([3, 1, 4, 1, 5]), ll != LinkedList(), ll == [3, 1, 4, 1, 5])
print(ll + LinkedList("ab"), 2 * LinkedList([0]), LinkedList([7]) * 3)
ref = ll
ll += [9]
print(ref is ll, ll, bool(LinkedList()), str(LinkedList()))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {ll}
except TypeError as e:
    print(type(e).__name__, e)
print(ll.head, ll.head.next)
try:
    ll.head.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
a, b, *rest = ll
print(a, b, rest, dict(enumerate(ll)), ll.__class__.__name__)
print(list(map(lambda v: v * 10, ll)), [x for x in ll if x % 2], tuple(ll), set(ll) == {1, 3, 4, 5, 9})
