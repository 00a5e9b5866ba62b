class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def remove(self, v):
        prev, node = None, self.head
        while node:
            if node.value == v:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{v!r} not in list")
ll = LinkedList(range(1, 6))
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll)
ll.remove(3)
ll.remove(5)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print(e)
try:
    ll[10]
except IndexError as e:
    print(e)
print(sum(ll), sorted(ll), list(map(str, ll)))
