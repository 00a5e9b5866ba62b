class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        if self.head and self.head.value == value:
            self.head = self.head.next
            return True
        node = self.head
        while node and node.next:
            if node.next.value == value:
                node.next = node.next.next
                return True
            node = node.next
        return False

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll)
print(ll.remove(3), ll.remove(42), ll)
print(LinkedList(), 2 in ll, max(ll))
