from typing import Optional


class Node:
    def __init__(self, val: int, next: "Optional[Node]" = None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"Node({self.val}) -> {self.next!r}"


a = Node(1, Node(2, Node(3)))
print(a)
a.next.next.next = a  # a cycle: repr never ends
print(a)
