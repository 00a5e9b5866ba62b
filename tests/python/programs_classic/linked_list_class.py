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
        self._size = 0
        for x in iterable:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        return f"LinkedList({list(self)!r})"

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"

    def __bool__(self):
        return self.head is not None


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, repr(ll), len(ll), bool(ll), bool(LinkedList()))
ll.prepend(9)
ll.append("x")
print(ll, 4 in ll, 7 in ll, ll[0], ll[-1], ll[2])
ll.remove(1)
ll.remove("x")
print(ll)
ll.reverse()
print(ll, list(ll), sorted(ll), sum(ll), max(ll))
print(ll == LinkedList([5, 4, 1, 3, 9]), ll == [5, 4, 1, 3, 9], ll != LinkedList())
print(ll.head, ll.head.next, Node.__slots__)
try:
    ll.head.color = "red"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ll.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
it = iter(ll)
print(next(it), next(it), list(it))
print(list(enumerate(ll, 1)), dict(zip(ll, "abcde")))
a, *rest = ll
print(a, rest)
print(ll[10])
